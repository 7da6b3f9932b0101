// PATCH /api/v1/orgs/:orgId/incidents/:id/actions/:actionId: an action's details or the day it was done,
// against the action's version.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ActionChangeBody, IncidentDetail } from '../../../../contract/incidents';
import { apiRequest, segment } from '../../../lib/api-client';
import { incidentUrl } from './paths';
import { showChangedIncident } from './get-incident';

export type { ActionChangeBody };

export function changeAction(orgId: string, id: string, actionId: string, body: ActionChangeBody) {
  return apiRequest<IncidentDetail>(`${incidentUrl(orgId, id)}/actions/${segment(actionId)}`, { method: 'PATCH', body });
}

export function useChangeAction(orgId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ actionId, body }: { actionId: string; body: ActionChangeBody }) => changeAction(orgId, id, actionId, body),
    onSuccess: (incident) => showChangedIncident(queryClient, orgId, incident),
  });
}

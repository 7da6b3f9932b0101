// POST /api/v1/orgs/:orgId/incidents/:id/actions: an improvement action from the lessons learned.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ActionBody, IncidentDetail } from '../../../../contract/incidents';
import { apiRequest } from '../../../lib/api-client';
import { incidentUrl } from './paths';
import { showChangedIncident } from './get-incident';

export type { ActionBody };

export function addAction(orgId: string, id: string, body: ActionBody) {
  return apiRequest<IncidentDetail>(`${incidentUrl(orgId, id)}/actions`, { method: 'POST', body });
}

export function useAddAction(orgId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ActionBody) => addAction(orgId, id, body),
    onSuccess: (incident) => showChangedIncident(queryClient, orgId, incident),
  });
}

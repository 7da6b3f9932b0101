// POST /api/v1/orgs/:orgId/incidents: records a new incident with the milestones known so far
// (usually when it occurred and when it was detected). The answer is the incident as recorded.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { IncidentDetail, NewIncidentBody } from '../../../../contract/incidents';
import { apiRequest } from '../../../lib/api-client';
import { incidentsUrl } from './paths';
import { showChangedIncident } from './get-incident';

export type { NewIncidentBody };

export function recordIncident(orgId: string, body: NewIncidentBody) {
  return apiRequest<IncidentDetail>(incidentsUrl(orgId), { method: 'POST', body });
}

export function useRecordIncident(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewIncidentBody) => recordIncident(orgId, body),
    onSuccess: (incident) => showChangedIncident(queryClient, orgId, incident),
  });
}

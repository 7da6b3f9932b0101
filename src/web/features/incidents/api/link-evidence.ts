// POST /api/v1/orgs/:orgId/incidents/:id/evidence: links a piece of evidence from the library.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { IncidentDetail } from '../../../../contract/incidents';
import { apiRequest } from '../../../lib/api-client';
import { incidentUrl } from './paths';
import { showChangedIncident } from './get-incident';

export function linkEvidence(orgId: string, id: string, evidenceId: string) {
  return apiRequest<IncidentDetail>(`${incidentUrl(orgId, id)}/evidence`, { method: 'POST', body: { evidenceId } });
}

export function useLinkEvidence(orgId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (evidenceId: string) => linkEvidence(orgId, id, evidenceId),
    onSuccess: (incident) => showChangedIncident(queryClient, orgId, incident),
  });
}

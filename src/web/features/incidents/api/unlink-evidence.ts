// DELETE /api/v1/orgs/:orgId/incidents/:id/evidence/:evidenceId: takes a piece of evidence off the
// incident (it stays in the library). The answer is the incident as it now is.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { IncidentDetail } from '../../../../contract/incidents';
import { apiRequest, segment } from '../../../lib/api-client';
import { showChangedIncident } from './get-incident';
import { incidentUrl } from './paths';

export function unlinkEvidence(orgId: string, id: string, evidenceId: string) {
  return apiRequest<IncidentDetail>(`${incidentUrl(orgId, id)}/evidence/${segment(evidenceId)}`, { method: 'DELETE' });
}

export function useUnlinkEvidence(orgId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (evidenceId: string) => unlinkEvidence(orgId, id, evidenceId),
    onSuccess: (incident) => showChangedIncident(queryClient, orgId, incident),
  });
}

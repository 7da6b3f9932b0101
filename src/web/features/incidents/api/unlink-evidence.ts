// DELETE /api/v1/orgs/:orgId/incidents/:id/evidence/:evidenceId: takes a piece of evidence off the
// incident; it stays in the library.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, segment } from '../../../lib/api-client';
import { incidentUrl, refreshIncidents } from './paths';

export function unlinkEvidence(orgId: string, id: string, evidenceId: string) {
  return apiRequest<unknown>(`${incidentUrl(orgId, id)}/evidence/${segment(evidenceId)}`, { method: 'DELETE' });
}

export function useUnlinkEvidence(orgId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (evidenceId: string) => unlinkEvidence(orgId, id, evidenceId),
    onSuccess: () => refreshIncidents(queryClient, orgId),
  });
}

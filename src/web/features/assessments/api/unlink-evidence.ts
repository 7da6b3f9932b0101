// DELETE /api/v1/orgs/:orgId/assessments/:id/outcomes/:ref/evidence/:evidenceId: takes a piece of
// evidence off this answer; it stays in the library.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, segment } from '../../../lib/api-client';
import type { ResponseView } from '../../../../contract/assessments';
import { assessmentsQueryKey, outcomeUrl } from './paths';

export function unlinkEvidence(orgId: string, assessmentId: string, ref: string, evidenceId: string) {
  return apiRequest<ResponseView>(`${outcomeUrl(orgId, assessmentId, ref)}/evidence/${segment(evidenceId)}`, { method: 'DELETE' });
}

export function useUnlinkEvidence(orgId: string, assessmentId: string, ref: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (evidenceId: string) => unlinkEvidence(orgId, assessmentId, ref, evidenceId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assessmentsQueryKey(orgId) }),
  });
}

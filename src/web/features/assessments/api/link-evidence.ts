// POST /api/v1/orgs/:orgId/assessments/:id/outcomes/:ref/evidence: links a piece of evidence from the
// organisation's library to this answer.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { ResponseView } from '../../../../contract/assessments';
import { assessmentsQueryKey, outcomeUrl } from './paths';

export function linkEvidence(orgId: string, assessmentId: string, ref: string, evidenceId: string) {
  return apiRequest<ResponseView>(`${outcomeUrl(orgId, assessmentId, ref)}/evidence`, { method: 'POST', body: { evidenceId } });
}

export function useLinkEvidence(orgId: string, assessmentId: string, ref: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (evidenceId: string) => linkEvidence(orgId, assessmentId, ref, evidenceId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assessmentsQueryKey(orgId) }),
  });
}

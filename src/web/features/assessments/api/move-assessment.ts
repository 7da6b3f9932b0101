// POST /api/v1/orgs/:orgId/assessments/:id/state: send for review, return to draft, submit or archive.
// Submitting with outcomes unanswered is a 422 naming each of them.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { AssessmentSummary } from '../../../../contract/assessments';
import { assessmentUrl, assessmentsQueryKey } from './paths';

export type AssessmentState = AssessmentSummary['state'];

export function moveAssessment(orgId: string, assessmentId: string, version: number, to: AssessmentState) {
  return apiRequest<AssessmentSummary>(`${assessmentUrl(orgId, assessmentId)}/state`, { method: 'POST', body: { version, to } });
}

export function useMoveAssessment(orgId: string, assessmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, to }: { version: number; to: AssessmentState }) => moveAssessment(orgId, assessmentId, version, to),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assessmentsQueryKey(orgId) }),
  });
}

// POST /api/v1/orgs/:orgId/assessments/:id/outcomes/:ref/accept-suggestion: takes another framework's
// answer (level, narrative, evidence) for this outcome in one step.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { ResponseView } from '../../../../contract/assessments';
import { assessmentsQueryKey, outcomeUrl } from './paths';

export interface AcceptSuggestion {
  version: number;
  fromAssessment: string;
  sourceRef: string;
}

export function acceptSuggestion(orgId: string, assessmentId: string, ref: string, body: AcceptSuggestion) {
  return apiRequest<ResponseView>(`${outcomeUrl(orgId, assessmentId, ref)}/accept-suggestion`, { method: 'POST', body });
}

export function useAcceptSuggestion(orgId: string, assessmentId: string, ref: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AcceptSuggestion) => acceptSuggestion(orgId, assessmentId, ref, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assessmentsQueryKey(orgId) }),
  });
}

// POST /api/v1/orgs/:orgId/assessments: starts an assessment of a catalogue for a period, fresh or
// carrying forward an earlier one's answers, owners and evidence.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { AssessmentSummary, NewAssessment } from '../../../../contract/assessments';
import { assessmentsQueryKey, assessmentsUrl } from './paths';

export type { NewAssessment };

export function createAssessment(orgId: string, body: NewAssessment) {
  return apiRequest<AssessmentSummary>(assessmentsUrl(orgId), { method: 'POST', body });
}

export function useCreateAssessment(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewAssessment) => createAssessment(orgId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assessmentsQueryKey(orgId) }),
  });
}

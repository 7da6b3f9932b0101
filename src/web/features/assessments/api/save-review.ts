// PUT /api/v1/orgs/:orgId/assessments/:id/review: the independent reviewer's overall opinion. `version`
// is the one the form was filled from; the API answers 409 when someone saved in between.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Workspace } from '../../../../contract/assessments';
import { apiRequest } from '../../../lib/api-client';
import { assessmentKey, assessmentUrl } from './maturity-paths';

export type ReviewOpinion = 'substantial' | 'moderate' | 'limited' | 'unsatisfactory';
export type SavedReview = NonNullable<Workspace['review']>;

export interface ReviewChange {
  version: number;
  reviewer?: string | null;
  opinion?: ReviewOpinion | null;
  summary?: string | null;
}

export function saveReview(orgId: string, assessmentId: string, change: ReviewChange) {
  return apiRequest<SavedReview>(`${assessmentUrl(orgId, assessmentId)}/review`, { method: 'PUT', body: change });
}

export function useSaveReview(orgId: string, assessmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: ReviewChange) => saveReview(orgId, assessmentId, change),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assessmentKey(orgId, assessmentId) }),
  });
}

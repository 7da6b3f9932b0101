// PUT /api/v1/orgs/:orgId/assessments/:id/review/outcomes/:ref: the reviewer's level and note for one
// outcome (a null level removes it). It changes the comparison and heatmap's view of divergence too.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, segment } from '../../../lib/api-client';
import { assessmentKey, assessmentUrl } from './maturity-paths';

export interface ReviewLevelChange {
  level: string | null;
  note?: string | null;
}

export interface SavedReviewLevel {
  ref: string;
  level: string | null;
  note: string | null;
}

export function saveReviewLevel(orgId: string, assessmentId: string, ref: string, change: ReviewLevelChange) {
  return apiRequest<SavedReviewLevel>(`${assessmentUrl(orgId, assessmentId)}/review/outcomes/${segment(ref)}`, { method: 'PUT', body: change });
}

export function useSaveReviewLevel(orgId: string, assessmentId: string, ref: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: ReviewLevelChange) => saveReviewLevel(orgId, assessmentId, ref, change),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assessmentKey(orgId, assessmentId) }),
  });
}

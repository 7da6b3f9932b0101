// GET /api/v1/orgs/:orgId/assessments/:id: the workspace, read by the independent review page for each
// outcome's self-assessed level, the reviewer's levels and opinion, and whether the viewer may review.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ResponseView, Workspace } from '../../../../contract/assessments';
import { apiRequest } from '../../../lib/api-client';
import { assessmentKey, assessmentUrl } from './maturity-paths';

export type { ResponseView, Workspace };

export function getReviewWorkspace(orgId: string, assessmentId: string, signal?: AbortSignal) {
  return apiRequest<Workspace>(assessmentUrl(orgId, assessmentId), signal ? { signal } : {});
}

export function reviewWorkspaceQueryOptions(orgId: string, assessmentId: string) {
  return queryOptions({
    // A key of its own: the review page may hold the workspace while other pages hold theirs.
    queryKey: [...assessmentKey(orgId, assessmentId), 'review-workspace'] as const,
    queryFn: ({ signal }) => getReviewWorkspace(orgId, assessmentId, signal),
  });
}

export function useReviewWorkspace(orgId: string, assessmentId: string) {
  return useQuery(reviewWorkspaceQueryOptions(orgId, assessmentId));
}

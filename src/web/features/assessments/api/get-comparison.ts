// GET /api/v1/orgs/:orgId/assessments/:id/comparison?against=previous|review: outcome by outcome beside
// last year's assessment or the independent review.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Comparison } from '../../../../contract/assessments';
import { apiRequest } from '../../../lib/api-client';
import { assessmentKey, assessmentUrl } from './maturity-paths';

export type { Comparison };
export type ComparedWith = 'previous' | 'review';

export function getComparison(orgId: string, assessmentId: string, against: ComparedWith, signal?: AbortSignal) {
  return apiRequest<Comparison>(`${assessmentUrl(orgId, assessmentId)}/comparison?against=${against}`, signal ? { signal } : {});
}

export function comparisonQueryOptions(orgId: string, assessmentId: string, against: ComparedWith) {
  return queryOptions({
    queryKey: [...assessmentKey(orgId, assessmentId), 'comparison', against] as const,
    queryFn: ({ signal }) => getComparison(orgId, assessmentId, against, signal),
  });
}

export function useComparison(orgId: string, assessmentId: string, against: ComparedWith) {
  return useQuery(comparisonQueryOptions(orgId, assessmentId, against));
}

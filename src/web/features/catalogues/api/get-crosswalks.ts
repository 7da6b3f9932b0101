// GET /api/v1/crosswalks: every crosswalk between two catalogue versions, with its link count.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { cataloguesQueryKey } from './get-catalogues';

import type { CrosswalkSummary } from '../../../../contract/catalogues';

export type { CrosswalkSummary };

export function getCrosswalks(signal?: AbortSignal) {
  return apiRequest<{ crosswalks: CrosswalkSummary[] }>('/api/v1/crosswalks', signal ? { signal } : {});
}

export function crosswalksQueryOptions() {
  return queryOptions({
    queryKey: [...cataloguesQueryKey, 'crosswalks'] as const,
    queryFn: ({ signal }) => getCrosswalks(signal),
    staleTime: 5 * 60_000,
  });
}

export function useCrosswalks() {
  return useQuery(crosswalksQueryOptions());
}

// GET /api/v1/catalogues/search: nodes by identifier (B2.a, 4.1) or by words, across catalogues or within one.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { cataloguesQueryKey } from './get-catalogues';

import type { NodeSearchResult } from '../../../../contract/catalogues';

export type { NodeSearchResult };
export type FoundNode = NodeSearchResult['results'][number];

export interface NodeSearch {
  q: string;
  /** key@version, or key for every version; absent for every catalogue. */
  catalogue?: string | undefined;
}

export function searchNodes(search: NodeSearch, signal?: AbortSignal) {
  const params = new URLSearchParams({ q: search.q, limit: '100' });
  if (search.catalogue) params.set('catalogue', search.catalogue);
  return apiRequest<NodeSearchResult>(`/api/v1/catalogues/search?${params.toString()}`, signal ? { signal } : {});
}

export function nodeSearchQueryOptions(search: NodeSearch) {
  return queryOptions({
    queryKey: [...cataloguesQueryKey, 'search', search] as const,
    queryFn: ({ signal }) => searchNodes(search, signal),
  });
}

export function useNodeSearch(search: NodeSearch) {
  return useQuery({ ...nodeSearchQueryOptions(search), enabled: search.q.trim() !== '', placeholderData: keepPreviousData });
}

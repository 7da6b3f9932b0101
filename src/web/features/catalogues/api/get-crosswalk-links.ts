// GET /api/v1/crosswalks/links: every link between two catalogues, read from the first to the second.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { cataloguesQueryKey } from './get-catalogues';

import type { CrosswalkLinks, CrosswalkRelation } from '../../../../contract/catalogues';

export type { CrosswalkLinks, CrosswalkRelation };
export type CrosswalkLink = CrosswalkLinks['links'][number];

export function getCrosswalkLinks(source: string, target: string, signal?: AbortSignal) {
  const params = new URLSearchParams({ source, target });
  return apiRequest<CrosswalkLinks>(`/api/v1/crosswalks/links?${params.toString()}`, signal ? { signal } : {});
}

export function crosswalkLinksQueryOptions(source: string, target: string) {
  return queryOptions({
    queryKey: [...cataloguesQueryKey, 'crosswalk-links', source, target] as const,
    queryFn: ({ signal }) => getCrosswalkLinks(source, target, signal),
    staleTime: 5 * 60_000,
  });
}

export function useCrosswalkLinks(source: string, target: string) {
  return useQuery({ ...crosswalkLinksQueryOptions(source, target), enabled: Boolean(source && target) });
}

// GET /api/v1/catalogues: every framework catalogue with its node counts, levels and profiles.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

import type { CatalogueList, CatalogueSummary } from '../../../../contract/catalogues';

export type { CatalogueSummary };

export const cataloguesQueryKey = ['catalogues'] as const;

export function getCatalogues(signal?: AbortSignal) {
  return apiRequest<CatalogueList>('/api/v1/catalogues', signal ? { signal } : {});
}

export function cataloguesQueryOptions() {
  return queryOptions({
    queryKey: cataloguesQueryKey,
    queryFn: ({ signal }) => getCatalogues(signal),
    // Reference data: it changes only when content ships or an administrator imports.
    staleTime: 5 * 60_000,
  });
}

export function useCatalogues() {
  return useQuery(cataloguesQueryOptions());
}

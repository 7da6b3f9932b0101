// GET /api/v1/catalogues: the frameworks an assessment can be started against, with their
// implementation groups. Keyed as the frameworks pages key it, so both share one cached copy.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { CatalogueList, CatalogueSummary } from '../../../../contract/catalogues';

export type { CatalogueSummary };

export function getCatalogues(signal?: AbortSignal) {
  return apiRequest<CatalogueList>('/api/v1/catalogues', signal ? { signal } : {});
}

export function cataloguesQueryOptions() {
  return queryOptions({ queryKey: ['catalogues'] as const, queryFn: ({ signal }) => getCatalogues(signal), staleTime: 5 * 60_000 });
}

export function useCatalogues() {
  return useQuery(cataloguesQueryOptions());
}

// GET /api/v1/catalogues/:key/:version: one catalogue's tree in reading order, with levels and profiles.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest, segment } from '../../../lib/api-client';
import { cataloguesQueryKey } from './get-catalogues';

import type { CatalogueDetail, CatalogueLevel, CatalogueNodeView } from '../../../../contract/catalogues';

export type { CatalogueDetail, CatalogueLevel, CatalogueNodeView };

export function getCatalogue(key: string, version: string, signal?: AbortSignal) {
  return apiRequest<CatalogueDetail>(`/api/v1/catalogues/${segment(key)}/${segment(version)}`, signal ? { signal } : {});
}

export function catalogueQueryOptions(key: string, version: string) {
  return queryOptions({
    queryKey: [...cataloguesQueryKey, key, version] as const,
    queryFn: ({ signal }) => getCatalogue(key, version, signal),
    staleTime: 5 * 60_000,
  });
}

export function useCatalogue(key: string, version: string) {
  return useQuery(catalogueQueryOptions(key, version));
}

// GET /api/v1/orgs/:orgId/assets: the live register by name, filtered by type, criticality, supplier,
// flagged or not, and words in the name or description, each asset with its risk flags as of now.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AssetDetail, AssetList } from '../../../../contract/information-assets';
import { apiRequest } from '../../../lib/api-client';
import type { RegisterFilter } from '../components/register-filter';
import { assetsPath, assetsQueryKey, withQuery } from './paths';

export type { AssetDetail, AssetList };

export function getAssets(orgId: string, filter: RegisterFilter, signal?: AbortSignal) {
  const query = { type: filter.type, criticality: filter.criticality, supplierId: filter.supplierId, flagged: filter.flagged ? 'true' : undefined, q: filter.q };
  return apiRequest<AssetList>(withQuery(assetsPath(orgId), query), signal ? { signal } : {});
}

export function assetsQueryOptions(orgId: string, filter: RegisterFilter) {
  return queryOptions({
    queryKey: [...assetsQueryKey(orgId), 'list', filter] as const,
    queryFn: ({ signal }) => getAssets(orgId, filter, signal),
  });
}

export function useAssets(orgId: string, filter: RegisterFilter, options: { enabled?: boolean } = {}) {
  return useQuery({ ...assetsQueryOptions(orgId, filter), enabled: options.enabled ?? true });
}

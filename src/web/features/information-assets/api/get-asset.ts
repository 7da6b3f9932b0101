// GET /api/v1/orgs/:orgId/assets/:id: one information asset in full (archived ones too), with its
// supplier, its Information Asset Owner and Administrator, and its risk flags as of now.
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import type { AssetDetail, RiskFlag } from '../../../../contract/information-assets';
import { apiRequest } from '../../../lib/api-client';
import { assetPath, assetsQueryKey, refreshRegister } from './paths';

export type { AssetDetail, RiskFlag };

export function assetQueryOptions(orgId: string, id: string) {
  return queryOptions({
    queryKey: [...assetsQueryKey(orgId), 'item', id] as const,
    queryFn: ({ signal }) => apiRequest<AssetDetail>(assetPath(orgId, id), { signal }),
  });
}

export function useAsset(orgId: string, id: string) {
  return useQuery(assetQueryOptions(orgId, id));
}

/** A change answered with the asset as it now is: show that at once (its new version included), then refresh the rest. */
export function showChangedAsset(queryClient: QueryClient, orgId: string, asset: AssetDetail) {
  queryClient.setQueryData(assetQueryOptions(orgId, asset.id).queryKey, asset);
  return refreshRegister(queryClient, orgId);
}

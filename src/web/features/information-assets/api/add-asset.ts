// POST /api/v1/orgs/:orgId/assets: adds an information asset to the register. The answer is the asset
// as recorded, with the flags it raises at once.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AssetDetail, NewAssetBody } from '../../../../contract/information-assets';
import { apiRequest } from '../../../lib/api-client';
import { showChangedAsset } from './get-asset';
import { assetsPath } from './paths';

export type { NewAssetBody };

export function addAsset(orgId: string, body: NewAssetBody) {
  return apiRequest<AssetDetail>(assetsPath(orgId), { method: 'POST', body });
}

export function useAddAsset(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewAssetBody) => addAsset(orgId, body),
    onSuccess: (asset) => showChangedAsset(queryClient, orgId, asset),
  });
}

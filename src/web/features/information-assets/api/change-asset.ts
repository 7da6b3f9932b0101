// PATCH /api/v1/orgs/:orgId/assets/:id: the fields changed, against the version read. A colleague's
// change since then is a 409 stale-change problem carrying the asset as they left it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AssetChangeBody, AssetDetail } from '../../../../contract/information-assets';
import { apiRequest } from '../../../lib/api-client';
import { staleSaveOf } from './stale-save';
import { showChangedAsset } from './get-asset';
import { assetPath } from './paths';

export type { AssetChangeBody };

export function changeAsset(orgId: string, id: string, body: AssetChangeBody) {
  return apiRequest<AssetDetail>(assetPath(orgId, id), { method: 'PATCH', body });
}

export function useChangeAsset(orgId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AssetChangeBody) => changeAsset(orgId, id, body),
    onSuccess: (asset) => showChangedAsset(queryClient, orgId, asset),
  });
}

const isAsset = (value: unknown): value is AssetDetail => typeof value === 'object' && value !== null && 'id' in value && 'version' in value && 'flags' in value;

/** What a colleague saved first, read from a 409 stale-change problem; null for any other failure. */
export const staleAssetOf = (error: unknown) => staleSaveOf(error, isAsset);

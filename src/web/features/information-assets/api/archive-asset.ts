// DELETE /api/v1/orgs/:orgId/assets/:id?version=N: archives the asset. It leaves the register and its
// flags but is kept for the record, so flows and records of processing that name it keep their meaning.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AssetDetail } from '../../../../contract/information-assets';
import { apiRequest } from '../../../lib/api-client';
import { showChangedAsset } from './get-asset';
import { assetPath } from './paths';

export function archiveAsset(orgId: string, id: string, version: number) {
  return apiRequest<AssetDetail>(`${assetPath(orgId, id)}?version=${version}`, { method: 'DELETE' });
}

export function useArchiveAsset(orgId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => archiveAsset(orgId, id, version),
    onSuccess: (asset) => showChangedAsset(queryClient, orgId, asset),
  });
}

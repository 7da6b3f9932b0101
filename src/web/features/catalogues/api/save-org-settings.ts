// PUT /api/v1/orgs/:orgId/catalogues/:key/:version/settings: sets the organisation's expected levels.
// `version` is the one the page was loaded with; the API answers 409 if someone saved in between.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { OrgCatalogueSettingsChange } from '../../../../contract/catalogues';
import { type OrgCatalogueSettings, orgSettingsQueryOptions, orgSettingsUrl } from './get-org-settings';

export function saveOrgSettings(orgId: string, key: string, version: string, change: OrgCatalogueSettingsChange) {
  return apiRequest<OrgCatalogueSettings>(orgSettingsUrl(orgId, key, version), { method: 'PUT', body: change });
}

export function useSaveOrgSettings(orgId: string, key: string, version: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: OrgCatalogueSettingsChange) => saveOrgSettings(orgId, key, version, change),
    onSuccess: (saved) => queryClient.setQueryData(orgSettingsQueryOptions(orgId, key, version).queryKey, saved),
  });
}

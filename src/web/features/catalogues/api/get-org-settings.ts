// GET /api/v1/orgs/:orgId/catalogues/:key/:version/settings: the organisation's expected level per
// assessable outcome (its own, else its base profile's) and its status labels.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest, segment } from '../../../lib/api-client';
import { orgQueryKey } from '../../../lib/current-org';

import type { OrgCatalogueSettings } from '../../../../contract/catalogues';

export type { OrgCatalogueSettings };

export function orgSettingsUrl(orgId: string, key: string, version: string) {
  return `/api/v1/orgs/${segment(orgId)}/catalogues/${segment(key)}/${segment(version)}/settings`;
}

export function orgSettingsQueryOptions(orgId: string, key: string, version: string) {
  return queryOptions({
    queryKey: [...orgQueryKey(orgId), 'catalogue-settings', key, version] as const,
    queryFn: ({ signal }) => apiRequest<OrgCatalogueSettings>(orgSettingsUrl(orgId, key, version), { signal }),
  });
}

export function useOrgSettings(orgId: string, key: string, version: string) {
  return useQuery(orgSettingsQueryOptions(orgId, key, version));
}

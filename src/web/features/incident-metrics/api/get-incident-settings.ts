// GET /api/v1/orgs/:orgId/incident-settings: response targets per severity, and when DHSC and NHS
// England are told as well as the ICO.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { IncidentSettings } from '../../../../contract/incidents';
import { apiRequest } from '../../../lib/api-client';
import { incidentsQueryKey, settingsPath } from './paths';

export type { IncidentSettings };

export function incidentSettingsQueryOptions(orgId: string) {
  return queryOptions({
    queryKey: [...incidentsQueryKey(orgId), 'settings'] as const,
    queryFn: ({ signal }) => apiRequest<IncidentSettings>(settingsPath(orgId), { signal }),
  });
}

export function useIncidentSettings(orgId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...incidentSettingsQueryOptions(orgId), enabled: options.enabled ?? true });
}

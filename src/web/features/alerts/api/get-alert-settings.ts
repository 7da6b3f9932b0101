// GET /api/v1/orgs/:orgId/alert-settings: the minutes allowed from an alert's creation to its triage,
// per severity, and the version they were saved at.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AlertSettings, TriageTargets } from '../../../../contract/alerts';
import { apiRequest } from '../../../lib/api-client';
import { alertsQueryKey, settingsPath } from './paths';

export type { AlertSettings, TriageTargets };

export function alertSettingsQueryOptions(orgId: string) {
  return queryOptions({
    queryKey: [...alertsQueryKey(orgId), 'settings'] as const,
    queryFn: ({ signal }) => apiRequest<AlertSettings>(settingsPath(orgId), { signal }),
  });
}

export function useAlertSettings(orgId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...alertSettingsQueryOptions(orgId), enabled: options.enabled ?? true });
}

// GET /api/v1/orgs/:orgId/incidents: the register, filtered by status ("open" is every status but
// closed), kind, severity and words, each with its clocks worked out as of now.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { IncidentList, IncidentSummary } from '../../../../contract/incidents';
import { apiRequest } from '../../../lib/api-client';
import { incidentsQueryKey, incidentsUrl } from './paths';

export type { IncidentList, IncidentSummary };

export interface IncidentFilter {
  status?: string | undefined;
  kind?: string | undefined;
  severity?: string | undefined;
  q?: string | undefined;
}

export function getIncidents(orgId: string, filter: IncidentFilter, signal?: AbortSignal) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries<string | undefined>({ ...filter })) if (value) params.set(key, value);
  const query = params.toString();
  return apiRequest<IncidentList>(`${incidentsUrl(orgId)}${query ? `?${query}` : ''}`, signal ? { signal } : {});
}

export function incidentsQueryOptions(orgId: string, filter: IncidentFilter) {
  return queryOptions({
    queryKey: [...incidentsQueryKey(orgId), 'list', filter] as const,
    queryFn: ({ signal }) => getIncidents(orgId, filter, signal),
  });
}

export function useIncidents(orgId: string, filter: IncidentFilter, options: { enabled?: boolean } = {}) {
  return useQuery({ ...incidentsQueryOptions(orgId, filter), enabled: options.enabled ?? true });
}

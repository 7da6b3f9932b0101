// GET /api/v1/orgs/:orgId/incidents/:id: one incident with its timeline (corrections kept), clocks,
// reportability, notifications, lessons learned, actions and linked evidence.
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import type { IncidentAction, IncidentDetail, NotificationRecord, TimelineEvent } from '../../../../contract/incidents';
import { apiRequest } from '../../../lib/api-client';
import { incidentsQueryKey, incidentUrl, refreshIncidents } from './paths';

export type { IncidentAction, IncidentDetail, NotificationRecord, TimelineEvent };

export function incidentQueryOptions(orgId: string, id: string) {
  return queryOptions({
    queryKey: [...incidentsQueryKey(orgId), 'item', id] as const,
    queryFn: ({ signal }) => apiRequest<IncidentDetail>(incidentUrl(orgId, id), { signal }),
  });
}

export function useIncident(orgId: string, id: string) {
  return useQuery(incidentQueryOptions(orgId, id));
}

/** A change answered with the incident as it now is: show that at once (its new version included), then refresh the rest. */
export function showChangedIncident(queryClient: QueryClient, orgId: string, incident: IncidentDetail) {
  queryClient.setQueryData(incidentQueryOptions(orgId, incident.id).queryKey, incident);
  return refreshIncidents(queryClient, orgId);
}

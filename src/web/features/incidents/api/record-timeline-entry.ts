// POST /api/v1/orgs/:orgId/incidents/:id/timeline: the next milestone, or a note or decision, with the
// incident's version read. A milestone out of order is a 422 naming the time ("at").
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { IncidentDetail, TimelineEntryBody } from '../../../../contract/incidents';
import { apiRequest } from '../../../lib/api-client';
import { incidentUrl } from './paths';
import { showChangedIncident } from './get-incident';

export type { TimelineEntryBody };

export function recordTimelineEntry(orgId: string, id: string, body: TimelineEntryBody) {
  return apiRequest<IncidentDetail>(`${incidentUrl(orgId, id)}/timeline`, { method: 'POST', body });
}

export function useRecordTimelineEntry(orgId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TimelineEntryBody) => recordTimelineEntry(orgId, id, body),
    onSuccess: (incident) => showChangedIncident(queryClient, orgId, incident),
  });
}

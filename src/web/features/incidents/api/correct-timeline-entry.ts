// POST /api/v1/orgs/:orgId/incidents/:id/timeline/:eventId/correction: a new time for an entry, or a
// milestone withdrawn (at null), with the reason. The old entry is kept, marked superseded.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CorrectionBody, IncidentDetail } from '../../../../contract/incidents';
import { apiRequest, segment } from '../../../lib/api-client';
import { incidentUrl } from './paths';
import { showChangedIncident } from './get-incident';

export type { CorrectionBody };

export function correctTimelineEntry(orgId: string, id: string, eventId: string, body: CorrectionBody) {
  return apiRequest<IncidentDetail>(`${incidentUrl(orgId, id)}/timeline/${segment(eventId)}/correction`, { method: 'POST', body });
}

export function useCorrectTimelineEntry(orgId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ eventId, body }: { eventId: string; body: CorrectionBody }) => correctTimelineEntry(orgId, id, eventId, body),
    onSuccess: (incident) => showChangedIncident(queryClient, orgId, incident),
  });
}

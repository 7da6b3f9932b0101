// POST /api/v1/orgs/:orgId/incidents/:id/notifications: who was told, when, and their reference. Telling
// the ICO stops the ICO clock; the NIS authority or DHSC and NHS England the NIS clock; senior
// management the 12-hour clock.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { IncidentDetail, NotificationBody } from '../../../../contract/incidents';
import { apiRequest } from '../../../lib/api-client';
import { incidentUrl } from './paths';
import { showChangedIncident } from './get-incident';

export type { NotificationBody };

export function recordNotification(orgId: string, id: string, body: NotificationBody) {
  return apiRequest<IncidentDetail>(`${incidentUrl(orgId, id)}/notifications`, { method: 'POST', body });
}

export function useRecordNotification(orgId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NotificationBody) => recordNotification(orgId, id, body),
    onSuccess: (incident) => showChangedIncident(queryClient, orgId, incident),
  });
}

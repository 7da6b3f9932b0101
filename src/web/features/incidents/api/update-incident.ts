// PATCH /api/v1/orgs/:orgId/incidents/:id: the incident's details, against the version read. A
// colleague's change since then is a 409 stale-change problem carrying what they saved.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { IncidentChangeBody, IncidentDetail } from '../../../../contract/incidents';
import { apiRequest, isApiError } from '../../../lib/api-client';
import { incidentUrl } from './paths';
import { showChangedIncident } from './get-incident';

export type { IncidentChangeBody };

export function updateIncident(orgId: string, id: string, change: IncidentChangeBody) {
  return apiRequest<IncidentDetail>(incidentUrl(orgId, id), { method: 'PATCH', body: change });
}

export function useUpdateIncident(orgId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: IncidentChangeBody) => updateIncident(orgId, id, change),
    onSuccess: (incident) => showChangedIncident(queryClient, orgId, incident),
  });
}

/** Who changed the incident first and when, read from a 409 stale-change problem. */
export interface StaleChange {
  current: IncidentDetail | null;
  changedBy: string | null;
  changedAt: string | null;
}

export function staleChangeOf(error: unknown): StaleChange | null {
  if (!isApiError(error) || error.status !== 409) return null;
  const { current, changedBy, changedAt } = error.extensions;
  return {
    current: typeof current === 'object' && current !== null ? (current as IncidentDetail) : null,
    changedBy: typeof changedBy === 'string' ? changedBy : null,
    changedAt: typeof changedAt === 'string' ? changedAt : null,
  };
}

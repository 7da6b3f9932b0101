// PUT /api/v1/orgs/:orgId/incidents/:id/review: the lessons learned, against the review's version
// (0 before the first save).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { IncidentDetail, ReviewBody } from '../../../../contract/incidents';
import { apiRequest } from '../../../lib/api-client';
import { incidentUrl } from './paths';
import { showChangedIncident } from './get-incident';

export type { ReviewBody };

export function saveReview(orgId: string, id: string, body: ReviewBody) {
  return apiRequest<IncidentDetail>(`${incidentUrl(orgId, id)}/review`, { method: 'PUT', body });
}

export function useSaveReview(orgId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReviewBody) => saveReview(orgId, id, body),
    onSuccess: (incident) => showChangedIncident(queryClient, orgId, incident),
  });
}

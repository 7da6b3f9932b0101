// GET /api/v1/orgs/:orgId/assessments/:id/heatmap: levels by objective and principle, and CIS coverage
// per implementation group.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Heatmap } from '../../../../contract/assessments';
import { apiRequest } from '../../../lib/api-client';
import { assessmentKey, assessmentUrl } from './maturity-paths';

export type { Heatmap };

export function getHeatmap(orgId: string, assessmentId: string, signal?: AbortSignal) {
  return apiRequest<Heatmap>(`${assessmentUrl(orgId, assessmentId)}/heatmap`, signal ? { signal } : {});
}

export function heatmapQueryOptions(orgId: string, assessmentId: string) {
  return queryOptions({
    queryKey: [...assessmentKey(orgId, assessmentId), 'heatmap'] as const,
    queryFn: ({ signal }) => getHeatmap(orgId, assessmentId, signal),
  });
}

export function useHeatmap(orgId: string, assessmentId: string) {
  return useQuery(heatmapQueryOptions(orgId, assessmentId));
}

// GET /api/v1/orgs/:orgId/assessment-trend/:catalogueKey: one framework's assessments across periods.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Trend } from '../../../../contract/assessments';
import { apiRequest, segment } from '../../../lib/api-client';
import { orgQueryKey } from '../../../lib/current-org';

export type { Trend };

export function getTrend(orgId: string, catalogueKey: string, signal?: AbortSignal) {
  return apiRequest<Trend>(`/api/v1/orgs/${segment(orgId)}/assessment-trend/${segment(catalogueKey)}`, signal ? { signal } : {});
}

export function trendQueryOptions(orgId: string, catalogueKey: string) {
  return queryOptions({
    queryKey: [...orgQueryKey(orgId), 'assessment-trend', catalogueKey] as const,
    queryFn: ({ signal }) => getTrend(orgId, catalogueKey, signal),
  });
}

export function useTrend(orgId: string, catalogueKey: string) {
  return useQuery(trendQueryOptions(orgId, catalogueKey));
}

// GET /api/v1/orgs/:orgId/dashboard: open assessments with progress, status and days left, overdue
// outcomes, expiring evidence and the signed-in person's own work.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AssessmentSummary, Dashboard, MyWorkItem } from '../../../../contract/assessments';
import { apiRequest, segment } from '../../../lib/api-client';
import { orgQueryKey } from '../../../lib/current-org';

export type { AssessmentSummary, Dashboard, MyWorkItem };

export function getDashboard(orgId: string, signal?: AbortSignal) {
  return apiRequest<Dashboard>(`/api/v1/orgs/${segment(orgId)}/dashboard`, signal ? { signal } : {});
}

export function dashboardQueryOptions(orgId: string) {
  return queryOptions({
    queryKey: [...orgQueryKey(orgId), 'dashboard'] as const,
    queryFn: ({ signal }) => getDashboard(orgId, signal),
  });
}

export function useDashboard(orgId: string) {
  return useQuery(dashboardQueryOptions(orgId));
}

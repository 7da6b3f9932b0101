// GET /api/v1/orgs/:orgId/assessments/:id: the workspace, every response with its evidence, review and
// standing, the outline to group them by, the people who may own one, and what the viewer may do.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { ResponseView, Workspace } from '../../../../contract/assessments';
import { assessmentUrl, assessmentsQueryKey } from './paths';

export type { ResponseView, Workspace };

export function getWorkspace(orgId: string, assessmentId: string, signal?: AbortSignal) {
  return apiRequest<Workspace>(assessmentUrl(orgId, assessmentId), signal ? { signal } : {});
}

export function workspaceQueryOptions(orgId: string, assessmentId: string) {
  return queryOptions({
    queryKey: [...assessmentsQueryKey(orgId), assessmentId, 'workspace'] as const,
    queryFn: ({ signal }) => getWorkspace(orgId, assessmentId, signal),
  });
}

export function useWorkspace(orgId: string, assessmentId: string) {
  return useQuery(workspaceQueryOptions(orgId, assessmentId));
}

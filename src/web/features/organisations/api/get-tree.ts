// GET /api/v1/orgs/:orgId/tree: this organisation and everything below it, depth first.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest, segment } from '../../../lib/api-client';
import { orgQueryKey } from '../../../lib/current-org';

export interface TreeOrganisation {
  id: string;
  parentId: string | null;
  name: string;
  type: string;
  typeLabel: string;
  odsCode: string | null;
  dsptCategory: string | null;
  /** 0 for the organisation asked about, 1 for its children, and so on. */
  depth: number;
}

export function getTree(orgId: string, signal?: AbortSignal) {
  return apiRequest<{ organisations: TreeOrganisation[] }>(`/api/v1/orgs/${segment(orgId)}/tree`, signal ? { signal } : {});
}

export function treeQueryOptions(orgId: string) {
  return queryOptions({
    queryKey: [...orgQueryKey(orgId), 'tree'] as const,
    queryFn: ({ signal }) => getTree(orgId, signal),
  });
}

export function useTree(orgId: string) {
  return useQuery(treeQueryOptions(orgId));
}

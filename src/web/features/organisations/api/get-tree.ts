// GET /api/v1/orgs/:orgId/tree: this organisation and everything below it, depth first.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest, segment } from '../../../lib/api-client';
import { orgQueryKey } from '../../../lib/current-org';

import type { TreeOrganisation } from '../../../../contract/organisations';

/** depth is 0 for the organisation asked about, 1 for its children, and so on. */
export type { TreeOrganisation };

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

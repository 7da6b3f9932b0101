// GET /api/v1/orgs/:orgId/members: everyone with a role in the organisation.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { orgQueryKey } from '../../../lib/current-org';
import { membersPath } from './paths';
import type { Member } from './types';

export function getMembers(orgId: string, signal?: AbortSignal) {
  return apiRequest<{ members: Member[] }>(membersPath(orgId), signal ? { signal } : {});
}

export function membersQueryOptions(orgId: string) {
  return queryOptions({
    queryKey: [...orgQueryKey(orgId), 'members'] as const,
    queryFn: ({ signal }) => getMembers(orgId, signal),
  });
}

export function useMembers(orgId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...membersQueryOptions(orgId), enabled: options.enabled ?? true });
}

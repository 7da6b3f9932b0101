// GET /api/v1/orgs/:orgId/members/:userId: one person's membership.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { orgQueryKey } from '../../../lib/current-org';
import { memberPath } from './paths';
import type { Member } from './types';

export function getMember(orgId: string, userId: string, signal?: AbortSignal) {
  return apiRequest<Member>(memberPath(orgId, userId), signal ? { signal } : {});
}

export function memberQueryOptions(orgId: string, userId: string) {
  return queryOptions({
    queryKey: [...orgQueryKey(orgId), 'members', userId] as const,
    queryFn: ({ signal }) => getMember(orgId, userId, signal),
  });
}

export function useMember(orgId: string, userId: string) {
  return useQuery(memberQueryOptions(orgId, userId));
}

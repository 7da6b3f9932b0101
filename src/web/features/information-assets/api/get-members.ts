// GET /api/v1/orgs/:orgId/members, for choosing an Information Asset Owner or Administrator: only for
// people who may see who holds which role; everyone else can choose themselves or write a name.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Member } from '../../../../contract/accounts';
import { apiRequest, segment } from '../../../lib/api-client';
import { orgQueryKey } from '../../../lib/current-org';

export type { Member };

export function membersQueryOptions(orgId: string) {
  return queryOptions({
    queryKey: [...orgQueryKey(orgId), 'members'] as const,
    queryFn: ({ signal }) => apiRequest<{ members: Member[] }>(`/api/v1/orgs/${segment(orgId)}/members`, { signal }),
  });
}

export function useMembers(orgId: string, enabled: boolean) {
  return useQuery({ ...membersQueryOptions(orgId), enabled });
}

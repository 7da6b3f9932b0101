// GET /api/v1/orgs/:orgId/invitations: invitations made here, pending or not.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Invitation } from '../../../../contract/account-links';
import { apiRequest, segment } from '../../../lib/api-client';
import { orgQueryKey } from '../../../lib/current-org';

export type { Invitation };

export const invitationsPath = (orgId: string) => `/api/v1/orgs/${segment(orgId)}/invitations`;

export function invitationsQueryOptions(orgId: string) {
  return queryOptions({
    queryKey: [...orgQueryKey(orgId), 'invitations'] as const,
    queryFn: ({ signal }) => apiRequest<{ invitations: Invitation[] }>(invitationsPath(orgId), { signal }),
  });
}

export function useInvitations(orgId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...invitationsQueryOptions(orgId), enabled: options.enabled ?? true });
}

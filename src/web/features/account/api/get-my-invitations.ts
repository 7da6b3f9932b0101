// GET /api/v1/me/invitations: invitations to organisations waiting for your answer.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MyInvitation } from '../../../../contract/account-links';
import { apiRequest } from '../../../lib/api-client';

export type { MyInvitation };

export const myInvitationsQueryOptions = queryOptions({
  queryKey: ['me', 'invitations'] as const,
  queryFn: ({ signal }) => apiRequest<{ invitations: MyInvitation[] }>('/api/v1/me/invitations', { signal }),
});

export function useMyInvitations() {
  return useQuery(myInvitationsQueryOptions);
}

// POST /api/v1/orgs/:orgId/invitations: invites a person with roles. The link is in this response
// only; the administrator sends it to them.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreatedInvitation } from '../../../../contract/account-links';
import { apiRequest } from '../../../lib/api-client';
import { invitationsPath } from './get-invitations';
import { refreshOrganisation } from './paths';

export interface NewInvitation {
  email: string;
  name: string;
  /** Role ids from the reference list; the API checks them. */
  roles: string[];
}

export function invitePerson(orgId: string, input: NewInvitation) {
  return apiRequest<CreatedInvitation>(invitationsPath(orgId), { method: 'POST', body: input });
}

export function useInvitePerson(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewInvitation) => invitePerson(orgId, input),
    onSuccess: () => refreshOrganisation(queryClient, orgId),
  });
}

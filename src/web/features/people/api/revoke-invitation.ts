// POST /api/v1/orgs/:orgId/invitations/:invitationId/revoke: withdraws an invitation not yet accepted.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, segment } from '../../../lib/api-client';
import { type Invitation, invitationsPath } from './get-invitations';
import { refreshOrganisation } from './paths';

export function revokeInvitation(orgId: string, invitationId: string) {
  return apiRequest<Invitation>(`${invitationsPath(orgId)}/${segment(invitationId)}/revoke`, { method: 'POST' });
}

export function useRevokeInvitation(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) => revokeInvitation(orgId, invitationId),
    onSuccess: () => refreshOrganisation(queryClient, orgId),
  });
}

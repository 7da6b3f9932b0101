// POST /api/v1/orgs/:orgId/members: adds a person with roles, as an invitation they accept when they
// sign in (their account is created first if the email has none). The answer is the invitation.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AddedPerson, NewPersonBody } from '../../../../contract/account-links';
import { apiRequest } from '../../../lib/api-client';
import { membersPath, refreshOrganisation } from './paths';

/** The form's values; the server checks the roles are roles. */
export type NewMember = Omit<NewPersonBody, 'roles'> & { roles: string[] };

export function addMember(orgId: string, input: NewMember) {
  return apiRequest<AddedPerson>(membersPath(orgId), { method: 'POST', body: input });
}

export function useAddMember(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewMember) => addMember(orgId, input),
    onSuccess: () => refreshOrganisation(queryClient, orgId),
  });
}

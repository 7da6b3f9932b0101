// POST /api/v1/orgs/:orgId/members: gives a person roles here, creating their account if needed.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { membersPath, refreshOrganisation } from './paths';
import type { Member } from './types';

export interface NewMember {
  name: string;
  email: string;
  /** Absent when the email already has a Bulwark account. */
  password?: string;
  roles: string[];
}

export function addMember(orgId: string, input: NewMember) {
  return apiRequest<Member>(membersPath(orgId), { method: 'POST', body: input });
}

export function useAddMember(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewMember) => addMember(orgId, input),
    onSuccess: () => refreshOrganisation(queryClient, orgId),
  });
}

// PUT /api/v1/orgs/:orgId/members/:userId/roles: replaces the person's roles here.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { memberPath, refreshOrganisation } from './paths';
import type { Member } from './types';

export function setMemberRoles(orgId: string, userId: string, roles: string[]) {
  return apiRequest<Member>(`${memberPath(orgId, userId)}/roles`, { method: 'PUT', body: { roles } });
}

export function useSetMemberRoles(orgId: string, userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (roles: string[]) => setMemberRoles(orgId, userId, roles),
    onSuccess: () => refreshOrganisation(queryClient, orgId),
  });
}

// POST /api/v1/orgs/:orgId/members/:userId/reactivate: restores a deactivated person's access.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { memberPath, refreshOrganisation } from './paths';
import type { Member } from './types';

export function reactivateMember(orgId: string, userId: string) {
  return apiRequest<Member>(`${memberPath(orgId, userId)}/reactivate`, { method: 'POST' });
}

export function useReactivateMember(orgId: string, userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => reactivateMember(orgId, userId),
    onSuccess: () => refreshOrganisation(queryClient, orgId),
  });
}

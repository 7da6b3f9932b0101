// POST /api/v1/orgs/:orgId/members/:userId/deactivate: the person keeps their roles but cannot use them.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { memberPath, refreshOrganisation } from './paths';
import type { Member } from './types';

export function deactivateMember(orgId: string, userId: string) {
  return apiRequest<Member>(`${memberPath(orgId, userId)}/deactivate`, { method: 'POST' });
}

export function useDeactivateMember(orgId: string, userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deactivateMember(orgId, userId),
    onSuccess: () => refreshOrganisation(queryClient, orgId),
  });
}

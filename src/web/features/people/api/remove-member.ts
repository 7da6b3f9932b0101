// DELETE /api/v1/orgs/:orgId/members/:userId: takes away every role the person has here.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { memberQueryOptions } from './get-member';
import { memberPath, refreshOrganisation } from './paths';

export function removeMember(orgId: string, userId: string) {
  return apiRequest<void>(memberPath(orgId, userId), { method: 'DELETE' });
}

export function useRemoveMember(orgId: string, userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => removeMember(orgId, userId),
    onSuccess: async () => {
      // Their page no longer exists: drop it rather than refetch a 404.
      queryClient.removeQueries({ queryKey: memberQueryOptions(orgId, userId).queryKey });
      await refreshOrganisation(queryClient, orgId);
    },
  });
}

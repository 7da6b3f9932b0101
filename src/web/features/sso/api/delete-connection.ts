// DELETE /api/v1/orgs/:orgId/sso-connections/:connectionId: removes a connection; accounts stay.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { connectionPath, refreshOrganisation } from './paths';

export function deleteConnection(orgId: string, connectionId: string) {
  return apiRequest<void>(connectionPath(orgId, connectionId), { method: 'DELETE' });
}

export function useDeleteConnection(orgId: string, connectionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteConnection(orgId, connectionId),
    onSuccess: () => refreshOrganisation(queryClient, orgId),
  });
}

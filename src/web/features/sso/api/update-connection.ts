// PUT /api/v1/orgs/:orgId/sso-connections/:connectionId: changes a connection made from `version`.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { ConnectionSettings } from './create-connection';
import { connectionPath, refreshOrganisation } from './paths';
import type { SsoConnection } from './types';

export function updateConnection(orgId: string, connectionId: string, settings: ConnectionSettings & { version: number }) {
  return apiRequest<SsoConnection>(connectionPath(orgId, connectionId), { method: 'PUT', body: settings });
}

export function useUpdateConnection(orgId: string, connectionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: ConnectionSettings & { version: number }) => updateConnection(orgId, connectionId, settings),
    onSuccess: () => refreshOrganisation(queryClient, orgId),
  });
}

// POST /api/v1/orgs/:orgId/sso-connections: connects the organisation to an identity provider.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { connectionsPath, refreshOrganisation } from './paths';
import type { SsoConnection } from './types';

/** The settings as the form sends them; roles are plain strings from checkboxes. */
export interface ConnectionSettings {
  name: string;
  issuer: string;
  clientId: string;
  /** Absent keeps the stored secret. */
  clientSecret?: string;
  allowedDomains: string[];
  groupsClaim: string;
  groupRoles: Array<{ group: string; roles: string[] }>;
  jitProvisioning: boolean;
  trustIdpMfa: boolean;
  enabled: boolean;
}

export function createConnection(orgId: string, settings: ConnectionSettings) {
  return apiRequest<SsoConnection>(connectionsPath(orgId), { method: 'POST', body: settings });
}

export function useCreateConnection(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: ConnectionSettings) => createConnection(orgId, settings),
    onSuccess: () => refreshOrganisation(queryClient, orgId),
  });
}

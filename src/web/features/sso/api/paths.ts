// The single sign-on API's addresses, and the refresh every change needs (connections live under
// the organisation's query key, so the audit trail refreshes with them).
import type { QueryClient } from '@tanstack/react-query';
import { segment } from '../../../lib/api-client';
import { orgQueryKey } from '../../../lib/current-org';

export const connectionsPath = (orgId: string) => `/api/v1/orgs/${segment(orgId)}/sso-connections`;
export const connectionPath = (orgId: string, connectionId: string) => `${connectionsPath(orgId)}/${segment(connectionId)}`;

/** Signing in through a connection starts with a full page load of this address, which sends the browser on to the provider. */
export function startSignInUrl(connectionId: string, returnTo: string): string {
  const query = returnTo && returnTo !== '/' ? `?returnTo=${encodeURIComponent(returnTo)}` : '';
  return `/api/v1/auth/sso/${segment(connectionId)}/start${query}`;
}

export function refreshOrganisation(queryClient: QueryClient, orgId: string) {
  return queryClient.invalidateQueries({ queryKey: orgQueryKey(orgId) });
}

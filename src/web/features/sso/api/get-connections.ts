// GET /api/v1/orgs/:orgId/sso-connections: the organisation's connections and the redirect URI to register.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { orgQueryKey } from '../../../lib/current-org';
import { connectionsPath } from './paths';
import type { SsoConnectionList } from './types';

export function getConnections(orgId: string, signal?: AbortSignal) {
  return apiRequest<SsoConnectionList>(connectionsPath(orgId), signal ? { signal } : {});
}

export function connectionsQueryOptions(orgId: string) {
  return queryOptions({
    queryKey: [...orgQueryKey(orgId), 'sso-connections'] as const,
    queryFn: ({ signal }) => getConnections(orgId, signal),
  });
}

export function useConnections(orgId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...connectionsQueryOptions(orgId), enabled: options.enabled ?? true });
}

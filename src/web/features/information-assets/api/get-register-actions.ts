// GET /api/v1/orgs/:orgId/register-actions: the actions made from the register's risk flags, newest
// first, each saying whether its flag is still raised today.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { RegisterAction, RegisterActionList } from '../../../../contract/register-actions';
import { apiRequest } from '../../../lib/api-client';
import { registerActionsPath, registerActionsQueryKey } from './paths';

export type { RegisterAction, RegisterActionList };

export function registerActionsQueryOptions(orgId: string) {
  return queryOptions({
    queryKey: [...registerActionsQueryKey(orgId), 'list'] as const,
    queryFn: ({ signal }) => apiRequest<RegisterActionList>(registerActionsPath(orgId), { signal }),
  });
}

export function useRegisterActions(orgId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...registerActionsQueryOptions(orgId), enabled: options.enabled ?? true });
}

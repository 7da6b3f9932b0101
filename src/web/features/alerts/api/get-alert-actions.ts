// GET /api/v1/orgs/:orgId/alert-actions: the actions made from triage findings, with owner, due date
// and status.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AlertAction } from '../../../../contract/alerts';
import { apiRequest } from '../../../lib/api-client';
import { actionsPath, alertsQueryKey } from './paths';

export type { AlertAction };

export function alertActionsQueryOptions(orgId: string) {
  return queryOptions({
    queryKey: [...alertsQueryKey(orgId), 'actions'] as const,
    queryFn: ({ signal }) => apiRequest<{ items: AlertAction[] }>(actionsPath(orgId), { signal }),
  });
}

export function useAlertActions(orgId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...alertActionsQueryOptions(orgId), enabled: options.enabled ?? true });
}

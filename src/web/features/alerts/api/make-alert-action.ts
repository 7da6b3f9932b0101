// POST /api/v1/orgs/:orgId/alert-actions: a finding becomes an action, once (the report then links
// the finding to it). The finding is named by its key and the period of the report it was read in.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AlertAction } from '../../../../contract/alerts';
import { apiRequest } from '../../../lib/api-client';
import { actionsPath, alertsQueryKey } from './paths';

export interface AlertActionBody {
  findingKey: string;
  ownerId?: string | null;
  dueOn?: string | null;
  /** The report's period (UK days), so the server finds the same finding. */
  from?: string;
  to?: string;
}

export function makeAlertAction(orgId: string, body: AlertActionBody) {
  return apiRequest<AlertAction>(actionsPath(orgId), { method: 'POST', body });
}

export function useMakeAlertAction(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AlertActionBody) => makeAlertAction(orgId, body),
    // The report's finding now carries the action's id, and the list has one more.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: alertsQueryKey(orgId) }),
  });
}

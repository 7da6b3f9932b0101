// PATCH /api/v1/orgs/:orgId/alert-actions/:id: an action's status, owner or due date, against the
// version read.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AlertAction } from '../../../../contract/alerts';
import { apiRequest } from '../../../lib/api-client';
import { actionPath, alertsQueryKey } from './paths';

export interface AlertActionChange {
  status?: AlertAction['status'];
  ownerId?: string | null;
  dueOn?: string | null;
  version: number;
}

export function changeAlertAction(orgId: string, id: string, body: AlertActionChange) {
  return apiRequest<AlertAction>(actionPath(orgId, id), { method: 'PATCH', body });
}

export function useChangeAlertAction(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: AlertActionChange }) => changeAlertAction(orgId, id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: alertsQueryKey(orgId) }),
  });
}

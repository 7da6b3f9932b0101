// POST /api/v1/orgs/:orgId/register-actions: makes a risk flag (by its key) an action. Every page that
// shows the flag then shows the action's status instead of the offer.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { NewRegisterActionBody, RegisterAction } from '../../../../contract/register-actions';
import { apiRequest } from '../../../lib/api-client';
import { refreshRegister, registerActionsPath } from './paths';

export function addRegisterAction(orgId: string, body: NewRegisterActionBody) {
  return apiRequest<RegisterAction>(registerActionsPath(orgId), { method: 'POST', body });
}

export function useAddRegisterAction(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (flag: { flagKey: string; asOf?: string | undefined }) => addRegisterAction(orgId, flag.asOf ? { flagKey: flag.flagKey, asOf: flag.asOf } : { flagKey: flag.flagKey }),
    onSuccess: () => refreshRegister(queryClient, orgId),
  });
}

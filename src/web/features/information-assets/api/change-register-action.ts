// PATCH /api/v1/orgs/:orgId/register-actions/:id: an action's status (or owner, or due date), against
// the version read; a colleague's change since is a 409 naming them.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RegisterAction, RegisterActionChangeBody } from '../../../../contract/register-actions';
import { apiRequest } from '../../../lib/api-client';
import { refreshRegister, registerActionPath } from './paths';

export function changeRegisterAction(orgId: string, id: string, body: RegisterActionChangeBody) {
  return apiRequest<RegisterAction>(registerActionPath(orgId, id), { method: 'PATCH', body });
}

export function useChangeRegisterAction(orgId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterActionChangeBody) => changeRegisterAction(orgId, id, body),
    onSuccess: () => refreshRegister(queryClient, orgId),
  });
}

// POST /api/v1/me/password: changes your password; your other sessions end.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PasswordChangeBody } from '../../../../contract/accounts';
import { apiRequest } from '../../../lib/api-client';
import { sessionsQueryOptions } from './get-sessions';

export function changePassword(input: PasswordChangeBody) {
  return apiRequest<{ sessionsEnded: number }>('/api/v1/me/password', { method: 'POST', body: input });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsQueryOptions.queryKey }),
  });
}

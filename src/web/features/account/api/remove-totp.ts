// POST /api/v1/me/mfa/totp/remove: removes your authenticator app; it needs your password again.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { mfaStatusQueryOptions } from './get-mfa-status';

export function removeTotp(currentPassword: string) {
  return apiRequest<void>('/api/v1/me/mfa/totp/remove', { method: 'POST', body: { currentPassword } });
}

export function useRemoveTotp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeTotp,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mfaStatusQueryOptions.queryKey }),
  });
}

// POST /api/v1/auth/password-reset-requests: "Forgotten your password?". The answer is the same
// whether or not the address has an account; an email with a link follows only if it does.
import { useMutation } from '@tanstack/react-query';
import type { PasswordResetRequestBody, PasswordResetRequested } from '../../../../contract/account-links';
import { apiRequest } from '../../../lib/api-client';

export function requestPasswordReset(input: PasswordResetRequestBody): Promise<PasswordResetRequested> {
  return apiRequest<PasswordResetRequested>('/api/v1/auth/password-reset-requests', { method: 'POST', body: input });
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}

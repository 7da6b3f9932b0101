// A password-reset link's token (from the URL fragment) sent in a body: POST
// /api/v1/auth/password-reset/preview says whose password it resets; /api/v1/auth/password-reset
// sets the new one, and every session of that account ends.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ResetPasswordBody, ResetPreview } from '../../../../contract/account-links';
import { apiRequest } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/session';

export function resetPreviewQueryOptions(token: string) {
  return queryOptions({
    queryKey: ['password-reset-preview', token] as const,
    queryFn: ({ signal }) => apiRequest<ResetPreview>('/api/v1/auth/password-reset/preview', { method: 'POST', body: { token }, signal }),
    staleTime: Infinity,
    retry: false,
  });
}

export function useResetPreview(token: string) {
  return useQuery({ ...resetPreviewQueryOptions(token), enabled: token !== '' });
}

export function resetPassword(input: ResetPasswordBody): Promise<void> {
  return apiRequest<void>('/api/v1/auth/password-reset', { method: 'POST', body: input });
}

export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetPassword,
    // If this browser was signed in to that account, that session has just ended.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey, exact: true }),
  });
}

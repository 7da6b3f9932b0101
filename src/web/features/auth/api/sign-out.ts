// POST /api/v1/auth/logout: ends this login session.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, setCsrfToken } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/session';

export function signOut(): Promise<void> {
  return apiRequest<void>('/api/v1/auth/logout', { method: 'POST' });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSettled: () => {
      // Forget everything even if the server had already ended the session.
      setCsrfToken(null);
      queryClient.removeQueries();
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}

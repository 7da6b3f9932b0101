// POST /api/v1/auth/logout-everywhere: ends every one of your sessions, this one included.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, setCsrfToken } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/session';

export function signOutEverywhere(): Promise<void> {
  return apiRequest<void>('/api/v1/auth/logout-everywhere', { method: 'POST' });
}

export function useSignOutEverywhere() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOutEverywhere,
    onSuccess: () => {
      setCsrfToken(null);
      queryClient.removeQueries();
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}

// POST /api/v1/me/passkeys/:id/remove: removes one of your passkeys; it needs your password again.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, segment } from '../../../lib/api-client';
import { passkeysQueryOptions, SECOND_FACTOR_QUERY_KEY } from './get-passkeys';

export function removePasskey({ id, currentPassword }: { id: string; currentPassword: string }) {
  return apiRequest<void>(`/api/v1/me/passkeys/${segment(id)}/remove`, { method: 'POST', body: { currentPassword } });
}

export function useRemovePasskey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removePasskey,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: passkeysQueryOptions.queryKey }),
        queryClient.invalidateQueries({ queryKey: SECOND_FACTOR_QUERY_KEY }),
      ]);
    },
  });
}

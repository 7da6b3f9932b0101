// POST /api/v1/me/passkeys/:id/rename: a new name for one of your passkeys.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Passkey } from '../../../../contract/passkeys';
import { apiRequest, segment } from '../../../lib/api-client';
import { passkeysQueryOptions } from './get-passkeys';

export function renamePasskey({ id, name }: { id: string; name: string }) {
  return apiRequest<Passkey>(`/api/v1/me/passkeys/${segment(id)}/rename`, { method: 'POST', body: { name } });
}

export function useRenamePasskey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: renamePasskey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: passkeysQueryOptions.queryKey }),
  });
}

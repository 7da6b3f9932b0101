// POST /api/v1/me/tokens/:tokenId/revoke: the token stops working at once.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiToken } from '../../../../contract/api-tokens';
import { apiRequest, segment } from '../../../lib/api-client';
import { personalTokensQueryOptions } from './get-personal-tokens';

export function revokePersonalToken(tokenId: string) {
  return apiRequest<ApiToken>(`/api/v1/me/tokens/${segment(tokenId)}/revoke`, { method: 'POST' });
}

export function useRevokePersonalToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokePersonalToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: personalTokensQueryOptions.queryKey }),
  });
}

// POST /api/v1/me/tokens: a new personal API token. The token itself is in this response only.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreatedToken, NewPersonalTokenBody } from '../../../../contract/api-tokens';
import { apiRequest } from '../../../lib/api-client';
import { personalTokensQueryOptions } from './get-personal-tokens';

export function createPersonalToken(input: NewPersonalTokenBody) {
  return apiRequest<CreatedToken>('/api/v1/me/tokens', { method: 'POST', body: input });
}

export function useCreatePersonalToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPersonalToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: personalTokensQueryOptions.queryKey }),
  });
}

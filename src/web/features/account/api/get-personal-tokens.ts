// GET /api/v1/me/tokens: your personal API tokens, and every scope a token may carry.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiToken, TokenList } from '../../../../contract/api-tokens';
import { apiRequest } from '../../../lib/api-client';

export type { ApiToken };

export const personalTokensQueryOptions = queryOptions({
  queryKey: ['me', 'tokens'] as const,
  queryFn: ({ signal }) => apiRequest<TokenList>('/api/v1/me/tokens', { signal }),
});

export function usePersonalTokens() {
  return useQuery(personalTokensQueryOptions);
}

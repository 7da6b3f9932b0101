// GET /api/v1/auth/options: what the sign-in pages may offer on this installation (for now, whether
// a person can ask for a password reset link by email).
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AuthOptions } from '../../../../contract/account-links';
import { apiRequest } from '../../../lib/api-client';

export const authOptionsQueryOptions = queryOptions({
  queryKey: ['auth-options'] as const,
  queryFn: ({ signal }) => apiRequest<AuthOptions>('/api/v1/auth/options', { signal }),
  // Settings change only when the server restarts.
  staleTime: Infinity,
});

export function useAuthOptions() {
  return useQuery(authOptionsQueryOptions);
}

// GET /api/v1/me/mfa while signing in: which second factors the person has, so the page offers those.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MfaStatus } from '../../../../contract/mfa';
import { apiRequest } from '../../../lib/api-client';

export const signInFactorsQueryOptions = queryOptions({
  queryKey: ['me', 'mfa', 'at-sign-in'] as const,
  queryFn: ({ signal }) => apiRequest<MfaStatus>('/api/v1/me/mfa', { signal }),
});

export function useSignInFactors() {
  return useQuery(signInFactorsQueryOptions);
}

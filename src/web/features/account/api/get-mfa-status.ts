// GET /api/v1/me/mfa: your second factors, how many recovery codes are left, and whether your roles require one.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MfaStatus } from '../../../../contract/mfa';
import { apiRequest } from '../../../lib/api-client';

export type { MfaStatus };

export const mfaStatusQueryOptions = queryOptions({
  queryKey: ['me', 'mfa', 'status'] as const,
  queryFn: ({ signal }) => apiRequest<MfaStatus>('/api/v1/me/mfa', { signal }),
});

export function useMfaStatus() {
  return useQuery(mfaStatusQueryOptions);
}

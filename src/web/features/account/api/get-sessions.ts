// GET /api/v1/me/sessions: every place you are signed in.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

import type { LoginSession } from '../../../../contract/accounts';

export type { LoginSession };

export function getSessions(signal?: AbortSignal) {
  return apiRequest<{ sessions: LoginSession[] }>('/api/v1/me/sessions', signal ? { signal } : {});
}

export const sessionsQueryOptions = queryOptions({
  queryKey: ['me', 'sessions'] as const,
  queryFn: ({ signal }) => getSessions(signal),
});

export function useSessions() {
  return useQuery(sessionsQueryOptions);
}

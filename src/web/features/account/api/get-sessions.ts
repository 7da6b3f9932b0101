// GET /api/v1/me/sessions: every place you are signed in.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export interface LoginSession {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
  /** The session this browser is using. */
  current: boolean;
}

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

// GET /api/v1/me/activity: the signed-in person's own recent identity events (sign-ins and failures,
// second factors, password and role changes, personal API tokens).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { AuditEvent } from './get-audit-events';

export const myActivityQueryOptions = queryOptions({
  queryKey: ['me', 'activity'] as const,
  queryFn: ({ signal }) => apiRequest<{ events: AuditEvent[] }>('/api/v1/me/activity', { signal }),
});

export function useMyActivity() {
  return useQuery(myActivityQueryOptions);
}

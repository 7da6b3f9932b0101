// GET /api/v1/orgs/:orgId/audit/people/:userId: a member's recent identity events (sign-ins,
// failures, second factors) in words; they belong to no organisation's trail.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest, segment } from '../../../lib/api-client';
import { orgQueryKey } from '../../../lib/current-org';
import type { AuditEvent } from './get-audit-events';

export function getPersonActivity(orgId: string, userId: string, signal?: AbortSignal) {
  return apiRequest<{ events: AuditEvent[] }>(`/api/v1/orgs/${segment(orgId)}/audit/people/${segment(userId)}`, signal ? { signal } : {});
}

export function usePersonActivity(orgId: string, userId: string) {
  return useQuery(
    queryOptions({
      queryKey: [...orgQueryKey(orgId), 'members', userId, 'activity'] as const,
      queryFn: ({ signal }) => getPersonActivity(orgId, userId, signal),
    }),
  );
}

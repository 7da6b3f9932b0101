// GET /api/v1/orgs/:orgId/audit: audit records in words, newest first, filtered, a page at a time.
// `before` is the sequence number to continue from (the previous page's nextBefore).
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest, segment } from '../../../lib/api-client';
import { orgQueryKey } from '../../../lib/current-org';

import type { AuditPage, ReadableAuditEvent } from '../../../../contract/audit';

export type AuditEvent = ReadableAuditEvent;
export type AuditChange = ReadableAuditEvent['changes'][number];
export type { AuditPage };

export interface AuditQuery {
  action?: string;
  actor?: string;
  entityType?: string;
  /** UTC instants (ISO 8601): from inclusive, to exclusive. */
  from?: string;
  to?: string;
  before?: number;
  limit?: number;
}

export function getAuditEvents(orgId: string, query: AuditQuery, signal?: AbortSignal) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  const search = params.size > 0 ? `?${params.toString()}` : '';
  return apiRequest<AuditPage>(`/api/v1/orgs/${segment(orgId)}/audit${search}`, signal ? { signal } : {});
}

export function auditEventsQueryOptions(orgId: string, query: AuditQuery) {
  return queryOptions({
    queryKey: [...orgQueryKey(orgId), 'audit', query] as const,
    queryFn: ({ signal }) => getAuditEvents(orgId, query, signal),
  });
}

export function useAuditEvents(orgId: string, query: AuditQuery, options: { enabled?: boolean } = {}) {
  return useQuery({ ...auditEventsQueryOptions(orgId, query), placeholderData: keepPreviousData, enabled: options.enabled ?? true });
}

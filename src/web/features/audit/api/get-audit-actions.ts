// GET /api/v1/orgs/:orgId/audit/actions: the actions the trail records, grouped, with their labels,
// for the "What happened" filter. They change only with a new version of Bulwark.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest, segment } from '../../../lib/api-client';
import type { AuditActions } from '../../../../contract/audit';

export type { AuditActions };

export function getAuditActions(orgId: string, signal?: AbortSignal) {
  return apiRequest<AuditActions>(`/api/v1/orgs/${segment(orgId)}/audit/actions`, signal ? { signal } : {});
}

export function useAuditActions(orgId: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    ...queryOptions({
      // The same list for every organisation, so not under ['orgs', orgId]: changes there need not refetch it.
      queryKey: ['audit-actions'] as const,
      queryFn: ({ signal }) => getAuditActions(orgId, signal),
      staleTime: Infinity,
    }),
    enabled: options.enabled ?? true,
  });
}

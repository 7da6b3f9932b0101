// GET /api/v1/orgs/:orgId/end-of-support: the end-of-support table hosts are matched against, the
// built-in rows with the organisation's edits over them, and its version.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { EndOfSupportRowView, EndOfSupportTableView } from '../../../../contract/vulnerabilities';
import { apiRequest } from '../../../lib/api-client';
import { endOfSupportPath, vulnerabilitiesQueryKey } from './paths';

export type { EndOfSupportRowView, EndOfSupportTableView };

export function endOfSupportQueryOptions(orgId: string) {
  return queryOptions({
    queryKey: [...vulnerabilitiesQueryKey(orgId), 'end-of-support'] as const,
    queryFn: ({ signal }) => apiRequest<EndOfSupportTableView>(endOfSupportPath(orgId), { signal }),
  });
}

export function useEndOfSupport(orgId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...endOfSupportQueryOptions(orgId), enabled: options.enabled ?? true });
}

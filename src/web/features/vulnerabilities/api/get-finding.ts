// GET /api/v1/orgs/:orgId/vulnerability-findings/:findingId: one finding with its deadline at the
// as-of instant and each period it was open.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FindingDetail } from '../../../../contract/vulnerabilities';
import { apiRequest } from '../../../lib/api-client';
import { findingPath, vulnerabilitiesQueryKey } from './paths';

export type { FindingDetail };

export function findingQueryOptions(orgId: string, findingId: string, asOf: string | undefined) {
  const query = asOf ? `?${new URLSearchParams({ asOf }).toString()}` : '';
  return queryOptions({
    queryKey: [...vulnerabilitiesQueryKey(orgId), 'finding', findingId, asOf ?? ''] as const,
    queryFn: ({ signal }) => apiRequest<FindingDetail>(`${findingPath(orgId, findingId)}${query}`, { signal }),
  });
}

export function useFinding(orgId: string, findingId: string, asOf: string | undefined, options: { enabled?: boolean } = {}) {
  return useQuery({ ...findingQueryOptions(orgId, findingId, asOf), enabled: options.enabled ?? true });
}

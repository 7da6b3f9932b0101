// GET /api/v1/orgs/:orgId/incident-benchmarks: the published figures shipped with Bulwark, and how
// they were gathered.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { BenchmarkSet } from '../../../../contract/incidents';
import { apiRequest } from '../../../lib/api-client';
import { benchmarksPath, incidentsQueryKey } from './paths';

export type { BenchmarkSet };

export function benchmarksQueryOptions(orgId: string) {
  return queryOptions({
    queryKey: [...incidentsQueryKey(orgId), 'benchmarks'] as const,
    queryFn: ({ signal }) => apiRequest<BenchmarkSet>(benchmarksPath(orgId), { signal }),
    // Shipped content: it changes only with a new release.
    staleTime: Infinity,
  });
}

export function useBenchmarks(orgId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...benchmarksQueryOptions(orgId), enabled: options.enabled ?? true });
}

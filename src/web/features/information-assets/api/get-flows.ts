// GET /api/v1/orgs/:orgId/data-flows: the live data flows by name, each with its ends and flags as of
// now, narrowed by what they carry, where they go, how they travel and the bases recorded for them.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { FlowDetail, FlowList } from '../../../../contract/data-flows';
import { apiRequest } from '../../../lib/api-client';
import { type FlowFilter, flowQueryOf } from '../components/flow-filter';
import { flowsPath, flowsQueryKey, withQuery } from './paths';

export type { FlowDetail, FlowList };

export function getFlows(orgId: string, filter: FlowFilter, signal?: AbortSignal) {
  return apiRequest<FlowList>(withQuery(flowsPath(orgId), flowQueryOf(filter)), signal ? { signal } : {});
}

export function flowsQueryOptions(orgId: string, filter: FlowFilter) {
  return queryOptions({
    queryKey: [...flowsQueryKey(orgId), 'list', filter] as const,
    queryFn: ({ signal }) => getFlows(orgId, filter, signal),
  });
}

export function useFlows(orgId: string, filter: FlowFilter, options: { enabled?: boolean } = {}) {
  // Another filter keeps the last flows on screen until its own arrive, so the map does not blink.
  return useQuery({ ...flowsQueryOptions(orgId, filter), enabled: options.enabled ?? true, placeholderData: keepPreviousData });
}

// GET /api/v1/orgs/:orgId/dpias: the organisation's DPIAs, newest first, each with its state and flags
// as of a day (now when none is given), narrowed to one state or to those covering an asset or a flow.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { DpiaList, DpiaListQuery } from '../../../../contract/dpias';
import { apiRequest } from '../../../lib/api-client';
import { dpiasPath, dpiasQueryKey, withQuery } from './paths';

export type { DpiaList, DpiaListQuery };

export function getDpias(orgId: string, query: DpiaListQuery, signal?: AbortSignal) {
  const { state, assetId, flowId, asOf } = query;
  return apiRequest<DpiaList>(withQuery(dpiasPath(orgId), { state, assetId, flowId, asOf }), signal ? { signal } : {});
}

export function dpiasQueryOptions(orgId: string, query: DpiaListQuery) {
  return queryOptions({
    queryKey: [...dpiasQueryKey(orgId), 'list', query] as const,
    queryFn: ({ signal }) => getDpias(orgId, query, signal),
  });
}

export function useDpias(orgId: string, query: DpiaListQuery, options: { enabled?: boolean } = {}) {
  // Another state or day keeps the last list on screen until its own arrives.
  return useQuery({ ...dpiasQueryOptions(orgId, query), enabled: options.enabled ?? true, placeholderData: keepPreviousData });
}

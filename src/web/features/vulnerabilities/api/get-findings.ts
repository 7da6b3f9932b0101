// GET /api/v1/orgs/:orgId/vulnerability-findings: a page of findings, filtered, each with its deadline
// at the as-of instant.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { FindingList, FindingView } from '../../../../contract/vulnerabilities';
import { apiRequest } from '../../../lib/api-client';
import { type FindingFilter, paramsFromFindingFilter } from '../components/finding-filter';
import { findingsPath, vulnerabilitiesQueryKey } from './paths';

export type { FindingList, FindingView };

export function getFindings(orgId: string, filter: FindingFilter, pageSize?: number, signal?: AbortSignal) {
  const params = paramsFromFindingFilter(filter);
  if (pageSize) params.set('pageSize', String(pageSize));
  const query = params.toString();
  return apiRequest<FindingList>(`${findingsPath(orgId)}${query ? `?${query}` : ''}`, signal ? { signal } : {});
}

export function findingsQueryOptions(orgId: string, filter: FindingFilter, pageSize?: number) {
  return queryOptions({
    queryKey: [...vulnerabilitiesQueryKey(orgId), 'findings', paramsFromFindingFilter(filter).toString(), pageSize ?? 0] as const,
    queryFn: ({ signal }) => getFindings(orgId, filter, pageSize, signal),
  });
}

export function useFindings(orgId: string, filter: FindingFilter, options: { enabled?: boolean } = {}) {
  // Another page or filter keeps the last one's rows on screen until its own arrive.
  return useQuery({ ...findingsQueryOptions(orgId, filter), enabled: options.enabled ?? true, placeholderData: keepPreviousData });
}

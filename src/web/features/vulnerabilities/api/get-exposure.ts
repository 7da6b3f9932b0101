// GET /api/v1/orgs/:orgId/vulnerability-exposure?asOf=: the exposure report at an instant (a UK day
// is read as its end): open findings, deadlines, owners, known exploited and unsupported hosts.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ExposureHost, ExposureReport } from '../../../../contract/vulnerabilities';
import { apiRequest } from '../../../lib/api-client';
import { exposurePath, vulnerabilitiesQueryKey } from './paths';

export type { ExposureHost, ExposureReport };

export function exposureQueryOptions(orgId: string, asOf: string | undefined) {
  const query = asOf ? `?${new URLSearchParams({ asOf }).toString()}` : '';
  return queryOptions({
    queryKey: [...vulnerabilitiesQueryKey(orgId), 'exposure', asOf ?? ''] as const,
    queryFn: ({ signal }) => apiRequest<ExposureReport>(`${exposurePath(orgId)}${query}`, { signal }),
  });
}

export function useExposure(orgId: string, asOf: string | undefined, options: { enabled?: boolean } = {}) {
  // Another day keeps the last one's figures on screen until its own arrive.
  return useQuery({ ...exposureQueryOptions(orgId, asOf), enabled: options.enabled ?? true, placeholderData: keepPreviousData });
}

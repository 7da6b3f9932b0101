// GET /api/v1/orgs/:orgId/asset-flags?asOf=: every risk flag of the live register and its suppliers as
// of a UK day (today when none is given), and how many each rule raised, zeros included.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { FlagReport, FlagSeverity, RiskFlag } from '../../../../contract/information-assets';
import { apiRequest } from '../../../lib/api-client';
import { assetsQueryKey, flagsPath, withQuery } from './paths';

export type { FlagReport, FlagSeverity, RiskFlag };

export function flagReportQueryOptions(orgId: string, asOf: string | undefined) {
  return queryOptions({
    queryKey: [...assetsQueryKey(orgId), 'flags', asOf ?? ''] as const,
    queryFn: ({ signal }) => apiRequest<FlagReport>(withQuery(flagsPath(orgId), { asOf }), { signal }),
  });
}

export function useFlagReport(orgId: string, asOf: string | undefined, options: { enabled?: boolean } = {}) {
  // Another day keeps the last report on screen until its own arrives.
  return useQuery({ ...flagReportQueryOptions(orgId, asOf), enabled: options.enabled ?? true, placeholderData: keepPreviousData });
}

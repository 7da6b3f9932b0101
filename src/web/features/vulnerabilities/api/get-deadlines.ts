// GET /api/v1/orgs/:orgId/remediation-deadlines: the days allowed to fix a finding, by severity and for
// known exploited vulnerabilities, with Bulwark's defaults and the version saved.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DeadlineSettingsAnswer } from '../../../../contract/vulnerabilities';
import { apiRequest } from '../../../lib/api-client';
import { deadlinesPath, vulnerabilitiesQueryKey } from './paths';

export type { DeadlineSettingsAnswer };

export function deadlinesQueryOptions(orgId: string) {
  return queryOptions({
    queryKey: [...vulnerabilitiesQueryKey(orgId), 'deadlines'] as const,
    queryFn: ({ signal }) => apiRequest<DeadlineSettingsAnswer>(deadlinesPath(orgId), { signal }),
  });
}

export function useDeadlines(orgId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...deadlinesQueryOptions(orgId), enabled: options.enabled ?? true });
}

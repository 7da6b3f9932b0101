// GET /api/v1/orgs/:orgId/directory/findings?asOf=: the directory findings on a UK day, most severe
// first, each with its accounts.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Finding, FindingsReport } from '../../../../contract/directory';
import { apiRequest } from '../../../lib/api-client';
import { directoryQueryKey, findingsPath, withQuery } from './paths';

export type { Finding, FindingsReport };
export type FindingItem = Finding['items'][number];

export function useFindings(orgId: string, asOf: string | undefined, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...directoryQueryKey(orgId), 'findings', asOf ?? ''] as const,
    queryFn: ({ signal }) => apiRequest<FindingsReport>(withQuery(findingsPath(orgId), { asOf }), { signal }),
    enabled: options.enabled ?? true,
    placeholderData: keepPreviousData,
  });
}

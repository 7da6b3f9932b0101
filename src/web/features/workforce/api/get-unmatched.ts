// GET /api/v1/orgs/:orgId/training/unmatched?asOf=: completions by people the staff register does not
// hold (agency staff, locums), which count in no figure.
import { useQuery } from '@tanstack/react-query';
import type { UnmatchedCompletion } from '../../../../contract/training';
import { apiRequest } from '../../../lib/api-client';
import { trainingQueryKey, unmatchedPath, withQuery } from './paths';

export type { UnmatchedCompletion };
export interface UnmatchedList {
  asOf: string;
  day: string;
  items: UnmatchedCompletion[];
}

export function useUnmatched(orgId: string, asOf: string | undefined, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...trainingQueryKey(orgId), 'unmatched', asOf ?? ''] as const,
    queryFn: ({ signal }) => apiRequest<UnmatchedList>(withQuery(unmatchedPath(orgId), { asOf }), { signal }),
    enabled: options.enabled ?? true,
  });
}

// GET /api/v1/orgs/:orgId/exercise-comparison: completed exercises over time, the minutes each
// decision point took each time, and whether the latest exercise found the earlier bottlenecks again.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ExerciseComparison } from '../../../../contract/exercises';
import { apiRequest } from '../../../lib/api-client';
import { comparisonUrl, exercisesQueryKey } from './paths';

export type { ExerciseComparison };

export function comparisonQueryOptions(orgId: string) {
  return queryOptions({
    queryKey: [...exercisesQueryKey(orgId), 'comparison'] as const,
    queryFn: ({ signal }) => apiRequest<ExerciseComparison>(comparisonUrl(orgId), { signal }),
  });
}

export function useComparison(orgId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...comparisonQueryOptions(orgId), enabled: options.enabled ?? true });
}

// GET /api/v1/orgs/:orgId/exercises: every exercise, planned, running and completed, with its
// decision points met, late and missed, its findings and its open actions.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ExerciseList, ExerciseSummary } from '../../../../contract/exercises';
import { apiRequest } from '../../../lib/api-client';
import { exercisesQueryKey, exercisesUrl } from './paths';

export type { ExerciseList, ExerciseSummary };

export function exercisesQueryOptions(orgId: string) {
  return queryOptions({
    queryKey: [...exercisesQueryKey(orgId), 'list'] as const,
    queryFn: ({ signal }) => apiRequest<ExerciseList>(exercisesUrl(orgId), { signal }),
  });
}

export function useExercises(orgId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...exercisesQueryOptions(orgId), enabled: options.enabled ?? true });
}

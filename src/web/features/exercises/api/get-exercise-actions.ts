// GET /api/v1/orgs/:orgId/exercise-actions: every action from every exercise's findings, the
// improvement plan, each with its bottleneck and whether it is overdue as of the answer.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ExerciseActionList } from '../../../../contract/exercises';
import { apiRequest } from '../../../lib/api-client';
import { exerciseActionsUrl, exercisesQueryKey } from './paths';

export type { ExerciseActionList };
export type ActionAcrossExercises = ExerciseActionList['items'][number];

export function exerciseActionsQueryOptions(orgId: string) {
  return queryOptions({
    queryKey: [...exercisesQueryKey(orgId), 'actions'] as const,
    queryFn: ({ signal }) => apiRequest<ExerciseActionList>(exerciseActionsUrl(orgId), { signal }),
  });
}

export function useExerciseActions(orgId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...exerciseActionsQueryOptions(orgId), enabled: options.enabled ?? true });
}

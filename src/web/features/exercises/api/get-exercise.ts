// GET /api/v1/orgs/:orgId/exercises/:id: one exercise with its plan, clock, decision points, injects,
// observations and findings, and the server's as-of instant for the clock. Every change to an
// exercise answers with the exercise as it now is; useExerciseChange shows that at once.
import { type QueryClient, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DecisionPoint, ExerciseAction, ExerciseDetail, Finding, Inject, Observation, Participant } from '../../../../contract/exercises';
import { apiRequest, isApiError } from '../../../lib/api-client';
import { exercisesQueryKey, exerciseUrl, refreshExercises } from './paths';

export type { DecisionPoint, ExerciseAction, ExerciseDetail, Finding, Inject, Observation, Participant };

export function exerciseQueryOptions(orgId: string, id: string) {
  return queryOptions({
    queryKey: [...exercisesQueryKey(orgId), 'item', id] as const,
    queryFn: ({ signal }) => apiRequest<ExerciseDetail>(exerciseUrl(orgId, id), { signal }),
  });
}

export function useExercise(orgId: string, id: string) {
  return useQuery(exerciseQueryOptions(orgId, id));
}

/** A change answered with the exercise as it now is: show that at once (its new version included), then refresh the rest. */
export function showChangedExercise(queryClient: QueryClient, orgId: string, exercise: ExerciseDetail) {
  queryClient.setQueryData(exerciseQueryOptions(orgId, exercise.id).queryKey, exercise);
  return refreshExercises(queryClient, orgId);
}

/**
 * A mutation whose answer is the exercise: each call in this folder is its request and this. A 409
 * means a colleague changed the exercise first (two people at the clock): fetch it again, so the
 * page shows what they did and the next press carries the new version.
 */
export function useExerciseChange<Variables>(orgId: string, request: (variables: Variables) => Promise<ExerciseDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (exercise) => showChangedExercise(queryClient, orgId, exercise),
    onError: (error) => {
      if (isApiError(error) && error.status === 409) void refreshExercises(queryClient, orgId);
    },
  });
}

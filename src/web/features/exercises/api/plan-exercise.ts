// POST /api/v1/orgs/:orgId/exercises: plans an exercise from a scenario in the library (or a custom
// one) with its objectives, injects, decision points and participants as edited. The answer is the
// exercise as planned.
import type { ExerciseDetail, NewExerciseBody } from '../../../../contract/exercises';
import { apiRequest } from '../../../lib/api-client';
import { useExerciseChange } from './get-exercise';
import { exercisesUrl } from './paths';

export type { NewExerciseBody };

export function planExercise(orgId: string, body: NewExerciseBody) {
  return apiRequest<ExerciseDetail>(exercisesUrl(orgId), { method: 'POST', body });
}

export function usePlanExercise(orgId: string) {
  return useExerciseChange(orgId, (body: NewExerciseBody) => planExercise(orgId, body));
}

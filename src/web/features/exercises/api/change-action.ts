// PATCH /api/v1/orgs/:orgId/exercises/:id/actions/:actionId: an action's status (or details), against
// the action's version.
import type { ExerciseActionChangeBody, ExerciseDetail } from '../../../../contract/exercises';
import { apiRequest, segment } from '../../../lib/api-client';
import { useExerciseChange } from './get-exercise';
import { exerciseUrl } from './paths';

export type { ExerciseActionChangeBody };

export function changeAction(orgId: string, id: string, actionId: string, body: ExerciseActionChangeBody) {
  return apiRequest<ExerciseDetail>(`${exerciseUrl(orgId, id)}/actions/${segment(actionId)}`, { method: 'PATCH', body });
}

export function useChangeAction(orgId: string, id: string) {
  return useExerciseChange(orgId, ({ actionId, body }: { actionId: string; body: ExerciseActionChangeBody }) => changeAction(orgId, id, actionId, body));
}

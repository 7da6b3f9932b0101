// PUT /api/v1/orgs/:orgId/exercises/:id/decisions/:decisionId: a decision point reached. Without a
// reachedAt the server stamps its own now, so "Reached now" is the moment the request arrives.
import type { DecisionBody, ExerciseDetail } from '../../../../contract/exercises';
import { apiRequest, segment } from '../../../lib/api-client';
import { useExerciseChange } from './get-exercise';
import { exerciseUrl } from './paths';

export function recordDecision(orgId: string, id: string, decisionId: string, body: DecisionBody) {
  return apiRequest<ExerciseDetail>(`${exerciseUrl(orgId, id)}/decisions/${segment(decisionId)}`, { method: 'PUT', body });
}

export function useRecordDecision(orgId: string, id: string) {
  return useExerciseChange(orgId, ({ decisionId, body }: { decisionId: string; body: DecisionBody }) => recordDecision(orgId, id, decisionId, body));
}

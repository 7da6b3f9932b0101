// POST /api/v1/orgs/:orgId/exercises/:id/observations: what an observer noticed; the server stamps
// the time and, while the clock runs, the minute.
import type { ExerciseDetail, ObservationBody } from '../../../../contract/exercises';
import { apiRequest } from '../../../lib/api-client';
import { useExerciseChange } from './get-exercise';
import { exerciseUrl } from './paths';

export function recordObservation(orgId: string, id: string, body: ObservationBody) {
  return apiRequest<ExerciseDetail>(`${exerciseUrl(orgId, id)}/observations`, { method: 'POST', body });
}

export function useRecordObservation(orgId: string, id: string) {
  return useExerciseChange(orgId, (body: ObservationBody) => recordObservation(orgId, id, body));
}

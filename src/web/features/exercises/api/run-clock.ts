// POST /api/v1/orgs/:orgId/exercises/:id/start and /stop: starts or stops the exercise clock at the
// server's now, against the exercise's version.
import type { ExerciseDetail } from '../../../../contract/exercises';
import { apiRequest } from '../../../lib/api-client';
import { useExerciseChange } from './get-exercise';
import { exerciseUrl } from './paths';

export type ClockMove = 'start' | 'stop';

export function runClock(orgId: string, id: string, move: ClockMove, version: number) {
  return apiRequest<ExerciseDetail>(`${exerciseUrl(orgId, id)}/${move}`, { method: 'POST', body: { version } });
}

export function useRunClock(orgId: string, id: string) {
  return useExerciseChange(orgId, ({ move, version }: { move: ClockMove; version: number }) => runClock(orgId, id, move, version));
}

// POST /api/v1/orgs/:orgId/exercises/:id/injects/:injectId/release: the facilitator hands an inject
// to the players now.
import type { ExerciseDetail } from '../../../../contract/exercises';
import { apiRequest, segment } from '../../../lib/api-client';
import { useExerciseChange } from './get-exercise';
import { exerciseUrl } from './paths';

export function releaseInject(orgId: string, id: string, injectId: string, version: number) {
  return apiRequest<ExerciseDetail>(`${exerciseUrl(orgId, id)}/injects/${segment(injectId)}/release`, { method: 'POST', body: { version } });
}

export function useReleaseInject(orgId: string, id: string) {
  return useExerciseChange(orgId, ({ injectId, version }: { injectId: string; version: number }) => releaseInject(orgId, id, injectId, version));
}

// POST /api/v1/orgs/:orgId/exercises/:id/findings: what the exercise showed was slow or went wrong,
// with its bottleneck, severity, the decision point it concerns and the actions it leads to.
import type { ExerciseDetail, FindingBody } from '../../../../contract/exercises';
import { apiRequest } from '../../../lib/api-client';
import { useExerciseChange } from './get-exercise';
import { exerciseUrl } from './paths';

export type { FindingBody };

export function recordFinding(orgId: string, id: string, body: FindingBody) {
  return apiRequest<ExerciseDetail>(`${exerciseUrl(orgId, id)}/findings`, { method: 'POST', body });
}

export function useRecordFinding(orgId: string, id: string) {
  return useExerciseChange(orgId, (body: FindingBody) => recordFinding(orgId, id, body));
}

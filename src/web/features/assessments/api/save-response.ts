// PATCH /api/v1/orgs/:orgId/assessments/:id/outcomes/:ref: saves an answer against the version it was
// read at. Someone else saving first is a 409 whose problem carries their answer (see staleChangeOf).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, isApiError } from '../../../lib/api-client';
import type { ResponseChangeBody, ResponseView } from '../../../../contract/assessments';
import { assessmentsQueryKey, outcomeUrl } from './paths';

export type { ResponseChangeBody };

export function saveResponse(orgId: string, assessmentId: string, ref: string, change: ResponseChangeBody) {
  return apiRequest<ResponseView>(outcomeUrl(orgId, assessmentId, ref), { method: 'PATCH', body: change });
}

export function useSaveResponse(orgId: string, assessmentId: string, ref: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: ResponseChangeBody) => saveResponse(orgId, assessmentId, ref, change),
    // The workspace, the list's progress and status all follow from one answer.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assessmentsQueryKey(orgId) }),
  });
}

/** What someone else saved first, read from a 409 stale-change problem. */
export interface StaleChange {
  current: ResponseView;
  changedBy: string | null;
  changedAt: string;
  detail: string;
}

export function staleChangeOf(error: unknown): StaleChange | null {
  if (!isApiError(error) || error.status !== 409 || !error.type.endsWith('stale-change')) return null;
  const { current, changedBy, changedAt } = error.extensions;
  if (typeof current !== 'object' || current === null) return null;
  return {
    current: current as ResponseView,
    changedBy: typeof changedBy === 'string' ? changedBy : null,
    changedAt: typeof changedAt === 'string' ? changedAt : '',
    detail: error.detail,
  };
}

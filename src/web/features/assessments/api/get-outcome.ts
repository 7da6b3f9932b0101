// GET /api/v1/orgs/:orgId/assessments/:id/outcomes/:ref: one outcome with its response, indicators,
// suggestions, last year's answer, the levels in words and the outcomes either side.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { OutcomeDetail, Suggestion } from '../../../../contract/assessments';
import { assessmentsQueryKey, outcomeUrl } from './paths';

export type { OutcomeDetail, Suggestion };

export function getOutcome(orgId: string, assessmentId: string, ref: string, signal?: AbortSignal) {
  return apiRequest<OutcomeDetail>(outcomeUrl(orgId, assessmentId, ref), signal ? { signal } : {});
}

export function outcomeQueryOptions(orgId: string, assessmentId: string, ref: string) {
  return queryOptions({
    queryKey: [...assessmentsQueryKey(orgId), assessmentId, 'outcomes', ref] as const,
    queryFn: ({ signal }) => getOutcome(orgId, assessmentId, ref, signal),
  });
}

export function useOutcome(orgId: string, assessmentId: string, ref: string) {
  return useQuery(outcomeQueryOptions(orgId, assessmentId, ref));
}

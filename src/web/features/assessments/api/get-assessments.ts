// GET /api/v1/orgs/:orgId/assessments: the organisation's assessments with progress, status and days left.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { AssessmentSummary } from '../../../../contract/assessments';
import { assessmentsQueryKey, assessmentsUrl } from './paths';

export type { AssessmentSummary };

export function getAssessments(orgId: string, signal?: AbortSignal) {
  return apiRequest<{ assessments: AssessmentSummary[] }>(assessmentsUrl(orgId), signal ? { signal } : {});
}

export function assessmentsQueryOptions(orgId: string) {
  return queryOptions({
    queryKey: [...assessmentsQueryKey(orgId), 'list'] as const,
    queryFn: ({ signal }) => getAssessments(orgId, signal),
  });
}

export function useAssessments(orgId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...assessmentsQueryOptions(orgId), ...options });
}

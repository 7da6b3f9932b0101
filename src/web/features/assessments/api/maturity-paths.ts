// Where an organisation's assessments live in the API, and the query keys that hold them: everything
// about one assessment sits under ['orgs', orgId, 'assessments', id], so one invalidation refreshes it.
import { segment } from '../../../lib/api-client';
import { orgQueryKey } from '../../../lib/current-org';

export function assessmentsKey(orgId: string) {
  return [...orgQueryKey(orgId), 'assessments'] as const;
}

export function assessmentKey(orgId: string, assessmentId: string) {
  return [...assessmentsKey(orgId), assessmentId] as const;
}

export function assessmentUrl(orgId: string, assessmentId: string): string {
  return `/api/v1/orgs/${segment(orgId)}/assessments/${segment(assessmentId)}`;
}

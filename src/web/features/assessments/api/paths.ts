// Where the assessments API lives, one place for every call in this feature. Identifiers are
// encoded as path segments so they can never change the path's shape.
import { segment } from '../../../lib/api-client';
import { orgQueryKey } from '../../../lib/current-org';

export const assessmentsUrl = (orgId: string) => `/api/v1/orgs/${segment(orgId)}/assessments`;
export const assessmentUrl = (orgId: string, assessmentId: string) => `${assessmentsUrl(orgId)}/${segment(assessmentId)}`;
export const outcomeUrl = (orgId: string, assessmentId: string, ref: string) => `${assessmentUrl(orgId, assessmentId)}/outcomes/${segment(ref)}`;
export const evidenceLibraryUrl = (orgId: string) => `/api/v1/orgs/${segment(orgId)}/evidence`;

/** Every query about an organisation's assessments starts here, so a saved answer refreshes them all. */
export const assessmentsQueryKey = (orgId: string) => [...orgQueryKey(orgId), 'assessments'] as const;

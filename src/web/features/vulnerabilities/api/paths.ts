// Where an organisation's vulnerability API lives, and the query keys its answers are cached under.
// Identifiers are encoded so they can never change a path's shape.
import { segment } from '../../../lib/api-client';
import { orgQueryKey } from '../../../lib/current-org';

export const orgPath = (orgId: string) => `/api/v1/orgs/${segment(orgId)}`;
export const findingsPath = (orgId: string) => `${orgPath(orgId)}/vulnerability-findings`;
export const findingPath = (orgId: string, findingId: string) => `${findingsPath(orgId)}/${segment(findingId)}`;
export const exposurePath = (orgId: string) => `${orgPath(orgId)}/vulnerability-exposure`;
export const deadlinesPath = (orgId: string) => `${orgPath(orgId)}/remediation-deadlines`;
export const endOfSupportPath = (orgId: string) => `${orgPath(orgId)}/end-of-support`;

/** Every query about an organisation's findings starts here: a saved deadline or end-of-support row refreshes them all. */
export const vulnerabilitiesQueryKey = (orgId: string) => [...orgQueryKey(orgId), 'vulnerabilities'] as const;

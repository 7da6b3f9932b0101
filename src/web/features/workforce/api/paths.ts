// Where the staff register's, training's and directory's APIs live, and the query keys their answers
// are cached under (each under the organisation, so one invalidation refreshes them all).
import { segment } from '../../../lib/api-client';
import { orgQueryKey } from '../../../lib/current-org';

const orgPath = (orgId: string) => `/api/v1/orgs/${segment(orgId)}`;
export const staffPath = (orgId: string) => `${orgPath(orgId)}/staff`;
export const personPath = (orgId: string, employeeNumber: string) => `${staffPath(orgId)}/${segment(employeeNumber)}`;
export const staffChangesPath = (orgId: string) => `${staffPath(orgId)}/changes`;
export const compliancePath = (orgId: string) => `${orgPath(orgId)}/training/compliance`;
export const unmatchedPath = (orgId: string) => `${orgPath(orgId)}/training/unmatched`;
export const findingsPath = (orgId: string) => `${orgPath(orgId)}/directory/findings`;
export const accountsPath = (orgId: string) => `${orgPath(orgId)}/directory/accounts`;
export const directoriesPath = (orgId: string) => `${orgPath(orgId)}/directory/directories`;

/** A path with the query's non-empty values, in the order given. */
export function withQuery(path: string, query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(name, String(value));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export const staffQueryKey = (orgId: string) => [...orgQueryKey(orgId), 'staff'] as const;
export const trainingQueryKey = (orgId: string) => [...orgQueryKey(orgId), 'training'] as const;
export const directoryQueryKey = (orgId: string) => [...orgQueryKey(orgId), 'directory'] as const;

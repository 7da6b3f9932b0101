// Where the alert-triage API lives, and the query keys its answers are cached under. Identifiers are
// encoded so they can never change a path's shape.
import { segment } from '../../../lib/api-client';
import { orgQueryKey } from '../../../lib/current-org';

export const orgPath = (orgId: string) => `/api/v1/orgs/${segment(orgId)}`;
export const reportPath = (orgId: string) => `${orgPath(orgId)}/alert-report`;
export const settingsPath = (orgId: string) => `${orgPath(orgId)}/alert-settings`;
export const actionsPath = (orgId: string) => `${orgPath(orgId)}/alert-actions`;
export const actionPath = (orgId: string, id: string) => `${actionsPath(orgId)}/${segment(id)}`;
export const importPath = (orgId: string) => `${orgPath(orgId)}/imports/alerts`;
export const runsPath = (orgId: string) => `${orgPath(orgId)}/imports?kind=alerts`;
export const mappingsPath = (orgId: string) => `${orgPath(orgId)}/import-mappings?kind=alerts`;

/** The rows a skip-invalid run left out, as CSV (the server sends it as an attachment: a plain link saves it). */
export const rejectsUrl = (orgId: string, runId: string) => `${orgPath(orgId)}/imports/${segment(runId)}/rejects`;

/** Every query about an organisation's alerts starts here: an import or a new action refreshes them all. */
export const alertsQueryKey = (orgId: string) => [...orgQueryKey(orgId), 'alerts'] as const;

// Where the incident metrics, benchmarks, settings and a person's notifications live in the API, and
// the query keys they are cached under.
import { segment } from '../../../lib/api-client';
import { orgQueryKey } from '../../../lib/current-org';
import { meQueryKey } from '../../../lib/session';

export const orgPath = (orgId: string) => `/api/v1/orgs/${segment(orgId)}`;
export const metricsPath = (orgId: string) => `${orgPath(orgId)}/incident-metrics`;
export const benchmarksPath = (orgId: string) => `${orgPath(orgId)}/incident-benchmarks`;
export const settingsPath = (orgId: string) => `${orgPath(orgId)}/incident-settings`;
export const notificationsPath = '/api/v1/me/notifications';

/**
 * Under the organisation's incidents, so that whatever refreshes the register (a recorded milestone)
 * refreshes the metrics too.
 */
export const incidentsQueryKey = (orgId: string) => [...orgQueryKey(orgId), 'incidents'] as const;

/** The signed-in person's own notifications: not about one organisation, and forgotten on sign-out. */
export const notificationsQueryKey = [...meQueryKey, 'notifications'] as const;

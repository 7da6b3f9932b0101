// Where the incidents API lives, one place for every call in this feature, and the one way to
// refresh what depends on a change. Identifiers are encoded so they can never change a path's shape.
import type { QueryClient } from '@tanstack/react-query';
import { segment } from '../../../lib/api-client';
import { orgQueryKey } from '../../../lib/current-org';

export const incidentsUrl = (orgId: string) => `/api/v1/orgs/${segment(orgId)}/incidents`;
export const incidentUrl = (orgId: string, id: string) => `${incidentsUrl(orgId)}/${segment(id)}`;

/** The register as a file (the server sends it as an attachment, so a plain link saves it). */
export const exportUrl = (orgId: string, format: 'csv' | 'xlsx') => `${incidentsUrl(orgId)}/export?format=${format}`;

/** The post-incident report as a PDF attachment. */
export const reportUrl = (orgId: string, id: string) => `${incidentUrl(orgId, id)}/report`;

/** Every query about an organisation's incidents starts here. */
export const incidentsQueryKey = (orgId: string) => [...orgQueryKey(orgId), 'incidents'] as const;

/** A change refreshes the register, the incident, the metrics and the audit trail that recorded it. */
export function refreshIncidents(queryClient: QueryClient, orgId: string) {
  return queryClient.invalidateQueries({ queryKey: orgQueryKey(orgId) });
}

// Addresses of this feature's pages, and of the pages beside it that it links to.
const org = (orgId: string) => `/orgs/${encodeURIComponent(orgId)}`;

export const registerPage = (orgId: string, query = '') => `${org(orgId)}/incidents${query ? `?${query}` : ''}`;
export const boardPage = (orgId: string) => `${org(orgId)}/incidents/board`;
export const newIncidentPage = (orgId: string) => `${org(orgId)}/incidents/new`;
export const incidentPage = (orgId: string, id: string) => `${org(orgId)}/incidents/${encodeURIComponent(id)}`;
export const metricsPage = (orgId: string) => `${org(orgId)}/incidents/metrics`;
export const evidencePage = (orgId: string, evidenceId: string) => `${org(orgId)}/evidence/${encodeURIComponent(evidenceId)}`;

// Addresses of this feature's pages, and of the access review a finding starts.
const org = (orgId: string) => `/orgs/${encodeURIComponent(orgId)}`;
const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path);

export const staffPage = (orgId: string, query = '') => withQuery(`${org(orgId)}/staff`, query);
export const staffChangesPage = (orgId: string) => `${org(orgId)}/staff/changes`;
export const personPage = (orgId: string, employeeNumber: string) => `${org(orgId)}/staff/${encodeURIComponent(employeeNumber)}`;
export const trainingPage = (orgId: string, query = '') => withQuery(`${org(orgId)}/training`, query);
export const unmatchedPage = (orgId: string, query = '') => withQuery(`${org(orgId)}/training/unmatched`, query);
export const findingsPage = (orgId: string, query = '') => withQuery(`${org(orgId)}/directory/findings`, query);
export const accountsPage = (orgId: string, query = '') => withQuery(`${org(orgId)}/directory/accounts`, query);
export const reviewsPage = (orgId: string) => `${org(orgId)}/reviews`;
export const newReviewPage = (orgId: string, finding: string) => `${org(orgId)}/reviews/new?finding=${encodeURIComponent(finding)}`;

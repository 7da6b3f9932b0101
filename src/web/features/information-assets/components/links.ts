// Addresses of this feature's pages.
const org = (orgId: string) => `/orgs/${encodeURIComponent(orgId)}`;

export const registerPage = (orgId: string, query = '') => `${org(orgId)}/assets${query ? `?${query}` : ''}`;
export const flagsPage = (orgId: string) => `${org(orgId)}/assets/flags`;
export const newAssetPage = (orgId: string) => `${org(orgId)}/assets/new`;
export const assetPage = (orgId: string, id: string) => `${org(orgId)}/assets/${encodeURIComponent(id)}`;
export const changeAssetPage = (orgId: string, id: string) => `${assetPage(orgId, id)}/change`;
export const suppliersPage = (orgId: string) => `${org(orgId)}/suppliers`;
export const newSupplierPage = (orgId: string) => `${org(orgId)}/suppliers/new`;
export const supplierPage = (orgId: string, id: string) => `${org(orgId)}/suppliers/${encodeURIComponent(id)}`;
export const changeSupplierPage = (orgId: string, id: string) => `${supplierPage(orgId, id)}/change`;

/** The page of a flag's subject, an asset or a supplier. */
export const subjectPage = (orgId: string, subject: { kind: 'asset' | 'supplier'; id: string }) => (subject.kind === 'asset' ? assetPage(orgId, subject.id) : supplierPage(orgId, subject.id));

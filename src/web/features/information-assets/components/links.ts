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

export const registerActionsPage = (orgId: string) => `${org(orgId)}/assets/actions`;
export const flowsPage = (orgId: string, query = '') => `${org(orgId)}/data-flows${query ? `?${query}` : ''}`;
export const flowMapPage = (orgId: string, query = '') => `${org(orgId)}/data-flows/map${query ? `?${query}` : ''}`;
export const newFlowPage = (orgId: string) => `${org(orgId)}/data-flows/new`;
export const flowPage = (orgId: string, id: string) => `${org(orgId)}/data-flows/${encodeURIComponent(id)}`;
export const changeFlowPage = (orgId: string, id: string) => `${flowPage(orgId, id)}/change`;
export const ropaPage = (orgId: string, query = '') => `${org(orgId)}/ropa${query ? `?${query}` : ''}`;
export const changeRopaDetailsPage = (orgId: string) => `${org(orgId)}/ropa/details/change`;

export const dpiasPage = (orgId: string, query = '') => `${org(orgId)}/dpias${query ? `?${query}` : ''}`;
export const newDpiaPage = (orgId: string) => `${org(orgId)}/dpias/new`;
export const dpiaPage = (orgId: string, id: string) => `${org(orgId)}/dpias/${encodeURIComponent(id)}`;
/** A DPIA's steps, each a page of its own: its details, the screening, the risks, what it covers, the DPO's advice and the sign-off. */
export const DPIA_STEPS = ['change', 'screening', 'risks', 'links', 'advice', 'sign-off'] as const;
export type DpiaStep = (typeof DPIA_STEPS)[number];
export const dpiaStepPage = (orgId: string, id: string, step: DpiaStep) => `${dpiaPage(orgId, id)}/${step}`;

const SUBJECT_PAGES = { asset: assetPage, supplier: supplierPage, flow: flowPage, dpia: dpiaPage };

/** The page of a flag's subject: an asset, a supplier, a data flow or a DPIA. */
export const subjectPage = (orgId: string, subject: { kind: keyof typeof SUBJECT_PAGES; id: string }) => SUBJECT_PAGES[subject.kind](orgId, subject.id);

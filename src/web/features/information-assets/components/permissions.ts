// What the register's pages ask the organisation's permissions for, in one place: the policy actions
// the information-assets module declares, and who holds them, in words for the pages that refuse.
export const ASSET_PERMISSIONS = {
  readAssets: 'asset.read',
  manageAssets: 'asset.manage',
  readSuppliers: 'supplier.read',
  manageSuppliers: 'supplier.manage',
  readFlows: 'flow.read',
  manageFlows: 'flow.manage',
  readRopa: 'ropa.read',
  manageRopa: 'ropa.manage',
  readDpias: 'dpia.read',
  manageDpias: 'dpia.manage',
  adviseDpias: 'dpia.advise',
  signOffDpias: 'dpia.sign-off',
} as const;

export const READ_REFUSED =
  'Only the organisation’s administrators, SIRO, DPO, Caldicott Guardian, IG lead, head of cyber security, security analysts, Information Asset Owners and auditors may see its information assets and suppliers.';
export const MANAGE_REFUSED = 'Only the organisation’s administrators, SIRO, DPO, IG lead, head of cyber security and Information Asset Owners may add and change information assets and suppliers.';
export const MANAGE_FLOWS_REFUSED = 'Only the organisation’s administrators, SIRO, DPO, IG lead, head of cyber security and Information Asset Owners may add and change data flows.';
export const MANAGE_ROPA_REFUSED = 'Only the organisation’s DPO, IG lead, administrators and SIRO may change the controller’s and DPO’s details in the record of processing.';
export const MANAGE_DPIAS_REFUSED = 'Only the organisation’s administrators, SIRO, DPO, IG lead, head of cyber security and Information Asset Owners may start DPIAs and change them.';
export const READ_DPIAS_REFUSED =
  'Only the organisation’s administrators, SIRO, DPO, Caldicott Guardian, IG lead, head of cyber security, security analysts, Information Asset Owners and auditors may see its DPIAs.';
export const ADVISE_DPIAS_REFUSED = 'Only the organisation’s Data Protection Officer gives the DPO’s advice on a DPIA. You can read the advice here once it has been given.';
export const SIGN_OFF_DPIAS_REFUSED =
  'Only the organisation’s SIRO, an Information Asset Owner or its administrator signs a DPIA off: those who own the information risk decide. You can read the outcome on the DPIA’s page once it has been signed off.';

// Who may see and keep the information asset register and the suppliers. The register shows where
// the Trust's data is and which systems are weak, so it stays with the people who answer for it;
// Information Asset Owners keep it up to date, as the DSPT expects of them.
import { allow } from '../../platform/policy/policy.js';

const READERS = ['org-admin', 'siro', 'dpo', 'caldicott-guardian', 'ig-lead', 'security-lead', 'security-analyst', 'information-asset-owner', 'auditor'] as const;
const KEEPERS = ['org-admin', 'siro', 'dpo', 'ig-lead', 'security-lead', 'information-asset-owner'] as const;

allow(
  'asset.read',
  'The organisation’s administrators, SIRO, DPO, Caldicott Guardian, IG lead, head of cyber security, security analysts, Information Asset Owners and auditors may see its information assets and their risk flags. Staff and oversight bodies may not: the register shows which systems are weak.',
  ({ principal, org }) => principal.hasRole(org!, ...READERS),
);
allow(
  'asset.manage',
  'The organisation’s administrators, SIRO, DPO, IG lead, head of cyber security and Information Asset Owners may add, change and archive information assets; those among them who bring files in may import them.',
  ({ principal, org }) => principal.hasRole(org!, ...KEEPERS),
);
allow(
  'supplier.read',
  'Those who may see the information assets may see the suppliers they depend on, with their contracts, DSPT status and certifications.',
  ({ principal, org }) => principal.hasRole(org!, ...READERS),
);
allow(
  'supplier.manage',
  'Those who may keep the information assets may add, change and remove suppliers; those among them who bring files in may import them.',
  ({ principal, org }) => principal.hasRole(org!, ...KEEPERS),
);
allow(
  'flow.read',
  'Those who may see the information assets may see the data flows between them and other organisations, with their legal bases and flags: the Caldicott Guardian and the DPO among them.',
  ({ principal, org }) => principal.hasRole(org!, ...READERS),
);
allow(
  'flow.manage',
  'Those who may keep the information assets may add, change and archive data flows; those among them who bring files in may import them.',
  ({ principal, org }) => principal.hasRole(org!, ...KEEPERS),
);
allow(
  'ropa.read',
  'Those who may see the information assets may see the record of processing built from them and its exports: the DPO, SIRO and Caldicott Guardian among them.',
  ({ principal, org }) => principal.hasRole(org!, ...READERS),
);
allow(
  'ropa.manage',
  'The organisation’s DPO, IG lead, administrators and SIRO may change the controller’s and DPO’s details the record of processing carries.',
  ({ principal, org }) => principal.hasRole(org!, 'dpo', 'ig-lead', 'org-admin', 'siro'),
);

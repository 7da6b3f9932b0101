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

// DPIAs: read and kept by those who read and keep the register. The DPO advises (UK GDPR Art 35(2));
// the decision to go ahead belongs to those who own the risk: the SIRO, the Information Asset Owner,
// or the organisation's administrator where one person holds the roles. The DPO advises and does not
// sign off their own advice, unless they also hold one of those roles.
allow(
  'dpia.read',
  'Those who may see the information assets may see the data protection impact assessments, their risks, the DPO’s advice and the sign-off.',
  ({ principal, org }) => principal.hasRole(org!, ...READERS),
);
allow(
  'dpia.manage',
  'Those who may keep the information assets may start DPIAs and change their screening, assessment, risks and the assets and data flows they cover.',
  ({ principal, org }) => principal.hasRole(org!, ...KEEPERS),
);
allow('dpia.advise', 'The organisation’s Data Protection Officer gives the DPO’s advice on a DPIA.', ({ principal, org }) => principal.hasRole(org!, 'dpo'));
allow(
  'dpia.sign-off',
  'The organisation’s SIRO, an Information Asset Owner or its administrator signs a DPIA off, once the DPO has advised: those who own the information risk decide.',
  ({ principal, org }) => principal.hasRole(org!, 'siro', 'information-asset-owner', 'org-admin'),
);

// Who may see and keep the evidence library. Evidence can show how to attack a Trust (penetration test
// reports, network diagrams, backup logs), so it stays with the people of that Trust.
import { allow } from '../../platform/policy/policy.js';

allow(
  'evidence.read',
  'Anyone with a role in the organisation, auditors included, may see and download its evidence. ICS and national oversight may not, nor may system administrators without a role there: evidence can show how to attack the Trust, and oversight sees assessment results instead.',
  ({ principal, org }) => principal.hasAnyRole(org!),
);
allow(
  'evidence.manage',
  'Only the organisation’s administrators, SIRO, DPO, Caldicott Guardian, IG lead, security lead, security analysts and Information Asset Owners may add, change or archive evidence. Staff, line managers and auditors may not: evidence stands behind what the Trust declares in its assessments.',
  ({ principal, org }) =>
    principal.hasRole(org!, 'org-admin', 'siro', 'dpo', 'caldicott-guardian', 'ig-lead', 'security-lead', 'security-analyst', 'information-asset-owner'),
);

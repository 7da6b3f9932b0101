// Who may read and keep the cyber alerts register. It says which of the organisation's systems an
// attack is aimed at, so it stays with those who read its vulnerability findings; the response is
// the security people's work, and the organisation's administrators'.
import { allow } from '../../platform/policy/policy.js';

const READERS = ['org-admin', 'siro', 'dpo', 'caldicott-guardian', 'ig-lead', 'security-lead', 'security-analyst', 'information-asset-owner', 'auditor'] as const;

allow(
  'cyber-alert.read',
  'Those who may read the organisation’s vulnerability findings (its administrators, SIRO, DPO, Caldicott Guardian, IG lead, head of cyber security, security analysts, Information Asset Owners and auditors) may read its cyber alerts register.',
  ({ principal, org }) => principal.hasRole(org!, ...READERS),
);
allow(
  'cyber-alert.manage',
  'The organisation’s administrators, head of cyber security and security analysts record cyber alerts and the response to them.',
  ({ principal, org }) => principal.hasRole(org!, 'org-admin', 'security-lead', 'security-analyst'),
);

// Who may see and keep the directory accounts. They show who holds privileged access and which
// accounts are unwatched, a map an attacker would value, so they stay with the organisation's
// administrators, SIRO, security people and auditors; IG leads and DPOs read the staff register and
// the leavers' figures in assessments, not the accounts. ICS and national oversight do not see them.
import { allow } from '../../platform/policy/policy.js';

const READERS = ['org-admin', 'siro', 'security-lead', 'security-analyst', 'auditor'] as const;

allow(
  'directory.read',
  'The organisation’s administrators, SIRO, head of cyber security, security analysts and auditors may read its directory accounts and their findings.',
  ({ principal, org }) => principal.hasRole(org!, ...READERS),
);
allow(
  'directory.manage',
  'Only the organisation’s administrators and head of cyber security may change the directory settings (kinds of account, privileged groups, dormancy) and directories.',
  ({ principal, org }) => principal.hasRole(org!, 'org-admin', 'security-lead'),
);
allow(
  'directory.import',
  'Only the organisation’s administrators and head of cyber security may import directory exports.',
  ({ principal, org }) => principal.hasRole(org!, 'org-admin', 'security-lead'),
);

// Who may see and keep training compliance. The report names people who are overdue and their line
// managers, so it goes to those who may read the staff register it is built on. Line managers are
// left out: they need their own team only, and nothing yet ties a sign-in account to an employee
// number, so their team cannot be told apart. ICS and national oversight do not see it.
import { allow } from '../../platform/policy/policy.js';

const READERS = ['org-admin', 'siro', 'dpo', 'ig-lead', 'security-lead', 'auditor'] as const;
const KEEPERS = ['org-admin', 'ig-lead', 'security-lead'] as const;

allow(
  'training.read',
  'The organisation’s administrators, SIRO, Data Protection Officer, IG lead, head of cyber security and auditors may read its training compliance, courses and settings.',
  ({ principal, org }) => principal.hasRole(org!, ...READERS),
);
allow(
  'training.manage',
  'Only the organisation’s administrators, IG lead and head of cyber security may change its training courses and settings.',
  ({ principal, org }) => principal.hasRole(org!, ...KEEPERS),
);
allow(
  'training.import',
  'Only the organisation’s administrators, IG lead and head of cyber security may import e-learning completions.',
  ({ principal, org }) => principal.hasRole(org!, ...KEEPERS),
);

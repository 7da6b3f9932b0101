// Who may see and bring in the staff register. It names every member of staff with their post, so it
// stays with the people who answer for information governance and security and with auditors. Line
// managers are left out for now: they need their own team, not the whole register, and although the
// register knows each person's line manager by employee number, nothing ties a sign-in account to
// one. ICS and national oversight do not see it.
import { allow } from '../../platform/policy/policy.js';

const READERS = ['org-admin', 'siro', 'dpo', 'ig-lead', 'security-lead', 'auditor'] as const;

allow(
  'staff.read',
  'The organisation’s administrators, SIRO, Data Protection Officer, IG lead, head of cyber security and auditors may read its staff register and its joiners, movers and leavers.',
  ({ principal, org }) => principal.hasRole(org!, ...READERS),
);
allow(
  'staff.import',
  'Only the organisation’s administrators, IG lead and head of cyber security may import ESR staff extracts.',
  ({ principal, org }) => principal.hasRole(org!, 'org-admin', 'ig-lead', 'security-lead'),
);

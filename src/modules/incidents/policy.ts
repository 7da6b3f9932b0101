// Who may see and keep the incident register. Incidents hold details of breaches and of weaknesses,
// so they stay with the people of the organisation who deal with them; oversight above sees the
// response-time metrics (counts and durations, no details), never the incidents themselves.
import { allow } from '../../platform/policy/policy.js';

const READERS = ['org-admin', 'siro', 'security-lead', 'security-analyst', 'ig-lead', 'dpo', 'caldicott-guardian', 'auditor'] as const;

allow(
  'incident.read',
  'The organisation’s administrators, SIRO, head of cyber security, security analysts, IG lead, DPO, Caldicott Guardian and auditors may see its incidents. Staff, line managers and oversight bodies may not: an incident can name people and show how to attack the Trust.',
  ({ principal, org }) => principal.hasRole(org!, ...READERS),
);
allow(
  'incident.manage',
  'Only the organisation’s administrators, SIRO, head of cyber security, security analysts, IG lead and DPO may record incidents, their timelines, notifications and lessons learned.',
  ({ principal, org }) => principal.hasRole(org!, 'org-admin', 'siro', 'security-lead', 'security-analyst', 'ig-lead', 'dpo'),
);
allow(
  'incident.configure',
  'Only the organisation’s administrators, SIRO, head of cyber security and IG lead may set the response targets and the DHSC and NHS England reporting threshold.',
  ({ principal, org }) => principal.hasRole(org!, 'org-admin', 'siro', 'security-lead', 'ig-lead'),
);
allow(
  'incident.metrics',
  'Those who may see the incidents may see their response-time metrics; so may ICS and national oversight, which see counts and durations but no incident.',
  ({ principal, org }) => principal.hasRole(org!, ...READERS) || principal.oversees(org!),
);

// Who may see and run exercises of the incident response plan. An exercise shows how the Trust would
// respond and where it is slow, so, like incidents, it stays with the people who deal with them;
// oversight above sees the comparison over time (counts and minutes), never the exercises themselves.
import { allow } from '../../platform/policy/policy.js';

const READERS = ['org-admin', 'siro', 'security-lead', 'security-analyst', 'ig-lead', 'dpo', 'caldicott-guardian', 'auditor'] as const;

allow(
  'exercise.read',
  'The organisation’s administrators, SIRO, head of cyber security, security analysts, IG lead, DPO, Caldicott Guardian and auditors may see its exercises. Staff, line managers and oversight bodies may not: an exercise shows where the response is weak.',
  ({ principal, org }) => principal.hasRole(org!, ...READERS),
);
allow(
  'exercise.manage',
  'Those who may record incidents may plan and run exercises and record their findings and actions: the organisation’s administrators, SIRO, head of cyber security, security analysts, IG lead and DPO.',
  ({ principal, org }) => principal.hasRole(org!, 'org-admin', 'siro', 'security-lead', 'security-analyst', 'ig-lead', 'dpo'),
);
allow(
  'exercise.compare',
  'Those who may see the exercises may compare them over time; so may ICS and national oversight, which see counts and minutes but no exercise’s detail.',
  ({ principal, org }) => principal.hasRole(org!, ...READERS) || principal.oversees(org!),
);

// Who may see and keep the alert history. Alerts name analysts (their load and speed are figures about
// people) and show which detections are weak, so they stay with the organisation's security people and
// auditors; ICS and national oversight do not see them. Bringing files in stays with those who bring
// in every other kind of file (see imports/policy.ts): analysts work the alerts, not the imports.
import { allow } from '../../platform/policy/policy.js';

const READERS = ['org-admin', 'siro', 'security-lead', 'security-analyst', 'auditor'] as const;

allow(
  'alert.read',
  'The organisation’s administrators, SIRO, head of cyber security, security analysts and auditors may read its alert-triage analytics, findings and actions.',
  ({ principal, org }) => principal.hasRole(org!, ...READERS),
);
allow(
  'alert.import',
  'Only the organisation’s administrators and head of cyber security may import alert histories.',
  ({ principal, org }) => principal.hasRole(org!, 'org-admin', 'security-lead'),
);
allow(
  'alert.manage',
  'Only the organisation’s administrators, SIRO, head of cyber security and security analysts may set triage targets and turn findings into actions.',
  ({ principal, org }) => principal.hasRole(org!, 'org-admin', 'siro', 'security-lead', 'security-analyst'),
);

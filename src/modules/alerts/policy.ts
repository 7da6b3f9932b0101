// Who may see and keep the alert history. Alerts name analysts and show which detections are weak,
// so they stay with the organisation's security people; ICS oversight sees the report's figures (they
// name rules and analysts by what the Trust calls them, as its own report does) but never imports.
import { allow } from '../../platform/policy/policy.js';

const READERS = ['org-admin', 'siro', 'security-lead', 'security-analyst', 'auditor'] as const;

allow(
  'alert.read',
  'The organisation’s administrators, SIRO, head of cyber security, security analysts and auditors may read its alert-triage analytics, findings and actions.',
  ({ principal, org }) => principal.hasRole(org!, ...READERS),
);
allow(
  'alert.import',
  'Only the organisation’s administrators, head of cyber security and security analysts may import alert histories.',
  ({ principal, org }) => principal.hasRole(org!, 'org-admin', 'security-lead', 'security-analyst'),
);
allow(
  'alert.manage',
  'Only the organisation’s administrators, SIRO, head of cyber security and security analysts may set triage targets and turn findings into actions.',
  ({ principal, org }) => principal.hasRole(org!, 'org-admin', 'siro', 'security-lead', 'security-analyst'),
);

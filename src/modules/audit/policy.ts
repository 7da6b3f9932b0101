// Who may read and verify the audit trail.
import { allow } from '../../platform/policy/policy.js';

allow(
  'audit.read',
  'Administrators, the SIRO and auditors may read the organisation’s audit trail; so may auditors and administrators of an ICS above.',
  ({ principal, org }) =>
    principal.isSystemAdmin || principal.hasRole(org!, 'org-admin', 'siro', 'auditor') || principal.oversees(org!, 'org-admin', 'auditor'),
);
allow('audit.verify', 'Only system administrators may verify the whole audit trail.', ({ principal }) => principal.isSystemAdmin, {
  inOrg: false,
});

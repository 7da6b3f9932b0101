// Who may see and manage the people in an organisation.
import { allow } from '../../platform/policy/policy.js';

allow('me.read', 'Everyone who is signed in may see their own account and login sessions.', () => true, { inOrg: false });
allow('me.update', 'Everyone who is signed in may change their own password and end their own sessions.', () => true, { inOrg: false, viaToken: false });
allow(
  'member.read',
  'Administrators, the SIRO and auditors may see who holds which role; so may administrators and auditors of an ICS above.',
  ({ principal, org }) =>
    principal.isSystemAdmin || principal.hasRole(org!, 'org-admin', 'siro', 'auditor') || principal.oversees(org!, 'org-admin', 'auditor'),
);
allow(
  'member.manage',
  'Only the organisation’s administrators may add people, change their roles or deactivate them.',
  ({ principal, org }) => principal.isSystemAdmin || principal.hasRole(org!, 'org-admin'),
);
allow(
  'role.grant-system-admin',
  'Only system administrators may make someone a system administrator.',
  ({ principal }) => principal.isSystemAdmin,
  { inOrg: false, viaToken: false },
);

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
// What follows changes who can sign in as whom, or hands out power: a leaked API token, or a password
// without its second factor, must never be enough to take over an account or make an administrator.
allow(
  'member.credentials',
  'Only the organisation’s administrators may set or reset a person’s password or second factors (an initial password, an invitation or password-reset link, a second-factor reset), and only from a session where they gave their own second factor — never with an API token.',
  ({ principal, org }) => principal.isSystemAdmin || principal.hasRole(org!, 'org-admin'),
  { secondFactor: true },
);
allow(
  'role.grant-privileged',
  'Only the organisation’s administrators may make someone an organisation administrator, SIRO or head of cyber security, and only from a session where they gave their own second factor — never with an API token.',
  ({ principal, org }) => principal.isSystemAdmin || principal.hasRole(org!, 'org-admin'),
  { secondFactor: true },
);
allow(
  'role.grant-system-admin',
  'Only system administrators may make someone a system administrator, from a session where they gave their own second factor.',
  ({ principal }) => principal.isSystemAdmin,
  { inOrg: false, secondFactor: true },
);

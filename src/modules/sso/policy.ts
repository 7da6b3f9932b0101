// Who may connect an organisation to its identity provider. Signing in through one is public (it is
// how a person gets a session) and needs no rule here.
import { allow } from '../../platform/policy/policy.js';

allow(
  'sso.manage',
  'Only the organisation’s administrators may set up single sign-on for it, from a session where they gave their second factor.',
  ({ principal, org }) => principal.isSystemAdmin || principal.hasRole(org!, 'org-admin'),
  // A leaked token (or a password alone) must not be able to point sign-in at an identity provider of
  // its choosing, or map a directory group to an administrator's role.
  { secondFactor: true },
);

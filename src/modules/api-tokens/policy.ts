// Who may create and revoke API tokens. Tokens can never manage tokens: a leaked token must not be
// able to mint more. A service token can carry an administrator's roles, so making one also needs a
// session that gave its second factor.
import { allow } from '../../platform/policy/policy.js';

allow('token.manage-own', 'Everyone who is signed in may create and revoke their own personal API tokens.', () => true, { inOrg: false, viaToken: false });
allow(
  'token.manage',
  'Only the organisation’s administrators may create and revoke its service and SCIM tokens, from a session where they gave their second factor.',
  ({ principal, org }) => principal.isSystemAdmin || principal.hasRole(org!, 'org-admin'),
  { secondFactor: true },
);

// Who may create and revoke API tokens. Tokens can never manage tokens: a leaked token must not be
// able to mint more.
import { allow } from '../../platform/policy/policy.js';

allow('token.manage-own', 'Everyone who is signed in may create and revoke their own personal API tokens.', () => true, { inOrg: false, viaToken: false });
allow(
  'token.manage',
  'Only the organisation’s administrators may create and revoke its service and SCIM tokens.',
  ({ principal, org }) => principal.isSystemAdmin || principal.hasRole(org!, 'org-admin'),
  { viaToken: false },
);

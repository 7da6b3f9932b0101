// Who may manage second factors. Everything here is out of reach of API tokens.
import { allow } from '../../platform/policy/policy.js';

allow('mfa.manage', 'Everyone who is signed in may set up and remove their own second factors.', () => true, { inOrg: false, viaToken: false });
allow('auth.second-factor', 'A person who has given their password may give their second factor.', () => true, { inOrg: false, viaToken: false });
allow(
  'mfa.policy',
  'Only the organisation’s administrators may say who must use a second factor there, from a session where they gave their own second factor.',
  ({ principal, org }) => principal.isSystemAdmin || principal.hasRole(org!, 'org-admin'),
  { secondFactor: true },
);

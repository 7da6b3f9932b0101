// Who may provision accounts through SCIM: only a SCIM token, which an organisation's administrator
// creates, and only into that organisation (the service confines every query to it).
import { allow } from '../../platform/policy/policy.js';

allow(
  'scim.provision',
  'Only an organisation’s SCIM provisioning token may create, change and de-provision its people and groups, and only in that organisation.',
  ({ principal }) => principal.credential.kind === 'token' && principal.credential.tokenKind === 'scim',
  { inOrg: false },
);

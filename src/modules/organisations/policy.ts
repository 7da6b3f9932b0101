// Who may see and shape the organisation tree.
import { allow } from '../../platform/policy/policy.js';

allow(
  'organisation.read',
  'Anyone with a role in the organisation, or above it in an ICS or national body, may see it.',
  ({ principal, org }) => principal.isSystemAdmin || principal.hasAnyRole(org!) || principal.oversees(org!),
);
allow(
  'organisation.update',
  'Only the organisation’s administrators may change its details.',
  ({ principal, org }) => principal.isSystemAdmin || principal.hasRole(org!, 'org-admin'),
);
allow(
  'organisation.create-child',
  'Only the organisation’s administrators may add organisations, sites or departments below it.',
  ({ principal, org }) => principal.isSystemAdmin || principal.hasRole(org!, 'org-admin'),
);
allow(
  'organisation.create-root',
  'Only system administrators may add an organisation at the top of the tree.',
  ({ principal }) => principal.isSystemAdmin,
  { inOrg: false },
);
allow(
  'organisation.import',
  'Only the organisation’s administrators may import organisations, sites or departments below it.',
  ({ principal, org }) => principal.isSystemAdmin || principal.hasRole(org!, 'org-admin'),
);

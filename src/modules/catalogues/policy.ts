// Who may read and change framework catalogues. They are reference data, not any organisation's records;
// an organisation's own expected levels and status labels for one are its records.
import { allow } from '../../platform/policy/policy.js';

allow('catalogue.read', 'Anyone signed in may read the framework catalogues and crosswalks: they are reference data.', () => true, { inOrg: false });
allow(
  'catalogue.manage',
  'Only system administrators may import catalogues, crosswalks and profiles, or remove imported ones: they apply to every organisation here.',
  ({ principal }) => principal.isSystemAdmin,
  { inOrg: false },
);
allow(
  'catalogue.org-read',
  'Anyone with a role in the organisation, or above it in an ICS or national body, may see its expected levels.',
  ({ principal, org }) => principal.isSystemAdmin || principal.hasAnyRole(org!) || principal.oversees(org!),
);
allow(
  'catalogue.org-configure',
  'Only the organisation’s administrators, security lead, IG lead or SIRO may set its expected levels and status labels.',
  ({ principal, org }) => principal.isSystemAdmin || principal.hasRole(org!, 'org-admin', 'security-lead', 'ig-lead', 'siro'),
);

// Who may read and change framework catalogues. They are reference data, not any organisation's records.
import { allow } from '../../platform/policy/policy.js';

allow('catalogue.read', 'Anyone signed in may read the framework catalogues and crosswalks: they are reference data.', () => true, { inOrg: false });
allow(
  'catalogue.manage',
  'Only system administrators may import catalogues, crosswalks and profiles, or remove imported ones: they apply to every organisation here.',
  ({ principal }) => principal.isSystemAdmin,
  { inOrg: false },
);

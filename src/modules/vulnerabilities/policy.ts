// Who may read and import the known-exploited vulnerabilities catalogue. It is public reference data
// held once for the whole installation, not any organisation's records.
import { allow } from '../../platform/policy/policy.js';

allow('vulnerability.read', 'Anyone signed in may read the known exploited vulnerabilities catalogue: it is public reference data.', () => true, { inOrg: false });
allow(
  'vulnerability.import',
  'Only system administrators may import the known exploited vulnerabilities catalogue: it is held once for every organisation here.',
  ({ principal }) => principal.isSystemAdmin,
  { inOrg: false },
);

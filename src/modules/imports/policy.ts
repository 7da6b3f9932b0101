// Who may run imports, read their runs and keep column mappings. Running one kind of import also
// needs that kind's own action (organisation.import, say), checked when the kind is known.
import { allow } from '../../platform/policy/policy.js';
import type { Role } from '../../platform/policy/roles.js';

/** The people who bring files into Bulwark for an organisation. */
const IMPORTERS: Role[] = ['org-admin', 'security-lead', 'ig-lead'];

allow(
  'import.run',
  'Organisation administrators, heads of cyber security and IG leads bring files in, each only the kinds their role allows.',
  ({ principal, org }) => principal.isSystemAdmin || principal.hasRole(org!, ...IMPORTERS),
);
allow(
  'import.read',
  'Those who bring files in, and auditors, may see what was imported, when and by whom.',
  ({ principal, org }) => principal.isSystemAdmin || principal.hasRole(org!, ...IMPORTERS, 'auditor'),
);
allow(
  'import.mapping',
  'Those who bring files in keep the column mappings their files need.',
  ({ principal, org }) => principal.isSystemAdmin || principal.hasRole(org!, ...IMPORTERS),
);

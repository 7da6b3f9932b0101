// Who may read and import vulnerability information. The known-exploited catalogue is public
// reference data held once for the whole installation, not any organisation's records. Scanner
// findings are the organisation's own: they say which systems are weak, so they stay with those who
// read the information asset register, and only its administrators and head of cyber security bring
// scans in. ICS and national oversight do not see them.
import { allow } from '../../platform/policy/policy.js';

allow('vulnerability.read', 'Anyone signed in may read the known exploited vulnerabilities catalogue: it is public reference data.', () => true, { inOrg: false });
allow(
  'vulnerability.import',
  'Only system administrators may import the known exploited vulnerabilities catalogue: it is held once for every organisation here.',
  ({ principal }) => principal.isSystemAdmin,
  { inOrg: false },
);

const FINDING_READERS = ['org-admin', 'siro', 'dpo', 'caldicott-guardian', 'ig-lead', 'security-lead', 'security-analyst', 'information-asset-owner', 'auditor'] as const;

allow(
  'finding.read',
  'Those who may see the information assets (the organisation’s administrators, SIRO, DPO, Caldicott Guardian, IG lead, head of cyber security, security analysts, Information Asset Owners and auditors) may read its vulnerability findings: they show which systems are weak.',
  ({ principal, org }) => principal.hasRole(org!, ...FINDING_READERS),
);
allow(
  'finding.import',
  'Only the organisation’s administrators and head of cyber security may import vulnerability scans.',
  ({ principal, org }) => principal.hasRole(org!, 'org-admin', 'security-lead'),
);
allow(
  'finding.manage',
  'The organisation’s administrators and head of cyber security set its remediation deadlines and its end-of-support table.',
  ({ principal, org }) => principal.hasRole(org!, 'org-admin', 'security-lead'),
);

// Who may do what with assessments. Everyone with a role in the organisation may read them, and ICS
// and national oversight may too; the leads run them; contributors answer, staff answer only the
// outcomes assigned to them; an auditor records an independent review and changes nothing else.
import { allow } from '../../platform/policy/policy.js';

allow(
  'assessment.read',
  'Anyone with a role in the organisation, or overseeing it from an ICS or national body, may read its assessments.',
  ({ principal, org }) => principal.isSystemAdmin || principal.hasAnyRole(org!) || principal.oversees(org!),
);
allow(
  'assessment.manage',
  'Only the organisation’s administrators, SIRO, IG lead, DPO and head of cyber security may start, scope, submit and archive assessments.',
  ({ principal, org }) => principal.isSystemAdmin || principal.hasRole(org!, 'org-admin', 'siro', 'ig-lead', 'dpo', 'security-lead'),
);
allow(
  'assessment.respond',
  'Anyone with a role in the organisation except an auditor may answer the outcomes assigned to them.',
  ({ principal, org }) => principal.isSystemAdmin || [...principal.rolesAt(org!)].some((role) => role !== 'auditor'),
);
allow(
  'assessment.respond-any',
  'The leads, the Caldicott Guardian and security analysts may answer any outcome, assigned to them or not.',
  ({ principal, org }) => principal.isSystemAdmin || principal.hasRole(org!, 'org-admin', 'siro', 'ig-lead', 'dpo', 'security-lead', 'caldicott-guardian', 'security-analyst'),
);
allow(
  'assessment.agree',
  'Only the leads may mark an outcome agreed.',
  ({ principal, org }) => principal.isSystemAdmin || principal.hasRole(org!, 'org-admin', 'siro', 'ig-lead', 'dpo', 'security-lead'),
);
allow(
  'assessment.review',
  'Only an auditor of the organisation records the independent review: their own level per outcome and an overall opinion.',
  ({ principal, org }) => principal.hasRole(org!, 'auditor'),
);

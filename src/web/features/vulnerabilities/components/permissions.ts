// What the vulnerability pages ask the organisation's permissions for, in one place: the policy
// actions the vulnerabilities module declares.
export const FINDING_PERMISSIONS = {
  /** The dashboard, the findings, the deadlines and the end-of-support table. */
  read: 'finding.read',
  /** Changing the deadlines and the end-of-support table. */
  manage: 'finding.manage',
} as const;

export const READ_REFUSED =
  'The organisation’s administrators, SIRO, DPO, Caldicott Guardian, IG lead, head of cyber security, security analysts, Information Asset Owners and auditors may see its vulnerability findings.';
export const MANAGE_REFUSED = 'Only the organisation’s administrators and head of cyber security may change these.';

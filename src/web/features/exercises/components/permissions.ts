// Who may see exercises, in the words of the pages that refuse everyone else.
export const READ_REFUSED =
  'Only the organisation’s administrators, SIRO, DPO, Caldicott Guardian, IG lead, security team and auditors may see its exercises of the incident response plan.';
export const MANAGE_REFUSED = 'Only the organisation’s administrators, SIRO, DPO, IG lead and security team may plan and run exercises.';
export const COMPARE_REFUSED = 'Only those who may see the organisation’s exercises, and the ICS and national oversight above it, may compare its exercises over time.';

// Who may see exercises, in the words of the pages that refuse everyone else.
export const READ_REFUSED =
  'Only the organisation’s administrators, SIRO, DPO, IG lead, security team and auditors may see its exercises of the incident response plan.';
export const MANAGE_REFUSED = 'Only the organisation’s administrators, SIRO, IG lead and security team may plan and run exercises.';

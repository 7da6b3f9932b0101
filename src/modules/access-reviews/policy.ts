// Who may do what with access reviews. Anyone with a role in the organisation may read and decide, but
// the service shows and lets them decide only the items they review: a line manager, an Information
// Asset Owner or a named person is a reviewer by the campaign, not by a role. Campaign owners (the
// administrators and the head of cyber security) run campaigns and see everything; auditors read
// everything. ICS and national oversight do not see them: they name who holds which access.
import type { OrgRef, Principal } from '../../platform/policy/principal.js';
import { allow } from '../../platform/policy/policy.js';

const OWNERS = ['org-admin', 'security-lead'] as const;

allow(
  'review.read',
  'Anyone with a role in the organisation may read access reviews: campaign owners (administrators, head of cyber security) and auditors see every item, everyone else only the items they review.',
  ({ principal, org }) => principal.hasAnyRole(org!),
);
allow(
  'review.manage',
  'Only the organisation’s administrators and head of cyber security may set up, start and close access-review campaigns, send reminders and close their actions.',
  ({ principal, org }) => principal.hasRole(org!, ...OWNERS),
);
allow(
  'review.decide',
  'Anyone with a role in the organisation may decide an access-review item they are the reviewer of; the item itself says who that is.',
  ({ principal, org }) => principal.hasAnyRole(org!),
);

/** Whether the person sees every item of the organisation's campaigns rather than only their own. */
export function seesEveryItem(principal: Principal, org: OrgRef): boolean {
  return principal.hasRole(org, ...OWNERS, 'auditor');
}

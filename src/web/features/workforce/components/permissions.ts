// What the people pages ask the organisation's permissions for, in one place, and who holds them, in
// words for the pages that refuse.
import type { Organisation } from '../../../lib/current-org';
export const WORKFORCE_PERMISSIONS = {
  readStaff: 'staff.read',
  readTraining: 'training.read',
  readDirectory: 'directory.read',
  readReviews: 'review.read',
  /**
   * Starting an access review from a finding: `review.manage` where the API gives review permissions;
   * before access reviews exist, whoever may change the directory's settings.
   */
  startReview: ['review.manage', 'directory.manage'],
} as const;

export const STAFF_REFUSED = 'Only the organisation’s administrators, SIRO, Data Protection Officer, IG lead, head of cyber security and auditors may see its staff register.';
export const TRAINING_REFUSED = 'Only the organisation’s administrators, SIRO, Data Protection Officer, IG lead, head of cyber security and auditors may see its training compliance.';
export const DIRECTORY_REFUSED = 'Only the organisation’s administrators, SIRO, head of cyber security, security analysts and auditors may see its directory accounts and their findings.';

/** Whether the person may start an access review from a finding (see WORKFORCE_PERMISSIONS.startReview). */
export function mayStartReview(organisation: Pick<Organisation, 'permissions'>): boolean {
  const [reviews, directory] = WORKFORCE_PERMISSIONS.startReview;
  const held = organisation.permissions;
  if (held.includes(reviews)) return true;
  // Once the API gives any review permission, reviews exist and only review.manage starts one.
  if (held.some((permission) => permission.startsWith('review.'))) return false;
  return held.includes(directory);
}

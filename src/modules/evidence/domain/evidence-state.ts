// Whether a piece of evidence can be relied on today. Its dates are UK calendar dates: it is valid
// from the start of its valid-from day and expires at the end of its expiry day, London time.
import { daysBetween, ukDateOf } from '../../../platform/as-of.js';

export const EVIDENCE_STATES = ['current', 'expiring', 'expired', 'review-due', 'not-yet-valid'] as const;
export type EvidenceState = (typeof EVIDENCE_STATES)[number];

export interface EvidenceDates {
  validFrom: string | null;
  expiresOn: string | null;
  reviewOn: string | null;
}

/**
 * Expired outranks everything; then not yet valid; then expiring within the window (the expiry day
 * itself included); then a review date reached. Otherwise current.
 */
export function evidenceState(item: EvidenceDates, asOf: Date, expiringWithinDays = 30): EvidenceState {
  const today = ukDateOf(asOf);
  if (item.expiresOn !== null && item.expiresOn < today) return 'expired';
  if (item.validFrom !== null && item.validFrom > today) return 'not-yet-valid';
  if (item.expiresOn !== null && daysBetween(today, item.expiresOn) <= expiringWithinDays) return 'expiring';
  if (item.reviewOn !== null && item.reviewOn <= today) return 'review-due';
  return 'current';
}

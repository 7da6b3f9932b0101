// Whether a piece of evidence can be relied on today. Its dates are UK calendar dates: it is valid
// from the start of its valid-from day and expires at the end of its expiry day, London time.
export const EVIDENCE_STATES = ['current', 'expiring', 'expired', 'review-due', 'not-yet-valid'] as const;
export type EvidenceState = (typeof EVIDENCE_STATES)[number];

export interface EvidenceDates {
  validFrom: string | null;
  expiresOn: string | null;
  reviewOn: string | null;
}

const LONDON_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date in the UK at this instant, YYYY-MM-DD. */
export function ukDate(at: Date): string {
  return LONDON_DAY.format(at);
}

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Expired outranks everything; then not yet valid; then expiring within the window (the expiry day
 * itself included); then a review date reached. Otherwise current.
 */
export function evidenceState(item: EvidenceDates, asOf: Date, expiringWithinDays = 30): EvidenceState {
  const today = ukDate(asOf);
  if (item.expiresOn !== null && item.expiresOn < today) return 'expired';
  if (item.validFrom !== null && item.validFrom > today) return 'not-yet-valid';
  if (item.expiresOn !== null && daysBetween(today, item.expiresOn) <= expiringWithinDays) return 'expiring';
  if (item.reviewOn !== null && item.reviewOn <= today) return 'review-due';
  return 'current';
}

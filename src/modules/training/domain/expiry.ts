// When a completion stops counting, and whether a person is in date on a day. Dates are calendar
// dates (YYYY-MM-DD), compared as text; the day is given, never read from a clock. Pure.

/**
 * A calendar date some months later (or earlier, for a negative count). A day the later month does
 * not have becomes its last day: 31 January + 1 month is 28 (or 29) February, and 29 February 2024
 * + 12 months is 28 February 2025, never a day in March.
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}


/**
 * The last day a completion counts: the expiry date the file gives, if any; else the completion date
 * plus the course's validity; null when neither says (a course that never expires).
 */
export function expiryOf(completion: { completedOn: string; expiresOn: string | null }, validityMonths: number | null): string | null {
  if (completion.expiresOn) return completion.expiresOn;
  return validityMonths === null ? null : addMonths(completion.completedOn, validityMonths);
}

export interface DatedCompletion {
  completedOn: string;
  /** The last day it counts, worked out with expiryOf; null: never expires. */
  expiresOn: string | null;
}

/**
 * The completion that decides: the latest done on or before the day (one done after it had not
 * happened yet); of two on the same day, the one that lasts longer.
 */
export function latestOn<C extends DatedCompletion>(completions: readonly C[], day: string): C | null {
  let best: C | null = null;
  for (const c of completions) {
    if (c.completedOn > day) continue;
    if (!best || c.completedOn > best.completedOn || (c.completedOn === best.completedOn && lastsLonger(c, best))) best = c;
  }
  return best;
}

function lastsLonger(a: DatedCompletion, b: DatedCompletion): boolean {
  if (a.expiresOn === null) return b.expiresOn !== null;
  return b.expiresOn !== null && a.expiresOn > b.expiresOn;
}

/** In date on the day when the latest completion's expiry is on or after it (the expiry day itself still counts). */
export function awarenessStateOn(completions: readonly DatedCompletion[], day: string): { state: 'in-date' | 'expired' | 'never'; latest: DatedCompletion | null } {
  const latest = latestOn(completions, day);
  if (!latest) return { state: 'never', latest };
  return { state: latest.expiresOn === null || latest.expiresOn >= day ? 'in-date' : 'expired', latest };
}

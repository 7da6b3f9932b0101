// The period the triage report covers, as UK calendar days: by default the 90 days to today, as the
// API's own default.
const UK_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
const DAY_IN_WORDS = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

export const DEFAULT_DAYS = 90;

/** The day `days` before a YYYY-MM-DD day, counted on the calendar (no clock change can shift it). */
export function daysBefore(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
}

/** The 90 UK days to the one `now` falls in, both ends included. */
export function defaultPeriod(now: Date = new Date()): { from: string; to: string } {
  const to = UK_DAY.format(now);
  return { from: daysBefore(to, DEFAULT_DAYS - 1), to };
}

/** "5 December 2026" from "2026-12-05"; an instant is taken as its UK day; anything else as given. */
export function dayWords(dayOrInstant: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(dayOrInstant) ? dayOrInstant : ukDayOf(dayOrInstant);
  if (!day) return dayOrInstant;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return DAY_IN_WORDS.format(new Date(Date.UTC(y, m - 1, d)));
}

function ukDayOf(instant: string): string | null {
  const at = new Date(instant);
  return Number.isNaN(at.getTime()) ? null : UK_DAY.format(at);
}

// The period the metrics cover, as UK calendar days: by default the twelve months to today.
const LONDON_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in the UK as YYYY-MM-DD. */
export function londonToday(now: Date = new Date()): string {
  return LONDON_DAY.format(now);
}

/** The same calendar day a year before, the day after it, so that the period is twelve whole months. */
export function twelveMonthsBefore(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  // A 29 February a year back is the 28th (the month's last day), so the period starts on 1 March.
  const lastOfMonth = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
  const start = new Date(Date.UTC(y - 1, m - 1, Math.min(d, lastOfMonth) + 1));
  return start.toISOString().slice(0, 10);
}

export function defaultPeriod(now: Date = new Date()): { from: string; to: string } {
  const to = londonToday(now);
  return { from: twelveMonthsBefore(to), to };
}

/** "5 December 2026" from "2026-12-05", without passing through a time zone. */
export function dayWords(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const [, y, m, d] = match;
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${Number(d)} ${months[Number(m) - 1] ?? m} ${y}`;
}

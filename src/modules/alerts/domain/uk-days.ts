// UK calendar days as instants: where each day starts in Europe/London, worked out once per day so
// that placing a million alerts in their day costs a division and a comparison, not a date call each.
// A day is 23 hours long when the clocks go forward in March and 25 when they go back in October.

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const UK_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

const ukDateOf = (ms: number) => UK_DATE.format(new Date(ms));

/** Midnight in London on a calendar date: 00:00 UTC in winter, 23:00 UTC the evening before in summer. */
export function ukMidnight(date: string): number {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  // The clocks change at 01:00 UTC, so midnight is never skipped nor repeated: one of the two is it.
  return ukDateOf(utcMidnight - HOUR_MS) === date ? utcMidnight - HOUR_MS : utcMidnight;
}

export interface UkDays {
  /** YYYY-MM-DD of each day. */
  days: string[];
  /** Where each day starts, and after the last where it ends: days.length + 1 instants. */
  starts: Float64Array;
  /** The index of the day an instant falls on, or -1 outside them. */
  indexOf(ms: number): number;
}

/** The UK days from the one holding `fromMs` to the one holding the last instant before `endMs`. */
export function ukDaysBetween(fromMs: number, endMs: number): UkDays {
  const days: string[] = [];
  if (endMs > fromMs) {
    const last = ukDateOf(endMs - 1);
    // Noon UTC steps one calendar day at a time whatever the clocks do.
    for (let day = ukDateOf(fromMs); day <= last; day = new Date(Date.parse(`${day}T12:00:00Z`) + DAY_MS).toISOString().slice(0, 10)) {
      days.push(day);
    }
  }
  const starts = new Float64Array(days.length + 1);
  days.forEach((day, i) => (starts[i] = ukMidnight(day)));
  if (days.length) {
    const next = new Date(Date.parse(`${days[days.length - 1]}T12:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
    starts[days.length] = ukMidnight(next);
  }
  const count = days.length;
  const first = count ? starts[0]! : 0;
  const end = count ? starts[count]! : 0;
  return {
    days,
    starts,
    indexOf(ms: number): number {
      if (ms < first || ms >= end) return -1;
      // A guess from 24-hour days is off by at most one: day starts never drift more than an hour
      // from 24-hour steps, as each change of the clocks is undone by the next.
      let i = Math.floor((ms - first) / DAY_MS);
      if (i >= count) i = count - 1;
      while (ms < starts[i]!) i -= 1;
      while (ms >= starts[i + 1]!) i += 1;
      return i;
    },
  };
}

// The instant a computation treats as "now". Everything that depends on the date (what is overdue,
// what has expired, how long something has been open) takes one, so a result can be reproduced for
// a given day: the CLI's --as-of and the API's asOf set it, and it defaults to the real clock.
import { ValidationFailed } from './errors.js';
import { parseDateTime } from './imports/dates.js';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
// An instant must say where it is on the clock: Z or an offset. A wall time alone would depend on
// the server's time zone.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A full instant with its offset, or null; 31 February is refused rather than rolled into March. */
function instantFrom(value: string): Date | null {
  if (!INSTANT.test(value)) return null;
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const written = new Date(Date.UTC(y, m - 1, d));
  const at = new Date(value);
  return written.getUTCMonth() === m - 1 && written.getUTCDate() === d && !Number.isNaN(at.getTime()) ? at : null;
}

/**
 * Reads an as-of value: a full instant with its offset (`2026-12-05T09:00:00Z`), or a date
 * (`2026-12-05`), which means the end of that day in the UK — so what happened that day counts.
 */
export function parseAsOf(text: string, field = 'asOf'): Date {
  const value = text.trim();
  const date = DATE_ONLY.exec(value);
  if (date) {
    const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const noon = new Date(Date.UTC(y, m - 1, d, 12));
    if (noon.getUTCFullYear() !== y || noon.getUTCMonth() !== m - 1 || noon.getUTCDate() !== d) {
      throw new ValidationFailed(`${value} is not a date.`, [{ field, message: `${value} is not a date in the calendar.`, value }]);
    }
    // The last millisecond of the day in London: midnight starting the next day there, less 1 ms.
    const next = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
    const midnight = parseDateTime(`${next} 00:00`, 'YYYY-MM-DD HH:mm');
    if (!midnight.ok) throw new Error(midnight.reason);
    return new Date(new Date(midnight.value).getTime() - 1);
  }
  const at = instantFrom(value);
  if (at) return at;
  throw new ValidationFailed(`${value} is not an as-of date or instant.`, [
    { field, message: 'Give a date (2026-12-05, meaning the end of that day) or an instant with its offset (2026-12-05T09:00:00Z).', value },
  ]);
}

/**
 * Reads the start of a period: a date (`2026-12-05`) means the first instant of that day in the UK
 * (the end of the day before, plus a millisecond: counted from the day before rather than back 24
 * hours, because the days the clocks change are 23 and 25 hours long); an instant is as given.
 */
export function parsePeriodStart(text: string, field = 'from'): Date {
  const value = text.trim();
  const date = DATE_ONLY.exec(value);
  if (!date) return parseAsOf(value, field);
  parseAsOf(value, field); // refuses a date not in the calendar, naming it
  const dayBefore = new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]) - 1)).toISOString().slice(0, 10);
  return new Date(parseAsOf(dayBefore, field).getTime() + 1);
}

/**
 * Reads an instant that must say where it is on the clock (`2026-12-05T09:00:00Z`, `…+01:00`): when
 * something happened. A date alone, or a wall time without its offset, is refused rather than guessed.
 */
export function parseInstant(text: string, field: string): Date {
  const value = text.trim();
  const at = instantFrom(value);
  if (at) return at;
  throw new ValidationFailed(`${value} is not a date and time with its offset.`, [
    { field, message: 'Give a date and time with its offset from UTC, such as 2026-12-05T09:00:00Z or 2026-07-01T10:30:00+01:00.', value },
  ]);
}

/** The as-of instant asked for, or the real clock's now. */
export function asOfOrNow(text: string | undefined | null, now: () => Date = () => new Date()): Date {
  return text === undefined || text === null || text === '' ? now() : parseAsOf(text);
}

const UK_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The UK calendar date (YYYY-MM-DD) an instant falls on: what "today" is for due dates and expiry. */
export function ukDateOf(instant: Date): string {
  return UK_DATE.format(instant);
}

/** Whole days from one calendar date to another (negative when `to` is earlier); clock changes do not count. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The calendar date `days` after `date` (both YYYY-MM-DD; negative days go back); clock changes do not count. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

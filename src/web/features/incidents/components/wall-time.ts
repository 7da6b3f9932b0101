// A UK date and clock time as people type them (the time on the wall in London) to the instant it
// names, with its offset, and back. London is on GMT in winter and BST (UTC+1) in summer, so the
// same "14:30" is a different instant either side of the clock change.
const LONDON = 'Europe/London';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// "14:30", "9:05", "14.30": the hour and minute on a 24-hour clock.
const TIME = /^(\d{1,2})[:.](\d{2})$/;

export type WallTimeResult = { ok: true; instant: string } | { ok: false; field: 'date' | 'time'; message: string };

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

function londonParts(at: number): { year: number; month: number; day: number; hour: number; minute: number } {
  const parts = wallClock.formatToParts(new Date(at));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

/** Minutes London is ahead of UTC at an instant: 0 (GMT) or 60 (BST). */
function londonOffsetMinutes(at: number): number {
  const p = londonParts(at);
  return Math.round((Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - Math.floor(at / 60_000) * 60_000) / 60_000);
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const whole = Math.abs(minutes);
  return `${sign}${String(Math.floor(whole / 60)).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}`;
}

/**
 * The instant a UK wall time names, written with London's offset then ("2026-06-01T14:30:00+01:00").
 * When the clocks go back an hour repeats (01:00–01:59 on the last Sunday of October): the earlier of
 * the two is taken, so a notification clock started from it never runs later than it should. When
 * they go forward an hour is skipped (01:00–01:59 on the last Sunday of March): such a time never
 * showed on a UK clock, and is refused.
 */
export function londonWallTimeToInstant(dateText: string, timeText: string): WallTimeResult {
  const date = DATE.exec(dateText.trim());
  if (!date) return { ok: false, field: 'date', message: 'Enter the date as day, month and year' };
  const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (calendar.getUTCFullYear() !== year || calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) {
    return { ok: false, field: 'date', message: 'Enter a real date' };
  }
  const time = TIME.exec(timeText.trim());
  if (!time) return { ok: false, field: 'time', message: 'Enter the time on the 24-hour clock, for example 14:30' };
  const [hour, minute] = [Number(time[1]), Number(time[2])];
  if (hour > 23 || minute > 59) return { ok: false, field: 'time', message: 'Enter a real time, from 00:00 to 23:59' };

  const asIfUtc = Date.UTC(year, month - 1, day, hour, minute);
  // Try BST first (the earlier instant), then GMT: the first offset that London really had then wins.
  for (const offset of [60, 0]) {
    const instant = asIfUtc - offset * 60_000;
    if (londonOffsetMinutes(instant) === offset) {
      const wall = `${dateText.trim()}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00`;
      return { ok: true, instant: `${wall}${offsetText(offset)}` };
    }
  }
  return { ok: false, field: 'time', message: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')} did not happen on that day in the UK: the clocks went forward an hour` };
}

/** An instant as the UK date and time its wall clock showed, for filling a form: { date: '2026-06-01', time: '14:30' }. */
export function instantToLondonWallTime(instant: string | Date): { date: string; time: string } {
  const at = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  const p = londonParts(at);
  const two = (n: number) => String(n).padStart(2, '0');
  return { date: `${p.year}-${two(p.month)}-${two(p.day)}`, time: `${two(p.hour)}:${two(p.minute)}` };
}

/**
 * The instant a form's date and time name, for the field `field` of a request. Both blank is no
 * instant (the moment is not known yet) unless `required`; otherwise the problem is named for the
 * date or the time, saying which moment (`what`: "it was detected").
 */
export function instantFromForm(
  value: { date: string; time: string },
  field: string,
  what: string,
  required = false,
): { instant: string | null; problems: Array<{ field: string; message: string }> } {
  const date = value.date.trim();
  const time = value.time.trim();
  if (!date && !time && !required) return { instant: null, problems: [] };
  if (!date) return { instant: null, problems: [{ field: `${field}Date`, message: `Enter the date ${what}` }] };
  if (!time) return { instant: null, problems: [{ field: `${field}Time`, message: `Enter the time ${what}` }] };
  const result = londonWallTimeToInstant(date, time);
  if (result.ok) return { instant: result.instant, problems: [] };
  return { instant: null, problems: [{ field: `${field}${result.field === 'date' ? 'Date' : 'Time'}`, message: result.message }] };
}

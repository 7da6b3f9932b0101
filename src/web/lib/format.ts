// Times are stored as UTC instants and always shown in UK time, whatever the browser's zone.
const LONDON = 'Europe/London';

const dateTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

const dateOnly = new Intl.DateTimeFormat('en-GB', { timeZone: LONDON, day: 'numeric', month: 'long', year: 'numeric' });

function parse(instant: string | null | undefined): Date | null {
  if (!instant) return null;
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "3 March 2025 at 14:05" in UK time; `fallback` when there is no instant. */
export function formatDateTime(instant: string | null | undefined, fallback = 'Never'): string {
  const date = parse(instant);
  if (!date) return fallback;
  const parts = dateTime.formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('day')} ${get('month')} ${get('year')} at ${get('hour')}:${get('minute')}`;
}

export function formatDate(instant: string | null | undefined, fallback = ''): string {
  const date = parse(instant);
  return date ? dateOnly.format(date) : fallback;
}

/** The machine-readable form for a <time dateTime> attribute. */
export function isoInstant(instant: string | null | undefined): string | undefined {
  return parse(instant)?.toISOString();
}

/**
 * The UTC instant at which a UK calendar day (YYYY-MM-DD) begins, allowing for British Summer Time,
 * so that "from 1 June" means midnight in London rather than midnight UTC.
 */
export function startOfLondonDay(day: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const utcMidnight = Date.UTC(y, m - 1, d);
  // London is UTC or UTC+1: find the offset in force at that moment and step back by it.
  const offsetMinutes = londonOffsetMinutes(new Date(utcMidnight));
  return new Date(utcMidnight - offsetMinutes * 60_000).toISOString();
}

/** The instant the following UK day begins: the exclusive end of a "to" date. */
export function endOfLondonDay(day: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return startOfLondonDay(next.toISOString().slice(0, 10));
}

function londonOffsetMinutes(at: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: LONDON,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  const asIfUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asIfUtc - at.getTime()) / 60_000);
}

// The notification clocks. Each runs from the moment the organisation became aware of an incident to a
// deadline: 72 hours for the ICO (UK GDPR Article 33) and for a NIS incident, 12 hours for the report
// to senior management that the National Data Guardian's standards ask for. A clock warns once two
// thirds of its time has gone (48 of 72 hours) and stops when the notification is recorded.
import type { ClockState } from '../../../contract/incidents.js';

export const HOUR = 3_600_000;
export const REGULATOR_HOURS = 72;
export const SENIOR_HOURS = 12;
/** The share of the window after which a clock is "due soon": 48 of 72 hours. */
export const WARNING_SHARE = 2 / 3;

export interface ClockInput {
  required: boolean;
  /** Awareness, epoch ms; null when the incident has no detection yet. */
  startsAt: number | null;
  hours: number;
  /** The first matching notification, epoch ms. */
  notifiedAt: number | null;
  asOf: number;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function clockOf({ required, startsAt, hours, notifiedAt, asOf }: ClockInput): ClockState {
  if (!required) return { state: 'not-required', startsAt: iso(startsAt), dueAt: null, minutesLeft: null, notifiedAt: iso(notifiedAt) };
  if (startsAt === null) return { state: 'not-started', startsAt: null, dueAt: null, minutesLeft: null, notifiedAt: iso(notifiedAt) };
  const dueAt = startsAt + hours * HOUR;
  if (notifiedAt !== null) {
    return { state: notifiedAt <= dueAt ? 'met' : 'late', startsAt: iso(startsAt), dueAt: iso(dueAt), minutesLeft: null, notifiedAt: iso(notifiedAt) };
  }
  const minutesLeft = Math.floor((dueAt - asOf) / 60_000);
  const state = asOf > dueAt ? 'overdue' : asOf - startsAt >= hours * HOUR * WARNING_SHARE ? 'due-soon' : 'running';
  return { state, startsAt: iso(startsAt), dueAt: iso(dueAt), minutesLeft, notifiedAt: null };
}

/** How a clock reads in words: "31 h 12 min left", "overdue by 2 h 5 min". */
export function clockInWords(clock: ClockState): string {
  switch (clock.state) {
    case 'not-required':
      return 'Not required';
    case 'not-started':
      return 'Starts when the incident is detected';
    case 'met':
      return 'Notified in time';
    case 'late':
      return 'Notified after the deadline';
    default: {
      const m = Math.abs(clock.minutesLeft ?? 0);
      const text = `${Math.floor(m / 60)} h ${m % 60} min`;
      return clock.state === 'overdue' ? `Overdue by ${text}` : `${text} left`;
    }
  }
}

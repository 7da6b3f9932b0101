// The exercise clock, worked out in the browser between fetches: how long the exercise has run, read
// on the server's clock (the browser's may be minutes out), and where each decision point and inject
// stands at that moment. Pure: every function takes the instant it is asked about.
import type { DecisionPoint, DecisionState, Inject } from '../../../../contract/exercises';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** The share of a decision point's target window, at its end, in which it is due (the server's rule). */
export const DUE_SHARE = 0.2;

/**
 * How far the server's clock is ahead of the browser's: the answer's as-of instant against when the
 * browser received it. Adding it to the browser's now gives the server's now, so the elapsed time
 * shown agrees with the minutes the server stamps.
 */
export function clockOffsetMs(asOf: string, receivedAt: number): number {
  const server = Date.parse(asOf);
  return Number.isNaN(server) ? 0 : server - receivedAt;
}

/** Milliseconds run on the exercise's clock at `serverNow`: none before it starts, fixed once it stops. */
export function elapsedMs(clock: { startedAt: string | null; endedAt: string | null }, serverNow: number): number {
  if (!clock.startedAt) return 0;
  const started = Date.parse(clock.startedAt);
  const until = clock.endedAt ? Date.parse(clock.endedAt) : serverNow;
  return Math.max(0, until - started);
}

/** Whole minutes run, as the server counts them (rounded down). */
export function elapsedMinutes(ms: number): number {
  return Math.floor(ms / MINUTE);
}

const two = (n: number) => String(n).padStart(2, '0');

/** The clock face: "07:05" (minutes and seconds), "01:02:03" once past an hour. */
export function formatElapsed(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / SECOND);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return h > 0 ? `${two(h)}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

/** The same, spoken: "7 minutes 5 seconds", "1 hour 2 minutes 3 seconds". */
export function elapsedWords(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / SECOND);
  const parts: Array<[number, string]> = [
    [Math.floor(seconds / 3600), 'hour'],
    [Math.floor((seconds % 3600) / 60), 'minute'],
    [seconds % 60, 'second'],
  ];
  const said = parts.filter(([n], index) => n > 0 || (index === 2 && seconds === 0)).map(([n, unit]) => `${n} ${unit}${n === 1 ? '' : 's'}`);
  return said.join(' ');
}

/**
 * Where a decision point stands `ms` into a running exercise, by the server's rule. A reached one
 * keeps the server's met or late; an unreached one is pending, then due in the last fifth of its
 * target window, then overdue once past its target (to the millisecond).
 */
export function decisionStateAt(point: Pick<DecisionPoint, 'reachedAt' | 'targetMinutes' | 'state'>, ms: number, running: boolean): DecisionState {
  if (point.reachedAt || !running) return point.state;
  const target = point.targetMinutes * MINUTE;
  if (ms > target) return 'overdue';
  return ms >= target * (1 - DUE_SHARE) ? 'due' : 'pending';
}

/** An inject whose minute has come and that the facilitator has not yet released. */
export function injectDue(inject: Pick<Inject, 'atMinute' | 'releasedAt'>, minutes: number, running: boolean): boolean {
  return running && !inject.releasedAt && minutes >= inject.atMinute;
}

/**
 * The decision points that have just become overdue, between two readings of their states, so that
 * only that change is announced (never the ticking clock).
 */
export function newlyOverdue(before: ReadonlyMap<string, DecisionState>, after: ReadonlyArray<{ id: string; label: string; state: DecisionState }>): string[] {
  return after.filter((point) => point.state === 'overdue' && before.has(point.id) && before.get(point.id) !== 'overdue').map((point) => point.label);
}

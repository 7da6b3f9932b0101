// Where a decision point stands against its target, from the exercise clock alone. The rule:
//   reached            → met when it took no more whole minutes than the target, late when more;
//   not reached        → pending until the last 20% of the target window, due within it, overdue after;
//   clock not started  → pending.
// The clock stops at the end of the exercise: a point never reached in a completed exercise stays as
// the clock left it, and counts as missed in the exercise's summary. Times are epoch milliseconds.
import type { DecisionState } from '../../../contract/exercises.js';

const MINUTE = 60_000;

/** The share of the target window, at its end, in which a decision is due rather than pending. */
export const DUE_SHARE = 0.2;

/** Whole minutes from one instant to another, rounded down. */
export function wholeMinutes(from: number, to: number): number {
  return Math.floor((to - from) / MINUTE);
}

/** Minutes the clock has run as of an instant (stopping at the end); null before it starts. */
export function minutesElapsed(startedAt: number | null, endedAt: number | null, asOf: number): number | null {
  if (startedAt === null || asOf < startedAt) return null;
  return wholeMinutes(startedAt, Math.min(asOf, endedAt ?? asOf));
}

export interface DecisionTiming {
  startedAt: number | null;
  endedAt: number | null;
  targetMinutes: number;
  reachedAt: number | null;
  asOf: number;
}

export interface DecisionStanding {
  state: DecisionState;
  actualMinutes: number | null;
  /** Actual minus target; positive is late. */
  varianceMinutes: number | null;
}

export function decisionStanding(t: DecisionTiming): DecisionStanding {
  if (t.startedAt === null || t.asOf < t.startedAt) return { state: 'pending', actualMinutes: null, varianceMinutes: null };
  if (t.reachedAt !== null && t.reachedAt <= t.asOf) {
    const actual = wholeMinutes(t.startedAt, t.reachedAt);
    return { state: actual <= t.targetMinutes ? 'met' : 'late', actualMinutes: actual, varianceMinutes: actual - t.targetMinutes };
  }
  const elapsed = Math.min(t.asOf, t.endedAt ?? t.asOf) - t.startedAt;
  const target = t.targetMinutes * MINUTE;
  const state: DecisionState = elapsed > target ? 'overdue' : elapsed >= target * (1 - DUE_SHARE) ? 'due' : 'pending';
  return { state, actualMinutes: null, varianceMinutes: null };
}

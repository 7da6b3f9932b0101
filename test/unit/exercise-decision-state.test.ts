// Where a decision point stands against its target, from the exercise clock: the rule written out as rows.
import { describe, expect, it } from 'vitest';
import { decisionStanding, minutesElapsed, wholeMinutes } from '../../src/modules/exercises/domain/decision-state.js';

const M = 60_000;
const START = Date.parse('2026-04-20T09:00:00Z');
const at = (minutes: number) => START + minutes * M;

describe('decision point state', () => {
  it.each([
    ['before the clock starts', null, null, 30, null, at(100), 'pending', null, null],
    ['as of an instant before the start', START, null, 30, null, at(-5), 'pending', null, null],
    ['reached well inside the target', START, null, 30, at(10), at(60), 'met', 10, -20],
    ['reached exactly on the target', START, null, 30, at(30), at(60), 'met', 30, 0],
    ['reached 59 seconds past the target (whole minutes, rounded down)', START, null, 30, at(30) + 59_000, at(60), 'met', 30, 0],
    ['reached a minute past the target', START, null, 30, at(31), at(60), 'late', 31, 1],
    ['not reached, early in the window', START, null, 30, null, at(10), 'pending', null, null],
    ['not reached, just before the last 20% of the window', START, null, 30, null, at(24) - 1, 'pending', null, null],
    ['not reached, at the start of the last 20%', START, null, 30, null, at(24), 'due', null, null],
    ['not reached, on the target itself', START, null, 30, null, at(30), 'due', null, null],
    ['not reached, past the target', START, null, 30, null, at(30) + 1, 'overdue', null, null],
    ['a target of minute 0, at the start', START, null, 0, null, START, 'due', null, null],
    ['a target of minute 0, a moment later', START, null, 0, null, START + 1, 'overdue', null, null],
    ['reached after the as-of instant: not yet reached then', START, null, 30, at(20), at(15), 'pending', null, null],
    ['never reached, the clock stopped before the window', START, at(10), 60, null, at(500), 'pending', null, null],
    ['never reached, the clock stopped past the target', START, at(90), 60, null, at(500), 'overdue', null, null],
  ])('%s → %s', (_, startedAt, endedAt, targetMinutes, reachedAt, asOf, state, actual, variance) => {
    expect(decisionStanding({ startedAt, endedAt, targetMinutes, reachedAt, asOf })).toEqual({ state, actualMinutes: actual, varianceMinutes: variance });
  });
});

describe('minutes elapsed', () => {
  it.each([
    ['not started', null, null, at(10), null],
    ['as of before the start', START, null, at(-1), null],
    ['running, 45 minutes and 30 seconds in', START, null, at(45) + 30_000, 45],
    ['stopped: the clock stays at the end', START, at(120), at(600), 120],
    ['as of before the end of a completed exercise', START, at(120), at(30), 30],
  ])('%s → %s', (_, startedAt, endedAt, asOf, minutes) => {
    expect(minutesElapsed(startedAt, endedAt, asOf)).toBe(minutes);
  });

  it('counts whole minutes, rounded down, even backwards', () => {
    expect(wholeMinutes(START, at(1) - 1)).toBe(0);
    expect(wholeMinutes(START, at(-1) + 1)).toBe(-1);
  });
});

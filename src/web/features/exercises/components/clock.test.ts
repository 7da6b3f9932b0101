// The exercise clock: its face, the browser's clock corrected to the server's, and where decision
// points and injects stand as it runs.
import { describe, expect, it } from 'vitest';
import type { DecisionPoint } from '../../../../contract/exercises';
import { clockOffsetMs, decisionStateAt, elapsedMs, elapsedWords, formatElapsed, injectDue, newlyOverdue } from './clock';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

describe('the clock face', () => {
  it.each([
    ['nothing run yet', 0, '00:00', '0 seconds'],
    ['under a second', 999, '00:00', '0 seconds'],
    ['seconds only', 5 * SECOND, '00:05', '5 seconds'],
    ['one minute exactly', MINUTE, '01:00', '1 minute'],
    ['minutes and seconds', 7 * MINUTE + 5 * SECOND, '07:05', '7 minutes 5 seconds'],
    ['the last second before an hour', HOUR - SECOND, '59:59', '59 minutes 59 seconds'],
    ['an hour exactly shows the hours', HOUR, '01:00:00', '1 hour'],
    ['past an hour', HOUR + 2 * MINUTE + 3 * SECOND, '01:02:03', '1 hour 2 minutes 3 seconds'],
    ['a long exercise', 26 * HOUR + 4 * SECOND, '26:00:04', '26 hours 4 seconds'],
    ['a negative reading is none', -5 * SECOND, '00:00', '0 seconds'],
  ])('%s: %s ms shows %s', (_, ms, face, words) => {
    expect(formatElapsed(ms)).toBe(face);
    expect(elapsedWords(ms)).toBe(words);
  });
});

describe('the browser clock corrected to the server', () => {
  const received = Date.parse('2026-12-06T10:00:00Z');
  it.each([
    ['the browser is two minutes slow', '2026-12-06T10:02:00Z', 2 * MINUTE],
    ['the browser is 30 seconds fast', '2026-12-06T09:59:30Z', -30 * SECOND],
    ['the clocks agree', '2026-12-06T10:00:00.000Z', 0],
    ['an as-of that is not an instant changes nothing', 'not a time', 0],
  ])('%s', (_, asOf, offset) => expect(clockOffsetMs(asOf, received)).toBe(offset));

  it('counts from the start on the server’s clock, not the browser’s', () => {
    const startedAt = '2026-12-06T09:50:00Z';
    // The browser reads 10:00 but the server said 10:02 when the browser read 10:00.
    const offset = clockOffsetMs('2026-12-06T10:02:00Z', received);
    expect(formatElapsed(elapsedMs({ startedAt, endedAt: null }, received + offset))).toBe('12:00');
  });

  it.each([
    ['not started', { startedAt: null, endedAt: null }, 0],
    ['running', { startedAt: '2026-12-06T09:00:00Z', endedAt: null }, HOUR],
    ['stopped: the time it ran, however long ago', { startedAt: '2026-12-06T08:00:00Z', endedAt: '2026-12-06T08:45:30Z' }, 45 * MINUTE + 30 * SECOND],
    ['a start after now (the clocks disagreed) is none', { startedAt: '2026-12-06T10:00:05Z', endedAt: null }, 0],
  ])('elapsed when %s', (_, clock, ms) => expect(elapsedMs(clock, Date.parse('2026-12-06T10:00:00Z'))).toBe(ms));
});

describe('decision points as the clock runs', () => {
  const point = (extra: Partial<DecisionPoint> = {}) => ({ reachedAt: null, targetMinutes: 30, state: 'pending' as const, ...extra });
  it.each([
    ['well before its target', point(), 10 * MINUTE, true, 'pending'],
    ['just before the last fifth of its window', point(), 24 * MINUTE - 1, true, 'pending'],
    ['in the last fifth of its window', point(), 24 * MINUTE, true, 'due'],
    ['at its target exactly', point(), 30 * MINUTE, true, 'due'],
    ['a moment past its target', point(), 30 * MINUTE + SECOND, true, 'overdue'],
    ['a target of the first minute, at the start', point({ targetMinutes: 0 }), 0, true, 'due'],
    ['a target of the first minute, a second in', point({ targetMinutes: 0 }), SECOND, true, 'overdue'],
    ['reached in time keeps the server’s met', point({ reachedAt: '2026-12-06T10:20:00Z', state: 'met' }), 90 * MINUTE, true, 'met'],
    ['reached late keeps the server’s late', point({ reachedAt: '2026-12-06T10:50:00Z', state: 'late' }), 90 * MINUTE, true, 'late'],
    ['a stopped clock keeps the server’s state', point({ state: 'overdue' }), 0, false, 'overdue'],
  ])('%s', (_, decision, ms, running, state) => expect(decisionStateAt(decision, ms, running)).toBe(state));

  it('announces only the points that have just become overdue', () => {
    const before = new Map([
      ['a', 'due'],
      ['b', 'overdue'],
      ['c', 'pending'],
    ] as const);
    const after = [
      { id: 'a', label: 'Invoke the incident plan', state: 'overdue' as const },
      { id: 'b', label: 'Tell the SIRO', state: 'overdue' as const },
      { id: 'c', label: 'Call the supplier', state: 'due' as const },
      { id: 'd', label: 'Added since', state: 'overdue' as const },
    ];
    expect(newlyOverdue(before, after)).toEqual(['Invoke the incident plan']);
  });
});

describe('injects as the clock runs', () => {
  it.each([
    ['its minute has not come', { atMinute: 10, releasedAt: null }, 9, true, false],
    ['its minute has come', { atMinute: 10, releasedAt: null }, 10, true, true],
    ['already released', { atMinute: 10, releasedAt: '2026-12-06T10:10:00Z' }, 20, true, false],
    ['the clock is not running', { atMinute: 0, releasedAt: null }, 20, false, false],
  ])('%s', (_, inject, minutes, running, due) => expect(injectDue(inject, minutes, running)).toBe(due));
});

// The notification clocks: 72 hours from awareness for the ICO and NIS, 12 hours for senior
// management; due soon once two thirds of the window has gone, overdue after it, and stopped by the
// notification, met or late.
import { describe, expect, it } from 'vitest';
import type { ClockState } from '../../src/contract/incidents.js';
import { clockInWords, clockOf, type ClockInput } from '../../src/modules/incidents/domain/clock.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
// Awareness at 1 May 2026, 09:00 UTC (10:00 in London).
const START = Date.UTC(2026, 4, 1, 9, 0);
/** An instant so many hours and minutes (and seconds) after awareness. */
const after = (hours: number, minutes = 0, seconds = 0) => START + hours * HOUR + minutes * MINUTE + seconds * 1000;

const regulator = (more: Partial<ClockInput>): ClockInput => ({ required: true, startsAt: START, hours: 72, notifiedAt: null, asOf: after(0), ...more });

describe('a clock that does not run', () => {
  it('is not required: no deadline, even with awareness known', () => {
    expect(clockOf(regulator({ required: false, asOf: after(100) }))).toEqual({
      state: 'not-required',
      startsAt: '2026-05-01T09:00:00.000Z',
      dueAt: null,
      minutesLeft: null,
      notifiedAt: null,
    });
  });

  it('has not started while nobody is aware of the incident', () => {
    expect(clockOf(regulator({ startsAt: null, asOf: after(100) }))).toEqual({ state: 'not-started', startsAt: null, dueAt: null, minutesLeft: null, notifiedAt: null });
  });
});

describe('the 72-hour clock', () => {
  it.each<[string, number, ClockState['state'], number]>([
    ['at the moment of awareness it is running with 72 hours left', after(0), 'running', 72 * 60],
    ['at 47 h 59 min it is still running', after(47, 59), 'running', 24 * 60 + 1],
    ['half a minute before the warning it is running, with whole minutes left rounded down', after(47, 59, 30), 'running', 24 * 60],
    ['at exactly 48 hours it is due soon', after(48), 'due-soon', 24 * 60],
    ['at 71 h 59 min it is due soon with a minute left', after(71, 59), 'due-soon', 1],
    ['half a minute before the deadline it is due soon with no whole minute left', after(71, 59, 30), 'due-soon', 0],
    ['at exactly 72 hours it is due soon, not yet overdue', after(72), 'due-soon', 0],
    ['half a minute past the deadline it is overdue by a minute', after(72, 0, 30), 'overdue', -1],
    ['at 72 h 1 min it is overdue with minutes left negative', after(72, 1), 'overdue', -1],
    ['at 75 h 30 min it is overdue by 210 minutes', after(75, 30), 'overdue', -210],
  ])('%s', (_, asOf, state, minutesLeft) => {
    const clock = clockOf(regulator({ asOf }));
    expect(clock).toEqual({ state, startsAt: '2026-05-01T09:00:00.000Z', dueAt: '2026-05-04T09:00:00.000Z', minutesLeft, notifiedAt: null });
  });

  it.each<[string, number, number, ClockState['state']]>([
    ['notified early', after(5), after(6), 'met'],
    ['notified at exactly 72 hours', after(72), after(80), 'met'],
    ['notified at 72 h 1 min', after(72, 1), after(80), 'late'],
    ['notified before awareness was recorded (the report came first)', after(-1), after(1), 'met'],
    ['met stays met long after the deadline', after(10), after(500), 'met'],
  ])('%s → %s, and the clock stops', (_, notifiedAt, asOf, state) => {
    expect(clockOf(regulator({ notifiedAt, asOf }))).toEqual({
      state,
      startsAt: '2026-05-01T09:00:00.000Z',
      dueAt: '2026-05-04T09:00:00.000Z',
      minutesLeft: null,
      notifiedAt: new Date(notifiedAt).toISOString(),
    });
  });
});

describe('the 12-hour clock for senior management', () => {
  it.each<[string, number, ClockState['state'], number]>([
    ['at 7 h 59 min it is running', after(7, 59), 'running', 4 * 60 + 1],
    ['at exactly 8 hours (two thirds of 12) it is due soon', after(8), 'due-soon', 4 * 60],
    ['at exactly 12 hours it is due soon with nothing left', after(12), 'due-soon', 0],
    ['at 12 h 1 min it is overdue', after(12, 1), 'overdue', -1],
  ])('%s', (_, asOf, state, minutesLeft) => {
    const clock = clockOf(regulator({ hours: 12, asOf }));
    expect([clock.state, clock.minutesLeft, clock.dueAt]).toEqual([state, minutesLeft, '2026-05-01T21:00:00.000Z']);
  });

  it.each<[string, number, ClockState['state']]>([
    ['notified at 12 hours is met', after(12), 'met'],
    ['notified at 12 h 1 min is late', after(12, 1), 'late'],
  ])('%s', (_, notifiedAt, state) => {
    expect(clockOf(regulator({ hours: 12, notifiedAt, asOf: after(20) })).state).toBe(state);
  });
});

describe('clocks across a change of the UK clocks: the deadline is 72 real hours later', () => {
  it.each([
    // Saturday 28 March 2026, 10:00 GMT in London; the clocks go forward at 01:00 UTC on the 29th, so
    // the deadline reads 11:00 BST on the 31st on a London wall clock, 73 hours on the face.
    ['aware before the change to summer time', Date.UTC(2026, 2, 28, 10, 0), '2026-03-31T10:00:00.000Z'],
    // Saturday 24 October 2026, 10:00 BST in London (09:00 UTC); the clocks go back at 01:00 UTC on
    // the 25th, so the deadline reads 09:00 GMT on the 27th, 71 hours on the face.
    ['aware before the change back to winter time', Date.UTC(2026, 9, 24, 9, 0), '2026-10-27T09:00:00.000Z'],
    // 00:30 GMT on the night of the change, half an hour before the clocks go forward.
    ['aware half an hour before the clocks go forward', Date.UTC(2026, 2, 29, 0, 30), '2026-04-01T00:30:00.000Z'],
  ])('%s', (_, startsAt, dueAt) => {
    const clock = clockOf(regulator({ startsAt, asOf: startsAt }));
    expect(clock.dueAt).toBe(dueAt);
    expect(Date.parse(dueAt) - startsAt).toBe(72 * HOUR);
    expect(clock.minutesLeft).toBe(72 * 60);
    expect(clockOf(regulator({ startsAt, asOf: startsAt + 48 * HOUR })).state).toBe('due-soon');
    expect(clockOf(regulator({ startsAt, asOf: startsAt + 72 * HOUR + MINUTE })).state).toBe('overdue');
  });
});

describe('a clock in words', () => {
  const state = (s: ClockState['state'], minutesLeft: number | null): ClockState => ({ state: s, startsAt: null, dueAt: null, minutesLeft, notifiedAt: null });
  it.each<[string, ClockState, string]>([
    ['not required', state('not-required', null), 'Not required'],
    ['not started', state('not-started', null), 'Starts when the incident is detected'],
    ['met', state('met', null), 'Notified in time'],
    ['late', state('late', null), 'Notified after the deadline'],
    ['running, hours and minutes left', state('running', 31 * 60 + 12), '31 h 12 min left'],
    ['due soon, under an hour left', state('due-soon', 59), '0 h 59 min left'],
    ['due soon, at the deadline itself', state('due-soon', 0), '0 h 0 min left'],
    ['overdue, said without a minus sign', state('overdue', -125), 'Overdue by 2 h 5 min'],
  ])('%s: “%s”', (_, clock, words) => {
    expect(clockInWords(clock)).toBe(words);
  });

  it.each([
    ['72 hours left at awareness', after(0), '72 h 0 min left'],
    ['overdue by half a minute reads as a minute', after(72, 0, 30), 'Overdue by 0 h 1 min'],
    ['overdue by 3 h 30 min', after(75, 30), 'Overdue by 3 h 30 min'],
  ])('from a live clock: %s', (_, asOf, words) => {
    expect(clockInWords(clockOf(regulator({ asOf })))).toBe(words);
  });
});

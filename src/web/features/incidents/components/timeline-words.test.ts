// How the incident pages word a notification clock as it counts down between fetches, and the order
// they show the timeline in, corrections beside what they corrected.
import { describe, expect, it } from 'vitest';
import type { ClockState, TimelineEvent } from '../../../../contract/incidents';
import { timelineInOrder } from './timeline-order';
import { clockAt, clockWords, hoursAndMinutes } from './words';

const HOUR = 3_600_000;
const detected = Date.parse('2026-07-01T09:00:00Z');
const running: ClockState = { state: 'running', startsAt: new Date(detected).toISOString(), dueAt: new Date(detected + 72 * HOUR).toISOString(), minutesLeft: 72 * 60, notifiedAt: null };

describe('a duration in hours and minutes', () => {
  it.each([
    [0, 'less than 1 min'],
    [0.9, 'less than 1 min'],
    [45, '45 min'],
    [60, '1 h'],
    [120, '2 h'],
    [1872, '31 h 12 min'],
    [72 * 60, '72 h'],
    [-5, 'less than 1 min'],
  ])('%s minutes → %s', (minutes, words) => expect(hoursAndMinutes(minutes)).toBe(words));
});

describe('a notification clock, worked out again as time passes', () => {
  it.each([
    ['just detected', 0, 'running', '72 h left', 'blue'],
    ['40 h 48 min in', 40 * HOUR + 48 * 60_000, 'running', '31 h 12 min left', 'blue'],
    ['exactly two thirds of the way (48 h)', 48 * HOUR, 'due-soon', '24 h left', 'yellow'],
    ['one minute before the deadline', 72 * HOUR - 60_000, 'due-soon', '1 min left', 'yellow'],
    ['on the deadline to the millisecond', 72 * HOUR, 'due-soon', 'less than 1 min left', 'yellow'],
    ['30 seconds past the deadline', 72 * HOUR + 30_000, 'overdue', 'Overdue by 1 min', 'red'],
    ['two hours past the deadline', 74 * HOUR, 'overdue', 'Overdue by 2 h', 'red'],
  ])('%s: %s, “%s”', (_, elapsed, state, text, colour) => {
    const clock = clockAt(running, detected + elapsed);
    expect(clock.state).toBe(state);
    expect(clockWords(clock)).toEqual({ text, colour });
  });

  const stopped: Array<[string, ClockState, string, string]> = [
    ['notified in time', { ...running, state: 'met', minutesLeft: null, notifiedAt: running.startsAt }, 'Notified in time', 'green'],
    ['notified late', { ...running, state: 'late', minutesLeft: null }, 'Notified late', 'orange'],
    ['not required', { state: 'not-required', startsAt: null, dueAt: null, minutesLeft: null, notifiedAt: null }, 'Not required', 'grey'],
    ['not started', { state: 'not-started', startsAt: null, dueAt: null, minutesLeft: null, notifiedAt: null }, 'Starts when detected', 'grey'],
  ];
  it.each(stopped)('a stopped clock stays as it is: %s', (_, clock, text, colour) => {
    expect(clockAt(clock, detected + 100 * HOUR)).toBe(clock);
    expect(clockWords(clock)).toEqual({ text, colour });
  });
});

function entry(id: string, kind: TimelineEvent['kind'], at: string | null, extra: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    kind,
    at,
    estimated: false,
    text: null,
    evidenceId: null,
    evidenceTitle: null,
    corrects: null,
    reason: null,
    superseded: false,
    recordedAt: '2026-07-05T12:00:00Z',
    recordedByName: 'Tom Whitfield',
    ...extra,
  };
}

describe('the timeline in the order things happened', () => {
  it('sorts by when things happened, not when they were recorded', () => {
    const rows = timelineInOrder([
      entry('c', 'contained', '2026-07-02T10:00:00Z', { recordedAt: '2026-07-02T10:05:00Z' }),
      entry('o', 'occurred', '2026-06-30T22:00:00Z', { recordedAt: '2026-07-01T09:30:00Z' }),
      entry('d', 'detected', '2026-07-01T09:00:00Z', { recordedAt: '2026-07-01T09:30:00Z' }),
    ]);
    expect(rows.map((row) => row.entry.id)).toEqual(['o', 'd', 'c']);
  });

  it('puts milestones at the same moment in their own order, and notes after them', () => {
    const at = '2026-07-01T09:00:00Z';
    const rows = timelineInOrder([entry('n', 'note', at), entry('a', 'acknowledged', at), entry('d', 'detected', at)]);
    expect(rows.map((row) => row.entry.id)).toEqual(['d', 'a', 'n']);
  });

  it('keeps a corrected entry, paired with the correction and its reason', () => {
    const rows = timelineInOrder([
      entry('c1', 'contained', '2026-07-02T10:00:00Z', { superseded: true }),
      entry('c2', 'contained', '2026-07-02T08:00:00Z', { corrects: 'c1', reason: 'The firewall log shows the earlier time' }),
    ]);
    expect(rows.map((row) => row.entry.id)).toEqual(['c2', 'c1']);
    expect(rows[1]!.correctedBy?.reason).toBe('The firewall log shows the earlier time');
    expect(rows[0]!.correctedBy).toBeNull();
  });

  it('places a withdrawal where the milestone it withdrew was', () => {
    const rows = timelineInOrder([
      entry('d', 'detected', '2026-07-01T09:00:00Z'),
      entry('r1', 'recovered', '2026-07-01T12:00:00Z', { superseded: true }),
      entry('t', 'triaged', '2026-07-01T15:00:00Z'),
      entry('r2', 'recovered', null, { corrects: 'r1', reason: 'Recorded against the wrong incident', recordedAt: '2026-07-09T09:00:00Z' }),
    ]);
    expect(rows.map((row) => row.entry.id)).toEqual(['d', 'r1', 'r2', 't']);
  });
});

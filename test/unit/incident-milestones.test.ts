// An incident's milestones read from its append-only timeline: the time each currently has once
// corrections and withdrawals are applied, the order they must fall in, the status they imply and the
// moment the organisation became aware.
import { describe, expect, it } from 'vitest';
import type { Milestone, TimelineKind } from '../../src/contract/incidents.js';
import { awarenessOf, currentMilestones, type MilestoneInstants, orderProblems, statusOf, supersededIds, type TimelineFact } from '../../src/modules/incidents/domain/milestones.js';

// 1 May 2026, 09:00 UTC (10:00 in London), plus a number of hours.
const T0 = Date.UTC(2026, 4, 1, 9, 0);
const h = (hours: number) => T0 + hours * 3_600_000;

/** A timeline entry: its id, recording order, kind and time (hours after T0, or null to withdraw). */
function fact(id: string, seq: number, kind: TimelineKind, at: number | null, more: Partial<TimelineFact> = {}): TimelineFact {
  return { id, seq, kind, at: at === null ? null : h(at), estimated: false, corrects: null, ...more };
}

describe('the current time of each milestone', () => {
  it.each<[string, TimelineFact[], MilestoneInstants]>([
    ['no entries, no milestones', [], {}],
    ['one entry per milestone gives each its time', [fact('a', 1, 'occurred', 0), fact('b', 2, 'detected', 2)], { occurred: h(0), detected: h(2) }],
    ['a later entry for the same milestone wins', [fact('a', 1, 'detected', 2), fact('b', 2, 'detected', 5)], { detected: h(5) }],
    ['recording order decides, not the time given: the later entry wins even with an earlier time', [fact('a', 1, 'detected', 5), fact('b', 2, 'detected', 2)], { detected: h(2) }],
    ['entries handed over out of order are read in recording order', [fact('b', 2, 'detected', 2), fact('a', 1, 'detected', 5)], { detected: h(2) }],
    ['a correction replaces the entry it corrects', [fact('a', 1, 'detected', 2), fact('c', 2, 'detected', 3, { corrects: 'a' })], { detected: h(3) }],
    [
      'a correction of a correction wins over both',
      [fact('a', 1, 'contained', 10), fact('c1', 2, 'contained', 11, { corrects: 'a' }), fact('c2', 3, 'contained', 12, { corrects: 'c1' })],
      { contained: h(12) },
    ],
    [
      'a correction recorded last wins even when it corrects an older entry than the latest',
      [fact('a', 1, 'detected', 2), fact('b', 2, 'detected', 4), fact('c', 3, 'detected', 3, { corrects: 'a' })],
      { detected: h(3) },
    ],
    ['a withdrawal (a correction to no time) clears the milestone', [fact('a', 1, 'occurred', 0), fact('b', 2, 'contained', 6), fact('w', 3, 'contained', null, { corrects: 'b' })], { occurred: h(0) }],
    [
      'a withdrawal clears the milestone, not only the entry it names: an earlier uncorrected entry does not come back',
      [fact('a', 1, 'detected', 2), fact('b', 2, 'detected', 3), fact('w', 3, 'detected', null, { corrects: 'b' })],
      {},
    ],
    [
      'a milestone recorded again after a withdrawal has the new time',
      [fact('a', 1, 'detected', 2), fact('w', 2, 'detected', null, { corrects: 'a' }), fact('b', 3, 'detected', 4)],
      { detected: h(4) },
    ],
    [
      'a withdrawal that is itself corrected puts the milestone back at the corrected time',
      [fact('b', 1, 'contained', 6), fact('w', 2, 'contained', null, { corrects: 'b' }), fact('r', 3, 'contained', 7, { corrects: 'w' })],
      { contained: h(7) },
    ],
    [
      'a superseded entry is ignored even when it was recorded after its correction',
      [fact('c', 1, 'triaged', 3, { corrects: 'a' }), fact('a', 2, 'triaged', 9)],
      { triaged: h(3) },
    ],
    [
      'notes, decisions and evidence are not milestones',
      [fact('a', 1, 'detected', 2), fact('n', 2, 'note', 3), fact('d', 3, 'decision', 4), fact('e', 4, 'evidence', 5)],
      { detected: h(2) },
    ],
  ])('%s', (_, facts, times) => {
    expect(currentMilestones(facts).times).toEqual(times);
  });

  it.each<[string, TimelineFact[], Partial<Record<Milestone, boolean>>]>([
    ['an estimated occurrence stays estimated', [fact('a', 1, 'occurred', 0, { estimated: true })], { occurred: true }],
    ['a correction to a known time makes it no longer estimated', [fact('a', 1, 'occurred', 0, { estimated: true }), fact('c', 2, 'occurred', 1, { corrects: 'a' })], { occurred: false }],
    ['a withdrawn milestone carries no estimate', [fact('a', 1, 'occurred', 0, { estimated: true }), fact('w', 2, 'occurred', null, { corrects: 'a' })], {}],
  ])('%s', (_, facts, estimated) => {
    expect(currentMilestones(facts).estimated).toEqual(estimated);
  });

  it('keeps the replaced entries in the history and names them as superseded', () => {
    const facts = [fact('a', 1, 'detected', 2), fact('c1', 2, 'detected', 3, { corrects: 'a' }), fact('c2', 3, 'detected', 4, { corrects: 'c1' }), fact('n', 4, 'note', 4)];
    expect([...supersededIds(facts)].sort()).toEqual(['a', 'c1']);
  });
});

describe('the order milestones must fall in', () => {
  it.each<[string, MilestoneInstants]>([
    ['every milestone in order', { occurred: h(0), detected: h(1), reported: h(2), acknowledged: h(3), triaged: h(4), contained: h(5), eradicated: h(6), recovered: h(7), closed: h(8) }],
    ['equal times', { occurred: h(1), detected: h(1), acknowledged: h(1) }],
    ['gaps: only some milestones recorded', { occurred: h(0), contained: h(9), closed: h(20) }],
    ['a single milestone', { closed: h(3) }],
    ['none at all', {}],
  ])('%s passes', (_, times) => {
    expect(orderProblems(times)).toEqual([]);
  });

  it.each<[string, Milestone | undefined, Milestone, string]>([
    [
      'with nothing said to have changed, the later milestone is blamed',
      undefined,
      'detected',
      'Detected cannot be before occurred: detected is 2026-05-01T09:00:00.000Z and occurred is 2026-05-01T10:00:00.000Z.',
    ],
    [
      'when detection was just changed, detection is blamed',
      'detected',
      'detected',
      'Detected cannot be before occurred: detected is 2026-05-01T09:00:00.000Z and occurred is 2026-05-01T10:00:00.000Z.',
    ],
    [
      'when occurrence was just changed, occurrence is blamed',
      'occurred',
      'occurred',
      'Detected cannot be before occurred: occurred is 2026-05-01T10:00:00.000Z and detected is 2026-05-01T09:00:00.000Z.',
    ],
  ])('detected before occurred is refused and names both: %s', (_, changed, blamed, message) => {
    expect(orderProblems({ occurred: h(1), detected: h(0) }, changed)).toEqual([{ milestone: blamed, message }]);
  });

  it('a milestone just changed to before one that must come first is named first in the message', () => {
    const problems = orderProblems({ occurred: h(0), detected: h(2), contained: h(1), closed: h(5) }, 'contained');
    expect(problems.map((p) => p.milestone)).toEqual(['contained']);
    expect(problems[0]!.message).toBe('Contained cannot be before detected: contained is 2026-05-01T10:00:00.000Z and detected is 2026-05-01T11:00:00.000Z.');
  });

  it('a milestone before two that must come first is refused once for each', () => {
    const problems = orderProblems({ occurred: h(3), detected: h(4), triaged: h(1) });
    expect(problems.map((p) => [p.milestone, p.message.split(':')[0]])).toEqual([
      ['triaged', 'Triaged cannot be before occurred'],
      ['triaged', 'Triaged cannot be before detected'],
    ]);
  });

  it('a milestone just moved after one that must follow it is the one blamed', () => {
    const problems = orderProblems({ occurred: h(0), detected: h(5), triaged: h(3) }, 'detected');
    expect(problems).toEqual([
      { milestone: 'detected', message: 'Triaged cannot be before detected: detected is 2026-05-01T14:00:00.000Z and triaged is 2026-05-01T12:00:00.000Z.' },
    ]);
  });

  it('a problem far from the changed milestone still blames the later of the two', () => {
    expect(orderProblems({ occurred: h(2), detected: h(1), closed: h(9) }, 'closed').map((p) => p.milestone)).toEqual(['detected']);
  });
});

describe('where an incident stands', () => {
  it.each<[string, MilestoneInstants, ReturnType<typeof statusOf>]>([
    ['nothing recorded', {}, 'new'],
    ['occurred only', { occurred: h(0) }, 'new'],
    ['detected and reported', { occurred: h(0), detected: h(1), reported: h(2) }, 'new'],
    ['acknowledged', { detected: h(1), acknowledged: h(2) }, 'acknowledged'],
    ['triaged', { detected: h(1), acknowledged: h(2), triaged: h(3) }, 'investigating'],
    ['triaged without an acknowledgement', { detected: h(1), triaged: h(3) }, 'investigating'],
    ['contained', { detected: h(1), triaged: h(3), contained: h(4) }, 'contained'],
    ['eradicated without a containment recorded', { detected: h(1), eradicated: h(5) }, 'contained'],
    ['recovered', { detected: h(1), contained: h(4), eradicated: h(5), recovered: h(6) }, 'recovered'],
    ['closed', { detected: h(1), contained: h(4), recovered: h(6), closed: h(7) }, 'closed'],
    ['closed straight after detection (a false alarm)', { detected: h(1), closed: h(2) }, 'closed'],
  ])('%s → %s', (_, times, status) => {
    expect(statusOf(times)).toBe(status);
  });
});

describe('when the organisation became aware', () => {
  it.each<[string, MilestoneInstants, number | null]>([
    ['at detection', { occurred: h(0), detected: h(2), reported: h(3) }, h(2)],
    ['at the internal report when detection was not recorded', { occurred: h(0), reported: h(3) }, h(3)],
    ['not yet, with neither', { occurred: h(0), contained: h(5) }, null],
  ])('%s', (_, times, aware) => {
    expect(awarenessOf(times)).toBe(aware);
  });
});

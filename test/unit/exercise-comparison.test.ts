// Exercises compared over time: decision minutes by key, and each bottleneck of the earlier exercise
// closed, recurred or with actions still open by the latest.
import { describe, expect, it } from 'vitest';
import type { Bottleneck, ExerciseActionStatus } from '../../src/contract/exercises.js';
import { bottleneckOutcome, type ComparedExercise, compareExercises } from '../../src/modules/exercises/domain/comparison.js';

function anExercise(id: string, endedAt: string, more: Partial<ComparedExercise> = {}): ComparedExercise {
  return { id, reference: `EX-${id}`, title: id, endedAt, counts: { decisionsMet: 0, decisionsLate: 0, decisionsMissed: 0 }, decisionPoints: [], findings: [], actions: [], ...more };
}
const found = (...bottlenecks: Bottleneck[]) => bottlenecks.map((bottleneck) => ({ bottleneck }));
const acted = (bottleneck: Bottleneck, ...statuses: ExerciseActionStatus[]) => statuses.map((status) => ({ bottleneck, status }));

describe('a bottleneck’s outcome', () => {
  it.each([
    ['not found in the earlier exercise: not compared', 0, 2, 1, null],
    ['found again in the latest', 1, 1, 0, 'recurred'],
    ['found again, actions open too', 2, 1, 3, 'recurred'],
    ['not found again, every action done', 1, 0, 0, 'closed'],
    ['not found again, but actions still open', 1, 0, 1, 'actions-open'],
  ] as const)('%s → %s', (_, earlier, latest, open, outcome) => expect(bottleneckOutcome(earlier, latest, open)).toBe(outcome));
});

describe('comparison over time', () => {
  const first = anExercise('a', '2024-04-20T12:00:00.000Z', {
    decisionPoints: [{ key: 'escalate-on-call', label: 'Escalate', targetMinutes: 15, actualMinutes: 40 }],
    findings: found('escalation', 'communication', 'communication'),
    actions: [...acted('escalation', 'done'), ...acted('communication', 'done', 'open')],
  });
  const second = anExercise('b', '2025-04-20T12:00:00.000Z', {
    decisionPoints: [
      { key: 'escalate-on-call', label: 'Escalate to on call', targetMinutes: 15, actualMinutes: 12 },
      { key: 'brief-siro', label: 'Brief the SIRO', targetMinutes: 60, actualMinutes: null },
    ],
    findings: found('communication', 'supplier'),
    actions: acted('supplier', 'open'),
  });
  const third = anExercise('c', '2026-04-20T12:00:00.000Z', { findings: found('supplier'), actions: [] });

  it('has no bottleneck comparison with fewer than two exercises', () => {
    expect(compareExercises([first]).bottlenecks).toEqual([]);
    expect(compareExercises([]).exercises).toEqual([]);
  });

  it('orders exercises by when they ended and counts findings by bottleneck', () => {
    const c = compareExercises([second, first]);
    expect(c.exercises.map((e) => [e.id, e.findingsByBottleneck])).toEqual([
      ['a', { escalation: 1, communication: 2 }],
      ['b', { communication: 1, supplier: 1 }],
    ]);
  });

  it('compares the latest with the one before: closed, recurred (actions of both counted)', () => {
    expect(compareExercises([first, second]).bottlenecks).toEqual([
      { bottleneck: 'escalation', earlier: 1, latest: 0, actionsOpen: 0, outcome: 'closed' },
      { bottleneck: 'communication', earlier: 2, latest: 1, actionsOpen: 1, outcome: 'recurred' },
    ]);
  });

  it('looks only at the last two, and leaves a bottleneck new in the latest out', () => {
    expect(compareExercises([first, second, third]).bottlenecks).toEqual([
      { bottleneck: 'communication', earlier: 1, latest: 0, actionsOpen: 0, outcome: 'closed' },
      { bottleneck: 'supplier', earlier: 1, latest: 1, actionsOpen: 1, outcome: 'recurred' },
    ]);
    const actionsOpen = anExercise('d', '2027-04-20T12:00:00.000Z');
    expect(compareExercises([second, actionsOpen]).bottlenecks).toEqual([
      { bottleneck: 'communication', earlier: 1, latest: 0, actionsOpen: 0, outcome: 'closed' },
      { bottleneck: 'supplier', earlier: 1, latest: 0, actionsOpen: 1, outcome: 'actions-open' },
    ]);
  });

  it('follows each decision key across exercises, with the latest label and gaps where it was not reached', () => {
    expect(compareExercises([first, second, third]).decisionTrends).toEqual([
      {
        key: 'escalate-on-call',
        label: 'Escalate to on call',
        points: [
          { exerciseId: 'a', targetMinutes: 15, actualMinutes: 40 },
          { exerciseId: 'b', targetMinutes: 15, actualMinutes: 12 },
        ],
      },
      { key: 'brief-siro', label: 'Brief the SIRO', points: [{ exerciseId: 'b', targetMinutes: 60, actualMinutes: null }] },
    ]);
  });
});

// What an exercise adds up to: its status from the clock, and the counts its summary shows.
import { describe, expect, it } from 'vitest';
import { actionOverdue, exerciseStatus, summaryCounts } from '../../src/modules/exercises/domain/exercise-summary.js';

describe('exercise status', () => {
  it.each([
    ['no clock yet', null, null, 'planned'],
    ['clock started', '2026-04-20T09:00:00Z', null, 'running'],
    ['clock stopped', '2026-04-20T09:00:00Z', '2026-04-20T12:00:00Z', 'completed'],
  ] as const)('%s → %s', (_, started, ended, status) => expect(exerciseStatus(started, ended)).toBe(status));
});

describe('summary counts', () => {
  const decisions = [
    { state: 'met', reached: true },
    { state: 'late', reached: true },
    { state: 'late', reached: true },
    { state: 'overdue', reached: false },
    { state: 'pending', reached: false },
  ] as const;
  const actions = [{ status: 'open' }, { status: 'in-progress' }, { status: 'done' }] as const;

  it.each([
    ['a running exercise misses nothing yet', 'running', { decisionsMet: 1, decisionsLate: 2, decisionsMissed: 0, findingCount: 3, openActions: 2 }],
    ['a completed exercise missed every point never reached, overdue or not', 'completed', { decisionsMet: 1, decisionsLate: 2, decisionsMissed: 2, findingCount: 3, openActions: 2 }],
  ] as const)('%s', (_, status, counts) => {
    expect(summaryCounts({ status, decisions, findings: 3, actions })).toEqual(counts);
  });
});

describe('action overdue', () => {
  it.each([
    ['open, due yesterday', 'open', '2026-04-19', true],
    ['in progress, due yesterday', 'in-progress', '2026-04-19', true],
    ['open, due today', 'open', '2026-04-20', false],
    ['done, due long ago', 'done', '2025-01-01', false],
    ['open, no due date', 'open', null, false],
  ] as const)('%s → %s', (_, status, dueOn, overdue) => expect(actionOverdue(status, dueOn, '2026-04-20')).toBe(overdue));
});

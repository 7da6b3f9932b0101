import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { deadlineProblems, deadlinesFrom, deadlineValuesOf, staleDeadlinesOf } from './deadlines-form';

const DEFAULTS = { critical: 14, high: 14, medium: 30, low: 90, kev: 21 };

describe('the remediation deadlines form', () => {
  it('shows the saved days, a severity without a deadline as blank', () => {
    expect(deadlineValuesOf({ ...DEFAULTS, low: null })).toEqual({ critical: '14', high: '14', medium: '30', low: '', kev: '21' });
  });

  it('sends the days typed, trimmed, blank as no deadline, at the version read', () => {
    expect(deadlinesFrom({ critical: ' 7 ', high: '14', medium: '', low: '180', kev: '21' }, 3)).toEqual({
      settings: { settings: { critical: 7, high: 14, medium: null, low: 180, kev: 21 }, version: 3 },
    });
  });

  it('names each field that is not a number of days, and sends nothing', () => {
    const built = deadlinesFrom({ critical: '0', high: 'fortnight', medium: '366', low: '2.5', kev: '' }, 0);
    if (!('problem' in built)) throw new Error('expected problems');
    expect(built.problem.errors.map((e) => e.field)).toEqual(['critical', 'high', 'medium', 'low', 'kev']);
    expect(built.problem.errors[0]!.message).toBe('Enter the days allowed to fix critical findings as a whole number from 1 to 365, or leave it blank for no deadline');
    // The known exploited deadline always applies.
    expect(built.problem.errors[4]!.message).toBe('Enter the days allowed to fix known exploited vulnerabilities as a whole number from 1 to 365');
  });

  it('puts the API’s problems beside their inputs, in page order', () => {
    const refused = new ApiError({ status: 422, title: 'Invalid', detail: 'The remediation deadlines cannot be saved', errors: [{ field: 'kev', message: 'kev must be…' }, { field: 'high', message: 'high must be…' }] });
    const problems = deadlineProblems(refused)!;
    expect(problems.items).toEqual([
      { text: 'high must be…', fieldId: 'deadline-high' },
      { text: 'kev must be…', fieldId: 'deadline-kev' },
    ]);
    expect(problems.byField).toEqual({ high: 'high must be…', kev: 'kev must be…' });
  });

  it('reads a colleague’s save from a stale-change refusal, and nothing from another failure', () => {
    const theirs = { settings: { ...DEFAULTS, critical: 7 }, isDefault: false, defaults: DEFAULTS, version: 4, updatedAt: '2025-05-01T09:00:00.000Z', updatedBy: 'u-1' };
    const stale = new ApiError({ status: 409, title: 'Conflict', detail: 'Changed', extensions: { current: theirs, changedAt: '2025-05-01T09:00:00.000Z' } });
    expect(staleDeadlinesOf(stale)).toEqual({ current: theirs, changedAt: '2025-05-01T09:00:00.000Z' });
    expect(staleDeadlinesOf(new ApiError({ status: 422, title: 'Invalid', detail: 'x' }))).toBeNull();
  });
});

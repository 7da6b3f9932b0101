// The triage targets form: minutes as typed, problems beside their inputs, a colleague's save.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { minutesFrom, settingsFrom, staleTargetsOf, targetProblems, targetValuesOf } from './targets-form';

const TARGETS = { critical: 15, high: 30, medium: 120, low: 480, informational: 1440 };

describe('minutes as typed', () => {
  it.each([
    ['a whole number', '30', 30],
    ['with spaces round it', ' 15 ', 15],
    ['thirty days, the most', '43200', 43200],
    ['past thirty days', '43201', null],
    ['none at all', '0', null],
    ['a fraction', '7.5', null],
    ['words', 'half an hour', null],
    ['nothing', '', null],
  ])('%s', (_, text, minutes) => expect(minutesFrom(text)).toBe(minutes));
});

describe('the settings to send', () => {
  it('sends every severity with the version read', () => {
    expect(settingsFrom(targetValuesOf(TARGETS), 4)).toEqual({ settings: { targets: TARGETS, version: 4 } });
  });

  it('sends nothing while a target is wrong, and names the severity', () => {
    const built = settingsFrom({ ...targetValuesOf(TARGETS), high: 'soon' }, 4);
    expect('problem' in built && built.problem.errors.map((error) => error.field)).toEqual(['targets.high']);
  });
});

describe('problems beside their inputs', () => {
  it('places each by its severity, in page order', () => {
    const error = new ApiError({ status: 422, title: 'Invalid', errors: [{ field: 'targets.low', message: 'Too long' }, { field: 'targets.critical', message: 'Too short' }] });
    const problems = targetProblems(error)!;
    expect(problems.items).toEqual([
      { text: 'Too short', fieldId: 'target-critical' },
      { text: 'Too long', fieldId: 'target-low' },
    ]);
    expect(problems.byField).toEqual({ critical: 'Too short', low: 'Too long' });
  });

  it('says the whole story when no severity is to blame', () => {
    expect(targetProblems(new ApiError({ status: 403, title: 'Forbidden', detail: 'You may not change the triage targets.' }))!.description).toBe('You may not change the triage targets.');
  });
});

describe('a colleague’s save in between', () => {
  it('gives back what they saved and when', () => {
    const current = { targets: TARGETS, version: 5 };
    const error = new ApiError({ status: 409, title: 'Conflict', extensions: { current, changedAt: '2026-12-05T10:00:00.000Z' } });
    expect(staleTargetsOf(error)).toEqual({ current, changedAt: '2026-12-05T10:00:00.000Z' });
  });

  it('still says it happened when the problem carries no settings', () => {
    expect(staleTargetsOf(new ApiError({ status: 409, title: 'Conflict' }))).toEqual({ current: null, changedAt: null });
  });

  it('is nothing of the kind for any other problem', () => expect(staleTargetsOf(new ApiError({ status: 422, title: 'Invalid' }))).toBeNull());
});

// The incident settings form: hours as typed, what stops a save before it is sent, and the API's
// problems placed beside the input each is about.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { hoursFrom, settingsFrom, settingsProblems, type SettingsValues, staleSettingsOf, valuesOf } from './settings-form';

const SAVED = {
  targets: {
    acknowledge: { critical: 0.5, high: 1, medium: 4, low: 24 },
    triage: { critical: 1, high: 4, medium: 24, low: 72 },
    contain: { critical: 4, high: 24, medium: 72, low: 168 },
    recover: { critical: 24, high: 72, medium: 168, low: 720 },
  },
  dhscLikelihoodAtLeast: 3,
  dhscHarmAtLeast: 4,
  version: 2,
};

describe('hours as typed', () => {
  it.each([
    ['a whole number', '4', 4],
    ['with spaces', ' 24 ', 24],
    ['half an hour', '0.5', 0.5],
    ['zero', '0', null],
    ['negative', '-1', null],
    ['words', 'four', null],
    ['blank', '', null],
    ['more than the API allows', '100001', null],
    ['three decimals', '1.125', null],
  ])('%s', (_, text, hours) => expect(hoursFrom(text)).toBe(hours));
});

describe('the settings to send', () => {
  it('round-trips what was saved, with the version read', () => {
    expect(settingsFrom(valuesOf(SAVED), 2)).toEqual({ settings: SAVED });
  });

  it('names every target that is not a number of hours, and sends nothing', () => {
    const values: SettingsValues = valuesOf(SAVED);
    values.targets.contain.high = 'a day';
    values.targets.acknowledge.low = '';
    const result = settingsFrom(values, 2);
    expect('problem' in result && result.problem.errors.map((e) => e.field)).toEqual(['targets.acknowledge.low', 'targets.contain.high']);
    expect('problem' in result && result.problem.errors[1]?.message).toBe('Enter the hours to contain a high-severity incident, a number above 0 such as 4 or 0.5');
  });
});

describe('the API’s problems on the form', () => {
  it('puts each beside its own input, in page order', () => {
    const error = new ApiError({
      status: 422,
      title: 'Invalid',
      errors: [
        { field: 'dhscHarmAtLeast', message: 'Choose a severity from 1 to 5' },
        { field: 'targets.triage.critical', message: 'Too many hours' },
      ],
    });
    const problems = settingsProblems(error)!;
    expect(problems.items).toEqual([
      { text: 'Too many hours', fieldId: 'target-triage-critical' },
      { text: 'Choose a severity from 1 to 5', fieldId: 'dhsc-harm' },
    ]);
    expect(problems.byField['targets.triage.critical']).toBe('Too many hours');
  });

  it('says the whole story when no field is to blame', () => {
    const problems = settingsProblems(new ApiError({ status: 403, title: 'Forbidden', detail: 'You may not change incident settings.' }))!;
    expect(problems.items).toEqual([]);
    expect(problems.description).toBe('You may not change incident settings.');
  });
});

describe('a colleague’s save in between', () => {
  it('gives back what they saved and when, from the stale-change problem', () => {
    const error = new ApiError({ status: 409, title: 'Conflict', type: 'urn:bulwark:problem:stale-change', extensions: { current: SAVED, changedBy: '7d1c6a58-account', changedAt: '2026-12-05T10:00:00.000Z' } });
    expect(staleSettingsOf(error)).toEqual({ current: SAVED, changedAt: '2026-12-05T10:00:00.000Z' });
  });

  it('still says it happened when the problem carries no settings', () => {
    expect(staleSettingsOf(new ApiError({ status: 409, title: 'Conflict', extensions: { changedAt: '' } }))).toEqual({ current: null, changedAt: null });
  });

  it('is nothing of the kind for any other problem', () => {
    expect(staleSettingsOf(new ApiError({ status: 422, title: 'Invalid' }))).toBeNull();
  });
});

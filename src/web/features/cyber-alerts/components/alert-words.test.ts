import { describe, expect, it } from 'vitest';
import { applicabilityInWords, instantFromUkWallTime, overdueTags } from './alert-words';

describe('a UK date and time typed in the form', () => {
  it.each([
    ['winter: UK time is UTC', '2026-01-15', '09:30', '2026-01-15T09:30:00.000Z'],
    ['summer: an hour ahead of UTC', '2026-07-01', '10:30', '2026-07-01T09:30:00.000Z'],
    ['the morning the clocks go forward, after the change', '2026-03-29', '03:00', '2026-03-29T02:00:00.000Z'],
    ['the hour skipped when the clocks go forward does not exist', '2026-03-29', '01:30', null],
    ['the hour repeated when they go back means the first, in summer time', '2026-10-25', '01:30', '2026-10-25T00:30:00.000Z'],
    ['a single-digit hour', '2026-01-15', '9:05', '2026-01-15T09:05:00.000Z'],
    ['a time not written as HH:MM', '2026-01-15', '9.30am', null],
    ['no date', '', '09:30', null],
  ])('%s', (_, day, time, instant) => {
    expect(instantFromUkWallTime(day, time)).toBe(instant);
  });
});

describe('an alert in words', () => {
  const computed = (hosts: number) => ({ likely: hosts > 0, hosts, assets: 0 });
  it.each([
    ['confirmed applicable', { applicability: { value: 'applicable' as const, note: null, by: null, at: '' }, computed: computed(0) }, 'Applies (confirmed)'],
    ['confirmed not applicable though hosts match', { applicability: { value: 'not-applicable' as const, note: null, by: null, at: '' }, computed: computed(3) }, 'Does not apply (confirmed)'],
    ['not confirmed, one host matches', { applicability: null, computed: computed(1) }, 'Not confirmed; likely to apply (1 host in the findings)'],
    ['not confirmed, nothing matches', { applicability: null, computed: computed(0) }, 'Not confirmed; no host in the findings matches'],
  ])('%s', (_, alert, words) => {
    expect(applicabilityInWords(alert)).toBe(words);
  });

  it.each([
    ['overdue to acknowledge', { acknowledgementOverdue: true, remediationOverdue: false, acknowledgedLate: true, acknowledgedAt: null }, ['Acknowledgement overdue']],
    ['acknowledged late and overdue to remediate', { acknowledgementOverdue: false, remediationOverdue: true, acknowledgedLate: true, acknowledgedAt: '2026-05-04T00:00:00Z' }, ['Acknowledged late', 'Remediation overdue']],
    ['in time', { acknowledgementOverdue: false, remediationOverdue: false, acknowledgedLate: false, acknowledgedAt: '2026-05-02T00:00:00Z' }, []],
  ])('flags an alert %s', (_, alert, texts) => {
    expect(overdueTags(alert).map((t) => t.text)).toEqual(texts);
  });
});

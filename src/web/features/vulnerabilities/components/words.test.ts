import { describe, expect, it } from 'vitest';
import type { FindingDeadlineView } from '../../../../contract/vulnerabilities';
import { daysBetween, ruleWords, standingWords, ukDayOf } from './words';

function aDeadline(over: Partial<FindingDeadlineView> = {}): FindingDeadlineView {
  return { startedOn: '2025-04-01', dueOn: '2025-04-15', rule: 'severity', ageDays: 10, pastDue: false, daysOverdue: 0, daysLeft: 4, reopenings: 0, ...over };
}

describe('a finding against its deadline, in words', () => {
  it.each([
    ['open with days left', 'open', aDeadline(), '4 days left'],
    ['open with one day left', 'open', aDeadline({ daysLeft: 1 }), '1 day left'],
    ['open and due today', 'open', aDeadline({ daysLeft: 0 }), 'Due today'],
    ['open and past due', 'open', aDeadline({ pastDue: true, daysOverdue: 3, daysLeft: null }), '3 days overdue'],
    ['open and one day past due', 'open', aDeadline({ pastDue: true, daysOverdue: 1, daysLeft: null }), '1 day overdue'],
    ['fixed in time', 'fixed', aDeadline(), 'Fixed in time'],
    ['fixed late', 'fixed', aDeadline({ pastDue: true, daysOverdue: 2, daysLeft: null }), 'Fixed 2 days late'],
    ['without a deadline (information)', 'open', aDeadline({ dueOn: null, rule: 'none', daysLeft: null }), 'No deadline'],
    ['not yet seen on the day asked about', 'open', null, 'Not yet seen on this day'],
  ] as const)('%s: %s', (_, state, deadline, words) => {
    expect(standingWords(state, deadline)).toBe(words);
  });

  it.each([
    ['the severity’s days', 'critical', aDeadline(), undefined, '14 days from 1 April 2025, the deadline for critical findings.'],
    [
      'the known exploited days',
      'medium',
      aDeadline({ rule: 'kev-days', dueOn: '2025-04-22' }),
      21,
      '21 days allowed for a known exploited vulnerability, from the later of the day it was seen and the day the catalogue listed it: sooner than the deadline for medium findings.',
    ],
    ['the catalogue’s due date', 'high', aDeadline({ rule: 'kev-due-date', dueOn: '2025-04-08' }), 21, 'The known exploited catalogue’s due date, 8 April 2025: sooner than the days allowed from 1 April 2025.'],
    ['no deadline', 'info', aDeadline({ rule: 'none', dueOn: null }), undefined, 'No deadline: information findings have none.'],
  ] as const)('the rule: %s', (_, severity, deadline, kevDays, words) => {
    expect(ruleWords(severity, deadline, kevDays)).toBe(words);
  });

  it('counts whole days between UK dates across the change to British Summer Time', () => {
    expect(daysBetween('2025-03-29', '2025-04-01')).toBe(3);
    expect(daysBetween('2025-10-25', '2025-10-27')).toBe(2);
  });

  it.each([
    ['late evening in summer is the next UK day', '2025-06-30T23:30:00.000Z', '2025-07-01'],
    ['late evening in winter is the same day', '2025-12-01T23:30:00.000Z', '2025-12-01'],
    ['the first minute of British Summer Time', '2025-03-30T01:00:00.000Z', '2025-03-30'],
  ])('the UK day of an instant: %s', (_, instant, day) => {
    expect(ukDayOf(instant)).toBe(day);
  });
});

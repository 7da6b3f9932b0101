// Remediation deadlines in whole UK calendar days: the settings, a finding's deadline and where it
// stands, re-opened findings, and the figures over a set of findings.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DEADLINE_SETTINGS,
  type DeadlineSettings,
  type FindingHistory,
  type FindingSeverity,
  type KevListing,
  type OpenPeriod,
  checkDeadlineSettings,
  clockAt,
  deadlineOf,
  problemWithPeriods,
  remediationFigures,
  standingOn,
  ukDaysFrom,
} from '../../../src/modules/vulnerabilities/domain/remediation-deadlines.js';

const at = (instant: string) => new Date(instant);
const settings: DeadlineSettings = { ...DEFAULT_DEADLINE_SETTINGS };
const period = (openedAt: string, fixedAt: string | null = null): OpenPeriod => ({ openedAt: at(openedAt), fixedAt: fixedAt === null ? null : at(fixedAt) });

describe('the deadline settings', () => {
  it('default to 14 days for critical and high, 30 for medium, 90 for low and 21 for known exploited', () => {
    expect(DEFAULT_DEADLINE_SETTINGS).toEqual({ critical: 14, high: 14, medium: 30, low: 90, kev: 21 });
  });

  it.each([
    ['the defaults', { critical: 14, high: 14, medium: 30, low: 90, kev: 21 }],
    ['no deadline for low', { critical: 7, high: 14, medium: 60, low: null, kev: 21 }],
    ['the bounds', { critical: 1, high: 365, medium: null, low: null, kev: 365 }],
  ])('accepts %s', (_case, input) => {
    expect(checkDeadlineSettings(input)).toEqual({ ok: true, value: input });
  });

  it.each([
    ['zero days', { ...DEFAULT_DEADLINE_SETTINGS, critical: 0 }, ['critical']],
    ['part of a day', { ...DEFAULT_DEADLINE_SETTINGS, high: 1.5 }, ['high']],
    ['more than a year', { ...DEFAULT_DEADLINE_SETTINGS, medium: 366 }, ['medium']],
    ['days written as text', { ...DEFAULT_DEADLINE_SETTINGS, low: '90' }, ['low']],
    ['no known exploited deadline', { ...DEFAULT_DEADLINE_SETTINGS, kev: null }, ['kev']],
    ['a missing severity', { critical: 14, high: 14, medium: 30, kev: 21 }, ['low']],
    ['a setting that does not exist', { ...DEFAULT_DEADLINE_SETTINGS, urgent: 3 }, ['urgent']],
    ['two bad settings at once', { ...DEFAULT_DEADLINE_SETTINGS, critical: -1, kev: 0 }, ['critical', 'kev']],
  ])('refuses %s, naming the field', (_case, input, fields) => {
    const checked = checkDeadlineSettings(input);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems.map((problem) => problem.field).sort()).toEqual([...fields].sort());
  });

  it('says what a good value is', () => {
    const checked = checkDeadlineSettings({ ...DEFAULT_DEADLINE_SETTINGS, high: 0 });
    expect(checked).toEqual({ ok: false, problems: [{ field: 'high', message: 'high must be a whole number of days from 1 to 365, or null for no deadline.', value: '0' }] });
  });

  it.each([null, [], 'fourteen'])('refuses %j, which is not a set of settings', (input) => {
    expect(checkDeadlineSettings(input)).toMatchObject({ ok: false, problems: [{ field: 'settings' }] });
  });
});

describe('whole UK calendar days between two instants', () => {
  it.each([
    ['23:30 to 00:30 the next day in summer', '2026-06-10T22:30:00Z', '2026-06-10T23:30:00Z', 1],
    ['23:30 to 00:30 the next day in winter', '2026-12-01T23:30:00Z', '2026-12-02T00:30:00Z', 1],
    ['the start and end of one day', '2026-12-01T00:00:00Z', '2026-12-01T23:59:59Z', 0],
    ['24 hours across the clocks going forward (Sat 23:30 GMT to Mon 00:30 BST)', '2026-03-28T23:30:00Z', '2026-03-29T23:30:00Z', 2],
    ['22 hours on the day the clocks go forward', '2026-03-29T00:30:00Z', '2026-03-29T22:45:00Z', 0],
    ['24 and a half hours on the day the clocks go back', '2026-10-24T23:30:00Z', '2026-10-25T23:59:00Z', 0],
    ['25 hours across the clocks going back (Sat 23:30 BST to Sun 23:30 GMT)', '2026-10-24T22:30:00Z', '2026-10-25T23:30:00Z', 1],
    ['across a leap day', '2028-02-28T12:00:00Z', '2028-03-01T12:00:00Z', 2],
    ['across the end of February in a common year', '2027-02-28T12:00:00Z', '2027-03-01T12:00:00Z', 1],
    ['backwards', '2026-06-11T12:00:00Z', '2026-06-10T12:00:00Z', -1],
  ])('%s', (_case, from, to, days) => {
    expect(ukDaysFrom(at(from), at(to))).toBe(days);
  });
});

describe("a finding's deadline", () => {
  const kev = (dateAdded: string, dueDate: string): KevListing => ({ dateAdded, dueDate });
  it.each<[string, string, FindingSeverity | null, KevListing | null, DeadlineSettings, { startedOn: string; dueOn: string | null; rule: string; kevDueDateBeforeSeen: boolean }]>([
    ['critical: 14 days, across the clocks going forward', '2026-03-20T10:00:00Z', 'critical', null, settings, { startedOn: '2026-03-20', dueOn: '2026-04-03', rule: 'severity', kevDueDateBeforeSeen: false }],
    ['high, seen at 00:30 BST: the clock starts that UK day', '2026-10-20T23:30:00Z', 'high', null, settings, { startedOn: '2026-10-21', dueOn: '2026-11-04', rule: 'severity', kevDueDateBeforeSeen: false }],
    ['high, seen at 23:30 GMT', '2026-11-30T23:30:00Z', 'high', null, settings, { startedOn: '2026-11-30', dueOn: '2026-12-14', rule: 'severity', kevDueDateBeforeSeen: false }],
    ['medium: 30 days', '2026-01-05T09:00:00Z', 'medium', null, settings, { startedOn: '2026-01-05', dueOn: '2026-02-04', rule: 'severity', kevDueDateBeforeSeen: false }],
    ['low: 90 days', '2026-01-05T09:00:00Z', 'low', null, settings, { startedOn: '2026-01-05', dueOn: '2026-04-05', rule: 'severity', kevDueDateBeforeSeen: false }],
    ['low, with no deadline set for low', '2026-01-05T09:00:00Z', 'low', null, { ...settings, low: null }, { startedOn: '2026-01-05', dueOn: null, rule: 'none', kevDueDateBeforeSeen: false }],
    ['information only: none', '2026-01-05T09:00:00Z', 'info', null, settings, { startedOn: '2026-01-05', dueOn: null, rule: 'none', kevDueDateBeforeSeen: false }],
    ['no severity given: held to the high deadline', '2026-01-05T09:00:00Z', null, null, { ...settings, high: 10 }, { startedOn: '2026-01-05', dueOn: '2026-01-15', rule: 'severity', kevDueDateBeforeSeen: false }],
    ['ending on a leap day', '2028-02-15T09:00:00Z', 'critical', null, settings, { startedOn: '2028-02-15', dueOn: '2028-02-29', rule: 'severity', kevDueDateBeforeSeen: false }],
    ['seen on the day before a leap day', '2028-02-28T09:00:00Z', 'critical', null, settings, { startedOn: '2028-02-28', dueOn: '2028-03-13', rule: 'severity', kevDueDateBeforeSeen: false }],
    ['known exploited, with a due date earlier than the deadline', '2026-05-01T09:00:00Z', 'high', kev('2026-04-20', '2026-05-11'), settings, { startedOn: '2026-05-01', dueOn: '2026-05-11', rule: 'kev-due-date', kevDueDateBeforeSeen: false }],
    ['known exploited: 21 days beat a low deadline', '2026-05-01T09:00:00Z', 'low', kev('2026-04-30', '2026-06-30'), settings, { startedOn: '2026-05-01', dueOn: '2026-05-22', rule: 'kev-days', kevDueDateBeforeSeen: false }],
    ['known exploited, listed after it was seen: 21 days from the listing', '2026-01-05T09:00:00Z', 'low', kev('2026-02-02', '2026-02-23'), settings, { startedOn: '2026-01-05', dueOn: '2026-02-23', rule: 'kev-days', kevDueDateBeforeSeen: false }],
    ['known exploited, listed after it was seen, with a short due date', '2026-01-05T09:00:00Z', 'low', kev('2026-02-02', '2026-02-16'), settings, { startedOn: '2026-01-05', dueOn: '2026-02-16', rule: 'kev-due-date', kevDueDateBeforeSeen: false }],
    ['known exploited, due date past before it was seen: 21 days from seen', '2026-06-10T09:00:00Z', 'low', kev('2026-01-01', '2026-01-22'), settings, { startedOn: '2026-06-10', dueOn: '2026-07-01', rule: 'kev-days', kevDueDateBeforeSeen: true }],
    ['known exploited, due date past before it was seen, critical sooner', '2026-06-10T09:00:00Z', 'critical', kev('2026-01-01', '2026-01-22'), settings, { startedOn: '2026-06-10', dueOn: '2026-06-24', rule: 'severity', kevDueDateBeforeSeen: true }],
    ['known exploited, due date on the day seen: used', '2026-06-10T09:00:00Z', 'high', kev('2026-05-20', '2026-06-10'), settings, { startedOn: '2026-06-10', dueOn: '2026-06-10', rule: 'kev-due-date', kevDueDateBeforeSeen: false }],
    ['known exploited, information only: the known exploited deadline alone', '2026-05-01T09:00:00Z', 'info', kev('2026-05-01', '2026-05-22'), settings, { startedOn: '2026-05-01', dueOn: '2026-05-22', rule: 'kev-days', kevDueDateBeforeSeen: false }],
    ['known exploited, with 7 days set', '2026-05-01T09:00:00Z', 'high', kev('2026-05-01', '2026-05-22'), { ...settings, kev: 7 }, { startedOn: '2026-05-01', dueOn: '2026-05-08', rule: 'kev-days', kevDueDateBeforeSeen: false }],
    ['known exploited, same day as the severity deadline: the severity is named', '2026-05-01T09:00:00Z', 'high', kev('2026-05-01', '2026-05-15'), settings, { startedOn: '2026-05-01', dueOn: '2026-05-15', rule: 'severity', kevDueDateBeforeSeen: false }],
  ])('%s', (_case, seenAt, severity, listing, given, expected) => {
    expect(deadlineOf(at(seenAt), severity, listing, given)).toEqual(expected);
  });
});

describe('where a deadline stands on a day', () => {
  const deadline = deadlineOf(at('2026-03-20T10:00:00Z'), 'critical', null, settings); // due 2026-04-03
  it.each([
    ['the day it was seen', '2026-03-20', { ageDays: 0, pastDue: false, daysOverdue: 0, daysLeft: 14 }],
    ['the day before the due date', '2026-04-02', { ageDays: 13, pastDue: false, daysOverdue: 0, daysLeft: 1 }],
    ['the due date itself: still in time', '2026-04-03', { ageDays: 14, pastDue: false, daysOverdue: 0, daysLeft: 0 }],
    ['the day after: one day overdue', '2026-04-04', { ageDays: 15, pastDue: true, daysOverdue: 1, daysLeft: null }],
    ['a month later', '2026-05-03', { ageDays: 44, pastDue: true, daysOverdue: 30, daysLeft: null }],
  ])('%s', (_case, day, expected) => {
    expect(standingOn(deadline, day)).toEqual(expected);
  });

  it('is never past due without a deadline', () => {
    expect(standingOn(deadlineOf(at('2020-01-01T09:00:00Z'), 'info', null, settings), '2026-12-01')).toEqual({ ageDays: 2526, pastDue: false, daysOverdue: 0, daysLeft: null });
  });
});

describe("a finding's open periods", () => {
  it.each([
    ['one open period', [period('2026-01-05T09:00:00Z')]],
    ['fixed, then seen again', [period('2026-01-05T09:00:00Z', '2026-01-10T09:00:00Z'), period('2026-03-01T09:00:00Z')]],
    ['seen again the instant it was fixed', [period('2026-01-05T09:00:00Z', '2026-01-10T09:00:00Z'), period('2026-01-10T09:00:00Z', '2026-01-11T09:00:00Z')]],
  ])('are read: %s', (_case, periods) => {
    expect(problemWithPeriods(periods)).toBeNull();
  });

  it.each([
    ['none', [], 'A finding has at least one open period.'],
    ['fixed before opened', [period('2026-01-05T09:00:00Z', '2026-01-04T09:00:00Z')], 'Period 1 is fixed before it was opened.'],
    ['a period after one still open', [period('2026-01-05T09:00:00Z'), period('2026-03-01T09:00:00Z')], 'Period 1 is still open, so no period can follow it.'],
    ['overlapping', [period('2026-01-05T09:00:00Z', '2026-01-10T09:00:00Z'), period('2026-01-09T09:00:00Z')], 'Period 2 opens before period 1 was fixed.'],
    ['a date that is not one', [{ openedAt: new Date('not a date'), fixedAt: null }], 'Period 1 has a date that is not a date.'],
  ])('are refused: %s', (_case, periods, problem) => {
    expect(problemWithPeriods(periods)).toBe(problem);
  });
});

describe("a re-opened finding's clock", () => {
  const periods = [period('2026-01-05T09:00:00Z', '2026-01-10T09:00:00Z'), period('2026-03-01T09:00:00Z')];
  it.each<[string, string, { open: boolean; reopenings: number; startedOn: string; dueOn: string; ageDays: number; pastDue: boolean; daysOverdue: number }]>([
    ['while first open', '2026-01-07T12:00:00Z', { open: true, reopenings: 0, startedOn: '2026-01-05', dueOn: '2026-01-19', ageDays: 2, pastDue: false, daysOverdue: 0 }],
    ['once fixed: its age stops at the fix', '2026-02-01T12:00:00Z', { open: false, reopenings: 0, startedOn: '2026-01-05', dueOn: '2026-01-19', ageDays: 5, pastDue: false, daysOverdue: 0 }],
    ['seen again: the deadline runs from the re-opening', '2026-03-10T12:00:00Z', { open: true, reopenings: 1, startedOn: '2026-03-01', dueOn: '2026-03-15', ageDays: 9, pastDue: false, daysOverdue: 0 }],
    ['past the re-opened deadline', '2026-03-20T12:00:00Z', { open: true, reopenings: 1, startedOn: '2026-03-01', dueOn: '2026-03-15', ageDays: 19, pastDue: true, daysOverdue: 5 }],
  ])('%s', (_case, asOf, expected) => {
    const clock = clockAt(periods, 'high', null, settings, at(asOf));
    expect(clock).not.toBeNull();
    expect({ open: clock!.open, reopenings: clock!.reopenings, startedOn: clock!.deadline.startedOn, dueOn: clock!.deadline.dueOn, ...clock!.standing, daysLeft: undefined }).toEqual({ ...expected, daysLeft: undefined });
    expect(clock!.firstSeenOn).toBe('2026-01-05');
  });

  it('treats a fix after the as-of instant as not yet made', () => {
    const clock = clockAt([period('2026-01-05T09:00:00Z', '2026-02-10T09:00:00Z')], 'high', null, settings, at('2026-02-01T12:00:00Z'));
    expect(clock).toMatchObject({ open: true, standing: { ageDays: 27, pastDue: true, daysOverdue: 13 } });
  });

  it('has no clock before the finding was seen', () => {
    expect(clockAt(periods, 'high', null, settings, at('2025-12-31T12:00:00Z'))).toBeNull();
  });

  it('counts a known exploited due date from the re-opening: one passed before it was seen again is not used', () => {
    const clock = clockAt(periods, 'low', { dateAdded: '2026-01-02', dueDate: '2026-01-23' }, settings, at('2026-03-10T12:00:00Z'));
    expect(clock!.deadline).toEqual({ startedOn: '2026-03-01', dueOn: '2026-03-22', rule: 'kev-days', kevDueDateBeforeSeen: true });
  });
});

describe('remediation figures over a set of findings', () => {
  const asOf = at('2026-02-01T12:00:00Z');
  const finding = (severity: FindingSeverity | null, ...periods: OpenPeriod[]): FindingHistory => ({ severity, kev: null, periods });

  it('are null, not zero, with no findings', () => {
    expect(remediationFigures([], settings, asOf)).toEqual({ fixed: 0, decided: 0, withinDeadline: 0, percentWithinDeadline: null, meanDaysToRemediate: null, medianDaysToRemediate: null, openPastDue: 0 });
  });

  it('give no percentage while every finding is still within its deadline', () => {
    const figures = remediationFigures([finding('low', period('2026-01-20T09:00:00Z'))], settings, asOf);
    expect(figures).toMatchObject({ decided: 0, percentWithinDeadline: null, meanDaysToRemediate: null, openPastDue: 0 });
  });

  it('count fixes in time, late fixes and findings left open past their deadline', () => {
    const figures = remediationFigures(
      [
        finding('high', period('2026-01-01T09:00:00Z', '2026-01-11T09:00:00Z')), // 10 days, in time
        finding('high', period('2026-01-01T09:00:00Z', '2026-01-21T09:00:00Z')), // 20 days, late
        finding('critical', period('2026-01-01T09:00:00Z')), // open past its deadline
        finding('medium', period('2026-01-25T09:00:00Z')), // open, not yet due: undecided
        finding('info', period('2026-01-01T09:00:00Z', '2026-01-05T09:00:00Z')), // 4 days, no deadline
        finding('high', period('2026-03-01T09:00:00Z')), // seen after the as-of instant
      ],
      settings,
      asOf,
    );
    expect(figures).toEqual({ fixed: 3, decided: 3, withinDeadline: 1, percentWithinDeadline: 100 / 3, meanDaysToRemediate: 34 / 3, medianDaysToRemediate: 10, openPastDue: 1 });
  });

  it('take the median of an even count as the mean of the middle two', () => {
    const fixedAfter = (days: number) => finding('low', period('2026-01-01T09:00:00Z', `2026-01-${String(1 + days).padStart(2, '0')}T09:00:00Z`));
    const figures = remediationFigures([fixedAfter(10), fixedAfter(2), fixedAfter(6), fixedAfter(4)], settings, asOf);
    expect(figures).toMatchObject({ fixed: 4, meanDaysToRemediate: 5.5, medianDaysToRemediate: 5, percentWithinDeadline: 100 });
  });

  it("count each fix of a re-opened finding, each against its own period's deadline", () => {
    const reopened = finding('critical', period('2025-11-01T09:00:00Z', '2025-11-03T09:00:00Z'), period('2025-12-01T09:00:00Z', '2026-01-05T09:00:00Z'));
    expect(remediationFigures([reopened], settings, asOf)).toMatchObject({ fixed: 2, decided: 2, withinDeadline: 1, percentWithinDeadline: 50, meanDaysToRemediate: 18.5, medianDaysToRemediate: 18.5, openPastDue: 0 });
  });

  it('count days to remediate in UK days across the clocks changing', () => {
    // Seen 23:30 GMT on 28 March, fixed 00:30 BST on 30 March: 24 hours, two UK days.
    const figures = remediationFigures([finding('high', period('2026-03-28T23:30:00Z', '2026-03-29T23:30:00Z'))], settings, at('2026-04-01T12:00:00Z'));
    expect(figures).toMatchObject({ fixed: 1, meanDaysToRemediate: 2, medianDaysToRemediate: 2 });
  });

  it('judge a known exploited finding against its earlier due date', () => {
    const late = { severity: 'high' as const, kev: { dateAdded: '2026-04-20', dueDate: '2026-05-11' }, periods: [period('2026-05-01T09:00:00Z', '2026-05-13T09:00:00Z')] };
    // Twelve days is within high's 14, but after the catalogue's due date.
    expect(remediationFigures([late], settings, at('2026-06-01T12:00:00Z'))).toMatchObject({ fixed: 1, decided: 1, withinDeadline: 0, percentWithinDeadline: 0 });
  });
});

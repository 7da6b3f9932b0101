// Where a member of staff stands on a day, from their ESR assignments: current, leaver or future
// starter; a new starter within the induction window; which assignment says where they work; and what
// an import counts as a joiner, mover or leaver.
import { describe, expect, it } from 'vitest';
import { changesBetween } from '../../src/modules/workforce/domain/staff-changes.js';
import { type AssignmentFacts, attributedAssignment, currentSinceOn, isCurrentOn, leftOnDay, isNewStarterOn, standingOn, type StaffStanding, statusOn } from '../../src/modules/workforce/domain/staff-status.js';

function anAssignment(more: Partial<AssignmentFacts> = {}): AssignmentFacts {
  return { assignmentNumber: '1', primary: true, startDate: '2020-01-01', endDate: null, fte: 1, division: 'Medicine', department: 'Ward 7', position: 'Nurse', staffGroup: 'Nursing and Midwifery Registered', ...more };
}

const DAY = '2026-03-31';

describe('an assignment is current on a day', () => {
  it.each([
    ['open-ended and started before the day', { startDate: '2020-01-01', endDate: null }, true],
    ['starting on the day itself', { startDate: DAY, endDate: null }, true],
    ['starting the day after', { startDate: '2026-04-01', endDate: null }, false],
    ['ending on the day itself: the end date is the last day worked', { startDate: '2020-01-01', endDate: DAY }, true],
    ['ended the day before', { startDate: '2020-01-01', endDate: '2026-03-30' }, false],
    ['one day long, that day', { startDate: DAY, endDate: DAY }, true],
  ])('%s → %s', (_, dates, expected) => expect(isCurrentOn(dates, DAY)).toBe(expected));
});

describe('a person’s status', () => {
  it.each([
    ['one current assignment', [anAssignment()], 'current'],
    ['a leaver on the as-of day itself is still current that day', [anAssignment({ endDate: DAY })], 'current'],
    ['every assignment ended before the day', [anAssignment({ endDate: '2026-03-30' }), anAssignment({ assignmentNumber: '2', endDate: '2025-01-01' })], 'leaver'],
    ['no assignment started yet', [anAssignment({ startDate: '2026-04-01' })], 'future'],
    ['a bank assignment outliving the substantive one keeps the person current', [anAssignment({ endDate: '2026-02-28' }), anAssignment({ assignmentNumber: '2', primary: false, fte: 0, startDate: '2024-06-01' })], 'current'],
    ['ended one post and starts another later: coming back, a future starter', [anAssignment({ endDate: '2025-12-31' }), anAssignment({ assignmentNumber: '2', startDate: '2026-05-01' })], 'future'],
    ['no assignments at all', [], 'leaver'],
  ])('%s → %s', (_, assignments, expected) => expect(statusOn(assignments, DAY)).toBe(expected));
});

describe('a new starter, within the induction window from their earliest current assignment', () => {
  it.each([
    ['starting on the day', [anAssignment({ startDate: DAY })], 28, true],
    ['27 days in: the last day of a 28-day window', [anAssignment({ startDate: '2026-03-04' })], 28, true],
    ['28 days in: past the window', [anAssignment({ startDate: '2026-03-03' })], 28, false],
    ['28 days in with a 30-day window', [anAssignment({ startDate: '2026-03-03' })], 30, true],
    ['a new post while an old one is still current is not a new start', [anAssignment({ startDate: '2019-01-01' }), anAssignment({ assignmentNumber: '2', startDate: '2026-03-20' })], 28, false],
    ['a new post after the old one ended counts from the new one', [anAssignment({ startDate: '2019-01-01', endDate: '2026-03-19' }), anAssignment({ assignmentNumber: '2', startDate: '2026-03-20' })], 28, true],
    ['not started yet', [anAssignment({ startDate: '2026-04-01' })], 28, false],
    ['left', [anAssignment({ startDate: '2026-03-20', endDate: '2026-03-25' })], 28, false],
  ])('%s → %s', (_, assignments, days, expected) => expect(isNewStarterOn(assignments, DAY, days)).toBe(expected));
});

describe('since when a current person has worked here, and when a leaver left', () => {
  it.each([
    ['one current assignment', [anAssignment({ startDate: '2024-05-01' })], '2024-05-01', null],
    ['the earliest of two current assignments', [anAssignment({ startDate: '2024-05-01' }), anAssignment({ assignmentNumber: '2', startDate: '2019-02-01' })], '2019-02-01', null],
    ['an ended post does not count towards since when', [anAssignment({ startDate: '2010-01-01', endDate: '2020-01-01' }), anAssignment({ assignmentNumber: '2', startDate: '2024-05-01' })], '2024-05-01', null],
    ['a leaver left on their latest end date', [anAssignment({ endDate: '2025-06-30' }), anAssignment({ assignmentNumber: '2', endDate: '2026-01-31' })], null, '2026-01-31'],
    ['a future starter has neither', [anAssignment({ startDate: '2026-04-01' })], null, null],
  ])('%s', (_, assignments, since, left) => {
    expect(currentSinceOn(assignments, DAY)).toBe(since);
    expect(leftOnDay(assignments, DAY)).toBe(left);
  });
});

describe('which assignment says where a person works', () => {
  const substantive = anAssignment({ assignmentNumber: 'A', primary: true, fte: 0.6, department: 'Imaging' });
  const bank = anAssignment({ assignmentNumber: 'B', primary: false, fte: 0, department: 'Staff Bank', startDate: '2024-01-01' });
  const secondPost = anAssignment({ assignmentNumber: 'C', primary: false, fte: 0.4, department: 'Research', startDate: '2025-01-01' });
  it.each([
    ['the current primary one', [bank, substantive, secondPost], 'A'],
    ['no current primary: the current one with the greatest FTE', [{ ...substantive, endDate: '2026-01-31' }, bank, secondPost], 'C'],
    ['equal FTE: the latest to start', [{ ...substantive, endDate: '2026-01-31' }, bank, { ...secondPost, fte: 0 }], 'C'],
    ['a primary that has ended gives way to a current bank post', [{ ...substantive, endDate: '2026-01-31' }, bank], 'B'],
    ['nothing current (a leaver): the primary among all', [{ ...substantive, endDate: '2026-01-31' }, { ...bank, endDate: '2026-02-28' }], 'A'],
    ['all else equal: the lowest assignment number, whatever the order', [{ ...bank, assignmentNumber: 'Z' }, { ...bank, assignmentNumber: 'Y' }], 'Y'],
  ])('%s → %s', (_, assignments, expected) => expect(attributedAssignment(assignments, DAY)?.assignmentNumber).toBe(expected));

  it('no assignments: none', () => expect(attributedAssignment([], DAY)).toBeNull());
});

describe('joiners, movers and leavers between two imports', () => {
  const standing = (more: Partial<StaffStanding> = {}): StaffStanding => ({ ...standingOn([anAssignment()], DAY), ...more });
  it.each([
    ['not held before: joined', null, standing(), ['joined']],
    ['the same place: nothing', standing(), standing(), []],
    ['department changed: moved', standing(), standing({ department: 'Ward 9' }), ['moved']],
    ['division changed: moved', standing(), standing({ division: 'Surgery' }), ['moved']],
    ['position changed: moved', standing(), standing({ position: 'Senior Nurse' }), ['moved']],
    ['staff group changed: moved', standing(), standing({ staffGroup: 'Additional Clinical Services' }), ['moved']],
    ['current then a leaver: left', standing(), standing({ status: 'leaver' }), ['left']],
    ['a leaver whose last post differs has left, not moved', standing(), standing({ status: 'leaver', department: 'Ward 9' }), ['left']],
    ['a future starter who starts: nothing', standing({ status: 'future' }), standing(), []],
    ['a leaver still a leaver: nothing', standing({ status: 'leaver' }), standing({ status: 'leaver' }), []],
  ])('%s', (_, before, after, expected) => expect(changesBetween(before, after)).toEqual(expected));
});

// The as-of instant: a date means the end of that day in the UK, an instant must carry its offset,
// and a date that is not in the calendar is refused rather than rolled over.
import { describe, expect, it } from 'vitest';
import { addDays, asOfOrNow, daysBetween, parseAsOf, ukDateOf } from '../../src/platform/as-of.js';
import { ValidationFailed } from '../../src/platform/errors.js';

describe('parseAsOf', () => {
  it.each([
    ['a winter date ends at midnight GMT', '2026-12-05', '2026-12-05T23:59:59.999Z'],
    ['a summer date ends at midnight BST, an hour earlier in UTC', '2026-07-01', '2026-07-01T22:59:59.999Z'],
    ['the day the clocks go forward ends in BST', '2026-03-29', '2026-03-29T22:59:59.999Z'],
    ['the day the clocks go back ends in GMT', '2026-10-25', '2026-10-25T23:59:59.999Z'],
    ['29 February in a leap year', '2028-02-29', '2028-02-29T23:59:59.999Z'],
    ['an instant in UTC', '2026-12-05T09:30:00Z', '2026-12-05T09:30:00.000Z'],
    ['an instant with an offset', '2026-07-01T10:00:00+01:00', '2026-07-01T09:00:00.000Z'],
    ['an instant to the minute', '2026-12-05T09:30Z', '2026-12-05T09:30:00.000Z'],
    ['spaces around it', '  2026-12-05 ', '2026-12-05T23:59:59.999Z'],
  ])('%s', (_, text, iso) => {
    expect(parseAsOf(text).toISOString()).toBe(iso);
  });

  it.each([
    ['31 February', '2026-02-31'],
    ['29 February in a common year', '2026-02-29'],
    ['month 13', '2026-13-01'],
    ['day 0', '2026-12-00'],
    ['an instant on 31 February', '2026-02-31T10:00:00Z'],
    ['a wall time with no offset, which would depend on the server', '2026-12-05T09:30:00'],
    ['a UK-style date, which is ambiguous to a machine', '05/12/2026'],
    ['words', 'yesterday'],
  ])('refuses %s', (_, text) => {
    expect(() => parseAsOf(text)).toThrow(ValidationFailed);
  });

  it('is the clock when not given', () => {
    const now = new Date('2026-12-05T12:00:00Z');
    expect(asOfOrNow(undefined, () => now)).toBe(now);
    expect(asOfOrNow('', () => now)).toBe(now);
    expect(asOfOrNow('2026-01-01', () => now).toISOString()).toBe('2026-01-01T23:59:59.999Z');
  });
});

describe('UK calendar days', () => {
  it.each([
    // [instant, the UK date it falls on]
    ['2026-03-28T23:30:00Z', '2026-03-28'], // GMT: the UK date is the UTC date
    ['2026-03-29T23:30:00Z', '2026-03-30'], // BST from 29 March: 00:30 the next UK day
    ['2026-10-24T23:30:00Z', '2026-10-25'], // still BST
    ['2026-10-25T23:30:00Z', '2026-10-25'], // GMT again from 25 October
    ['2024-02-29T12:00:00Z', '2024-02-29'],
  ])('%s falls on %s in the UK', (instant, day) => {
    expect(ukDateOf(new Date(instant))).toBe(day);
  });

  it.each([
    // [from, days, the date that many days later]
    ['2026-03-28', 1, '2026-03-29'], // across the change to BST: a day, not 23 hours
    ['2026-03-28', 2, '2026-03-30'],
    ['2026-10-24', 2, '2026-10-26'], // across the change back: not 49 hours
    ['2024-02-28', 1, '2024-02-29'], // leap day
    ['2025-02-28', 1, '2025-03-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-12-05', 0, '2026-12-05'],
  ])('%s plus %i days is %s, and daysBetween gives the days back', (from, days, to) => {
    expect(addDays(from, days)).toBe(to);
    expect(daysBetween(from, to)).toBe(days);
  });
});

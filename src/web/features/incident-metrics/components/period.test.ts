// The metrics' default period: twelve whole months to today, in UK days.
import { describe, expect, it } from 'vitest';
import { dayWords, defaultPeriod, londonToday, twelveMonthsBefore } from './period';

describe('the default period', () => {
  it.each([
    ['an ordinary day', '2026-12-05', '2025-12-06'],
    ['the first of a month', '2026-03-01', '2025-03-02'],
    ['the last day of a year', '2026-12-31', '2026-01-01'],
    ['a leap day', '2028-02-29', '2027-03-01'],
    ['the day after a leap day', '2029-03-01', '2028-03-02'],
  ])('%s: from %s back to %s', (_, to, from) => expect(twelveMonthsBefore(to)).toBe(from));

  it.each([
    ['late evening in British Summer Time is already the next UK day', '2026-06-30T23:30:00Z', '2026-07-01'],
    ['late evening in winter is the same UK day', '2026-12-05T23:30:00Z', '2026-12-05'],
  ])('%s', (_, instant, day) => expect(londonToday(new Date(instant))).toBe(day));

  it('ends today in the UK', () => expect(defaultPeriod(new Date('2026-12-05T10:00:00Z'))).toEqual({ from: '2025-12-06', to: '2026-12-05' }));
});

describe('a day in words', () => {
  it.each([
    ['2026-12-05', '5 December 2026'],
    ['2026-03-31', '31 March 2026'],
    ['not a day', 'not a day'],
  ])('%s → %s', (day, words) => expect(dayWords(day)).toBe(words));
});

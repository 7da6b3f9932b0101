// The triage report's default period: the 90 UK days to today.
import { describe, expect, it } from 'vitest';
import { dayWords, daysBefore, defaultPeriod } from './period';

describe('the default period', () => {
  it.each([
    ['an ordinary day', '2026-12-05', 89, '2026-09-07'],
    ['across the end of a year', '2026-01-10', 89, '2025-10-13'],
    ['across a leap day', '2028-03-01', 1, '2028-02-29'],
    ['across the clocks going back', '2026-10-26', 1, '2026-10-25'],
  ])('%s: %s less %s days is %s', (_, day, days, before) => expect(daysBefore(day, days)).toBe(before));

  it.each([
    ['a winter morning', '2026-12-05T10:00:00Z', { from: '2026-09-07', to: '2026-12-05' }],
    ['late evening in British Summer Time is already the next UK day', '2026-06-30T23:30:00Z', { from: '2026-04-03', to: '2026-07-01' }],
  ])('%s', (_, now, period) => expect(defaultPeriod(new Date(now))).toEqual(period));
});

describe('a day in words', () => {
  it.each([
    ['a day', '2026-12-05', '5 December 2026'],
    ['an instant, on its UK day', '2026-06-30T23:30:00.000Z', '1 July 2026'],
    ['not a day', 'soon', 'soon'],
  ])('%s', (_, given, words) => expect(dayWords(given)).toBe(words));
});

import { describe, expect, it } from 'vitest';
import { endOfLondonDay, formatDate, formatDateTime, startOfLondonDay } from './format';

describe('times are shown in UK time', () => {
  it.each([
    ['winter (GMT)', '2026-01-15T09:30:00.000Z', '15 January 2026 at 09:30'],
    ['summer (BST, an hour ahead)', '2026-07-15T09:30:00.000Z', '15 July 2026 at 10:30'],
    ['late evening UTC in summer is the next day in London', '2026-06-30T23:30:00.000Z', '1 July 2026 at 00:30'],
  ])('%s', (_, instant, shown) => {
    expect(formatDateTime(instant)).toBe(shown);
  });

  it('says "Never" for no instant and leaves bad input alone', () => {
    expect(formatDateTime(null)).toBe('Never');
    expect(formatDate('not a date', '–')).toBe('–');
  });
});

describe('a UK calendar day as a UTC range (audit filters)', () => {
  it.each([
    ['a winter day starts at midnight UTC', '2026-01-15', '2026-01-15T00:00:00.000Z', '2026-01-16T00:00:00.000Z'],
    ['a summer day starts at 23:00 UTC the day before', '2026-07-15', '2026-07-14T23:00:00.000Z', '2026-07-15T23:00:00.000Z'],
    ['the day the clocks go forward is 23 hours long', '2026-03-29', '2026-03-29T00:00:00.000Z', '2026-03-29T23:00:00.000Z'],
    ['the day the clocks go back is 25 hours long', '2026-10-25', '2026-10-24T23:00:00.000Z', '2026-10-26T00:00:00.000Z'],
  ])('%s', (_, day, start, end) => {
    expect(startOfLondonDay(day)).toBe(start);
    expect(endOfLondonDay(day)).toBe(end);
  });

  it('refuses what is not a date', () => {
    expect(startOfLondonDay('15/07/2026')).toBeNull();
  });
});

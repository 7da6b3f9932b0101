// The incident metrics' words: durations in hours or days, what could not be counted, and published
// figures in their own units.
import { describe, expect, it } from 'vitest';
import { durationWords, figureValueWords, lackingWords, monthShort, monthWords } from './words';

describe('a duration in the unit people think in', () => {
  it.each([
    ['nothing measured', null, 'Not measured'],
    ['under a tenth of an hour', 0.02, 'less than 0.1 hours'],
    ['no time at all', 0, '0.0 hours'],
    ['half an hour', 0.5, '0.5 hours'],
    ['rounded to one decimal', 5.26, '5.3 hours'],
    ['just under three days', 71.9, '71.9 hours'],
    ['three days exactly, in days', 72, '3.0 days'],
    ['a week', 168, '7.0 days'],
    ['thousands of days, with a separator', 24 * 1234.5, '1,234.5 days'],
  ])('%s', (_, hours, words) => expect(durationWords(hours)).toBe(words));

  it('says what to show when there is nothing', () => expect(durationWords(null, '–')).toBe('–'));
});

describe('the incidents a metric could not count', () => {
  it.each([
    ['none', 'contain', 0, 'None'],
    ['one', 'contain', 1, '1 incident lacked a detected or contained time and is not counted'],
    ['three', 'contain', 3, '3 incidents lacked a detected or contained time and are not counted'],
    ['from occurrence', 'detect', 2, '2 incidents lacked an occurred or detected time and are not counted'],
    ['ICO notification, reportable ones only', 'notify', 4, '4 reportable incidents lacked a detected time or an ICO notification and are not counted'],
  ] as const)('%s', (_, metric, missing, words) => expect(lackingWords(metric, missing)).toBe(words));
});

describe('a published figure in its own unit', () => {
  it.each([
    ['days', 194, 'days', '194 days'],
    ['one day', 1, 'days', '1 day'],
    ['a share', 46, 'pct', '46%'],
    ['a share with a decimal', 38.46, 'pct', '38.5%'],
    ['a deadline in hours', 72, 'hours', '72 hours'],
  ])('%s', (_, value, unit, words) => expect(figureValueWords(value, unit)).toBe(words));
});

describe('months', () => {
  it.each([
    ['2026-03', 'March 2026', 'Mar'],
    ['2025-12', 'December 2025', 'Dec'],
  ])('%s', (month, long, short) => {
    expect(monthWords(month)).toBe(long);
    expect(monthShort(month)).toBe(short);
  });
});

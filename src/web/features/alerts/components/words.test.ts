// Alert triage in words: durations in hours and minutes, shares as whole percentages.
import { describe, expect, it } from 'vitest';
import { minutesWords, perDayWords, plural, shareWords, surveyValueWords } from './words';

describe('a duration in minutes, as a triage team says it', () => {
  it.each([
    ['nothing measured', null, 'Not measured'],
    ['no time at all', 0, '0 min'],
    ['a few seconds', 0.2, 'under 1 min'],
    ['half a minute rounds up', 0.5, '1 min'],
    ['under an hour', 45.4, '45 min'],
    ['just under an hour rounds to the hour', 59.6, '1 h'],
    ['an hour and some', 72, '1 h 12 min'],
    ['whole hours', 180, '3 h'],
    ['just under two days, still in hours', 47 * 60 + 59, '47 h 59 min'],
    ['two days, in days', 48 * 60, '2 d'],
    ['days and hours', 76 * 60 + 20, '3 d 4 h'],
    ['a thousand days, with a separator', 1000 * 24 * 60, '1,000 d'],
    ['a negative time is not a duration', -5, 'Not measured'],
  ])('%s', (_, minutes, words) => expect(minutesWords(minutes)).toBe(words));

  it('says what to show when there is nothing', () => expect(minutesWords(undefined, '–')).toBe('–'));
});

describe('a share as a whole percentage', () => {
  it.each([
    ['nothing to take a share of', null, 'Not measured'],
    ['none', 0, '0%'],
    ['all', 1, '100%'],
    ['rounded to the whole', 0.414, '41%'],
    ['a half rounds up', 0.125, '13%'],
    ['a sliver is not none', 0.004, 'under 1%'],
    ['nearly all is not all', 0.996, 'over 99%'],
  ])('%s', (_, share, words) => expect(shareWords(share)).toBe(words));
});

describe('counts and published figures', () => {
  it.each([
    [1, 'alert', '1 alert'],
    [0, 'alert', '0 alerts'],
    [2500, 'alert', '2,500 alerts'],
  ])('%s %s', (count, one, words) => expect(plural(count, one)).toBe(words));

  it.each([
    [12.46, '12.5'],
    [4484, '4,484'],
    [0, '0'],
  ])('%s alerts a day', (perDay, words) => expect(perDayWords(perDay)).toBe(words));

  it.each([
    [83, 'pct', '83%'],
    [4484, 'alerts a day', '4,484 alerts a day'],
  ])('%s %s', (value, unit, words) => expect(surveyValueWords(value, unit)).toBe(words));
});

// The maturity views' words: deadlines, abbreviations, heat bands and the meaning of a change.
import { describe, expect, it } from 'vitest';
import { changeWords, deadlineWords, divergenceWords, evidenceStateWords, heatBand, levelAbbreviation, levelLabeller, percent, statusWords } from './maturity-words';

describe('a deadline in words', () => {
  it.each([
    ['far off', 207, '2026-06-30', '207 days left, due 30 June 2026'],
    ['tomorrow', 1, '2026-06-30', '1 day left, due 30 June 2026'],
    ['today', 0, '2026-06-30', 'Due today, 30 June 2026'],
    ['a day late', -1, '2026-06-30', 'Overdue by 1 day (due 30 June 2026)'],
    ['three days late', -3, '2026-12-02', 'Overdue by 3 days (due 2 December 2026)'],
    ['in British Summer Time, still the same day', 10, '2026-04-01', '10 days left, due 1 April 2026'],
    ['no due date', null, null, 'No deadline set'],
  ])('%s', (_, daysLeft, dueOn, words) => expect(deadlineWords(daysLeft, dueOn)).toBe(words));
});

describe('a level’s abbreviation', () => {
  it.each([
    ['Not achieved', 'NA'],
    ['Partially achieved', 'PA'],
    ['Achieved', 'A'],
    ['Not implemented', 'NI'],
    ['Partly implemented', 'PI'],
    ['Partly-met', 'PM'],
    ['Not applicable', 'N/A'],
  ])('%s → %s', (label, short) => expect(levelAbbreviation(label)).toBe(short));
});

describe('a heatmap cell’s band', () => {
  it.each([
    ['no level', null, 'none'],
    ['bottom of the ladder', 0, 0],
    ['middle of three rungs', 0.5, 2],
    ['second of four rungs', 1 / 3, 1],
    ['third of four rungs', 2 / 3, 3],
    ['top', 1, 4],
    ['out of range above', 1.4, 4],
    ['out of range below', -0.2, 0],
  ] as const)('%s → %s', (_, height, band) => expect(heatBand(height)).toBe(band));
});

describe('a change in words', () => {
  it.each([
    ['previous', 'up', 'Up on last year'],
    ['previous', 'down', 'Down on last year'],
    ['previous', 'new', 'New: not answered last year'],
    ['review', 'up', 'Reviewer rated lower'],
    ['review', 'down', 'Reviewer rated higher'],
    ['review', 'same', 'Reviewer agrees'],
    ['review', 'new', 'Not reviewed'],
  ] as const)('against %s, %s → %s', (against, change, text) => expect(changeWords(change, against).text).toBe(text));

  it('a reviewer rating lower reads the same on the review page as on the comparison', () => {
    expect(divergenceWords('review-lower').text).toBe(changeWords('up', 'review').text);
  });
});

describe('other words', () => {
  it('labels levels, with none as not answered', () => {
    const label = levelLabeller([{ id: 'achieved', label: 'Achieved' }]);
    expect([label('achieved'), label(null), label('not-applicable'), label('odd')]).toEqual(['Achieved', 'Not answered', 'Not applicable', 'odd']);
  });

  it.each([
    [0, '0%'],
    [0.456, '46%'],
    [1, '100%'],
    [null, 'None apply'],
  ])('share %s → %s', (share, text) => expect(percent(share)).toBe(text));

  it('a provisional status says how many are unanswered and below', () => {
    expect(statusWords({ label: 'Standards Met', provisional: true, unanswered: 45, below: 1 })).toEqual({ label: 'Standards Met', detail: 'provisional: 45 outcomes not answered yet; 1 outcome below the profile' });
    expect(statusWords({ label: 'Standards Not Met', provisional: false, unanswered: 0, below: 0 }).detail).toBe('no outcomes below the profile');
  });

  it.each([
    ['expired', 'Expired'],
    ['expiring', 'Expiring soon'],
    ['not-yet-valid', 'Not yet valid'],
  ])('evidence %s → %s', (state, text) => expect(evidenceStateWords(state).text).toBe(text));
});

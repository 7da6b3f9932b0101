import { describe, expect, it } from 'vitest';
import { daysLeftWords, excerpt, levelColour, levelLabel, progressWords, standingWords, statusWords, suggestedLevelWords } from './words';

const labels = [
  { id: 'not-achieved', label: 'Not achieved' },
  { id: 'partially-achieved', label: 'Partially achieved' },
  { id: 'achieved', label: 'Achieved' },
];
const ladder = labels.map((l) => l.id);

describe('assessments in words', () => {
  it.each([
    [null, 'No deadline'],
    [0, 'Due today'],
    [1, '1 day left'],
    [30, '30 days left'],
    [-1, '1 day overdue'],
    [-12, '12 days overdue'],
  ])('%s days left → %s', (days, words) => expect(daysLeftWords(days)).toBe(words));

  it.each([
    ['meets', 0, 'Meets'],
    ['below', 1, 'Below by 1 level'],
    ['below', 2, 'Below by 2 levels'],
    ['unanswered', 0, 'Unanswered'],
    ['no-target', 0, 'No expected level'],
  ] as const)('standing %s (%i below) → %s', (standing, rungsBelow, words) => expect(standingWords({ standing, rungsBelow })).toBe(words));

  it.each([
    ['same', 'partially-achieved', 'Partially achieved'],
    ['at-least', 'partially-achieved', 'At least Partially achieved'],
    ['at-most', 'achieved', 'At most Achieved'],
    ['none', null, 'No level follows'],
    ['none', 'achieved', 'No level follows'],
  ] as const)('a suggestion %s %s → %s', (qualifier, level, words) => expect(suggestedLevelWords(labels, { qualifier, level })).toBe(words));

  it.each([
    [null, 'white'],
    ['not-applicable', 'grey'],
    ['not-achieved', 'red'],
    ['partially-achieved', 'yellow'],
    ['achieved', 'green'],
    ['unknown', 'white'],
  ])('level %s is a %s tag', (level, colour) => expect(levelColour(ladder, level)).toBe(colour));

  it('a two-rung outcome: the top is green, the bottom red', () => {
    expect([levelColour(['not-achieved', 'achieved'], 'not-achieved'), levelColour(['not-achieved', 'achieved'], 'achieved')]).toEqual(['red', 'green']);
  });

  it.each([
    [null, 'Not answered'],
    ['not-applicable', 'Not applicable'],
    ['achieved', 'Achieved'],
    ['met', 'met'],
  ])('level %s is labelled %s', (level, label) => expect(levelLabel(labels, level)).toBe(label));

  it('progress and a provisional status', () => {
    expect(progressWords({ answered: 31, outcomes: 47 })).toBe('31 of 47 answered');
    expect(statusWords({ label: 'Standards Met', provisional: true })).toBe('Standards Met (provisional)');
    expect(statusWords({ label: 'Standards Not Met', provisional: false })).toBe('Standards Not Met');
  });

  it('an excerpt is cut at a word and marked', () => {
    expect(excerpt('Patching within   14 days\non servers.', 100)).toBe('Patching within 14 days on servers.');
    expect(excerpt('Patching within fourteen days on every server we run', 30)).toBe('Patching within fourteen days…');
    expect(excerpt(null)).toBe('');
  });
});

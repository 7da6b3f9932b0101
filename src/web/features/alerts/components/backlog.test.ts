// The backlog line: points placed in the chart, and the line said in words.
import { describe, expect, it } from 'vitest';
import { backlogWords, linePoints } from './backlog';

const AREA = { left: 10, top: 5, width: 100, height: 50 };

describe('the line’s points', () => {
  it.each([
    ['rising from nothing', [0, 5, 10], '10,55 60,30 110,5'],
    ['flat at nothing stays on the axis', [0, 0], '10,55 110,55'],
    ['one day sits in the middle', [3], '60,5'],
    ['no days, no line', [], ''],
  ])('%s', (_, values, points) => expect(linePoints(values, AREA)).toBe(points));
});

describe('the line in words', () => {
  it('names the start, the end and the highest day', () => {
    const points = [
      { day: '2026-10-24', open: 12, created: 3, closed: 1 },
      { day: '2026-10-25', open: 52, created: 41, closed: 1 },
      { day: '2026-10-26', open: 40, created: 0, closed: 12 },
    ];
    expect(backlogWords(points)).toBe('Open alerts at the end of each day, 24 October 2026 to 26 October 2026: 12 at the start, 40 at the end, highest 52 alerts on 25 October 2026.');
  });

  it('says when there are no days', () => expect(backlogWords([])).toBe('Open alerts at the end of each day: no days in the period.'));
});

// The backlog over time as a line: where each day's point sits in the chart, and the line in words
// for its accessible name (where it started and ended, and its highest).
import type { BacklogPoint } from '../../../../contract/alerts';
import { dayWords } from './period';
import { plural } from './words';

export interface PlotArea {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** "x,y x,y …": the first day at the left edge, the last at the right, zero at the bottom, the most at the top. */
export function linePoints(values: readonly number[], area: PlotArea): string {
  const most = Math.max(0, ...values);
  const step = values.length > 1 ? area.width / (values.length - 1) : 0;
  return values
    .map((value, index) => {
      const x = area.left + (values.length > 1 ? index * step : area.width / 2);
      const y = area.top + area.height - (most === 0 ? 0 : (value / most) * area.height);
      return `${round(x)},${round(y)}`;
    })
    .join(' ');
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** "Open alerts at the end of each day, 7 September 2026 to 5 December 2026: 12 at the start, 40 at the end, highest 52 on 1 November 2026." */
export function backlogWords(points: readonly BacklogPoint[]): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return 'Open alerts at the end of each day: no days in the period.';
  const highest = points.reduce((best, point) => (point.open > best.open ? point : best), first);
  return (
    `Open alerts at the end of each day, ${dayWords(first.day)} to ${dayWords(last.day)}: ` +
    `${first.open.toLocaleString('en-GB')} at the start, ${last.open.toLocaleString('en-GB')} at the end, highest ${plural(highest.open, 'alert')} on ${dayWords(highest.day)}.`
  );
}

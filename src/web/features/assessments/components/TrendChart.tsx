// One framework's assessments across periods as stacked bars: of each period's outcomes, how many meet
// the profile, fall below it, are not answered, or have no target. Drawn as inline SVG (no script, no
// style attribute), named as an image in words; the table beside it holds the same figures.
import type { Trend } from '../api/get-trend';
import { plural } from './maturity-words';

type Point = Trend['points'][number];

const SEGMENTS = [
  { key: 'meets', text: 'Meet the profile', value: (p: Point) => p.meets },
  { key: 'below', text: 'Below the profile', value: (p: Point) => p.below },
  { key: 'unanswered', text: 'Not answered', value: (p: Point) => p.unanswered },
  { key: 'other', text: 'No target set', value: (p: Point) => Math.max(0, p.outcomes - p.meets - p.below - p.unanswered) },
] as const;

const BAR = 48;
const GAP = 40;
const HEIGHT = 200;
const TOP = 10;
const LABELS = 40;

/** The chart's words for a screen reader: each period's figures. */
export function trendDescription(points: readonly Point[]): string {
  if (points.length === 0) return 'No assessments yet.';
  return points.map((p) => `${p.period}: ${p.meets} of ${plural(p.outcomes, 'outcome')} meet the profile, ${p.below} below, ${p.unanswered} not answered`).join('; ');
}

export function TrendChart({ points, catalogueName }: { points: readonly Point[]; catalogueName: string }) {
  const width = Math.max(1, points.length) * (BAR + GAP) + GAP;
  const most = Math.max(1, ...points.map((p) => p.outcomes));
  return (
    <figure className="app-chart">
      <svg
        className="app-chart__svg"
        role="img"
        aria-label={`${catalogueName} by period. ${trendDescription(points)}.`}
        viewBox={`0 0 ${width} ${TOP + HEIGHT + LABELS}`}
        width={width}
        height={TOP + HEIGHT + LABELS}
      >
        <line className="app-chart__axis" x1={GAP / 2} x2={width - GAP / 2} y1={TOP + HEIGHT} y2={TOP + HEIGHT} />
        {points.map((p, index) => {
          const x = GAP + index * (BAR + GAP);
          let y = TOP + HEIGHT;
          return (
            <g key={p.assessmentId}>
              {SEGMENTS.map((segment) => {
                const h = (segment.value(p) / most) * HEIGHT;
                y -= h;
                return h > 0 ? <rect key={segment.key} className={`app-chart__bar app-chart__bar--${segment.key}`} x={x} y={y} width={BAR} height={h} /> : null;
              })}
              <text className="app-chart__label" x={x + BAR / 2} y={TOP + HEIGHT + 24} textAnchor="middle">
                {p.period}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="app-chart__key" aria-label="Key to the chart">
          {SEGMENTS.map((segment) => (
            <li key={segment.key}>
              <span className={`app-chart__swatch app-chart__bar--${segment.key}`} aria-hidden="true" /> {segment.text}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

// Horizontal bars, one per row, each under its label with its figure written at its end: drawn as
// inline SVG (no script, no style attribute, no chart library) and named as an image in words. The
// table beside it holds the same figures and is the accessible source of truth.
export interface Bar {
  key: string;
  label: string;
  /** null when there is nothing to draw: the row keeps its label and says why in `valueText`. */
  value: number | null;
  valueText: string;
}

const LABEL = 20;
const BAR = 20;
const GAP = 14;
const ROW = LABEL + BAR + GAP;
const BAR_WIDTH = 300;
const VALUE_WIDTH = 130;
const WIDTH = BAR_WIDTH + VALUE_WIDTH;

export function BarChart({ title, bars }: { title: string; bars: readonly Bar[] }) {
  const most = Math.max(0, ...bars.map((bar) => bar.value ?? 0));
  const height = bars.length * ROW;
  const description = bars.map((bar) => `${bar.label}: ${bar.valueText}`).join('; ');
  return (
    <figure className="app-chart app-incident-chart">
      <svg className="app-chart__svg" role="img" aria-label={`${title}. ${description}.`} viewBox={`0 0 ${WIDTH} ${height}`} width={WIDTH} height={height}>
        {bars.map((bar, index) => {
          const top = index * ROW;
          // Anything measured gets at least a sliver, so a short time never looks like no time.
          const width = bar.value === null || most === 0 ? 0 : Math.max(2, (bar.value / most) * BAR_WIDTH);
          return (
            <g key={bar.key}>
              <text className="app-incident-chart__label" x={0} y={top + LABEL - 5}>
                {bar.label}
              </text>
              <line className="app-chart__axis" x1={0.5} x2={0.5} y1={top + LABEL} y2={top + LABEL + BAR} />
              {width > 0 && <rect className="app-incident-chart__bar" x={1} y={top + LABEL} width={width} height={BAR} />}
              <text className="app-incident-chart__label" x={width + 8} y={top + LABEL + BAR - 5}>
                {bar.valueText}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

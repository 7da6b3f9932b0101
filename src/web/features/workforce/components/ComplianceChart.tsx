// Training compliance by department as horizontal bars: drawn as inline SVG (no script, no style
// attribute), one bar per department in the report's order, below target first. A dashed line marks
// the target on every row. Bars below target are red and tagged "below target" in their label, so
// colour is never the only sign; the table beside the chart holds the same figures.
import { complianceChartName, type ComplianceBar } from './compliance-chart';

const LABEL = 20;
const BAR = 20;
const GAP = 14;
const ROW = LABEL + BAR + GAP;
const BAR_WIDTH = 360;
const VALUE_WIDTH = 200;
const WIDTH = BAR_WIDTH + VALUE_WIDTH;
const TOP = 24;

export function ComplianceChart({ bars, targetPercent }: { bars: readonly ComplianceBar[]; targetPercent: number }) {
  const height = TOP + bars.length * ROW;
  const targetX = 1 + (Math.min(100, Math.max(0, targetPercent)) / 100) * BAR_WIDTH;
  return (
    <figure className="app-chart app-training-chart">
      <svg className="app-chart__svg" role="img" aria-label={complianceChartName(bars, targetPercent)} viewBox={`0 0 ${WIDTH} ${height}`} width={WIDTH} height={height}>
        <text className="app-chart__label" x={Math.max(0, targetX - 40)} y={14}>
          Target {targetPercent}%
        </text>
        {bars.map((bar, index) => {
          const top = TOP + index * ROW;
          const width = bar.share === null ? 0 : Math.max(bar.share > 0 ? 2 : 0, bar.share * BAR_WIDTH);
          return (
            <g key={bar.key}>
              <text className="app-chart__label" x={0} y={top + LABEL - 5}>
                {bar.label}
                {bar.belowTarget ? ' (below target)' : ''}
              </text>
              <line className="app-chart__axis" x1={0.5} x2={0.5} y1={top + LABEL} y2={top + LABEL + BAR} />
              {width > 0 && <rect className={bar.belowTarget ? 'app-training-chart__bar app-chart__bar--below' : 'app-training-chart__bar app-chart__bar--meets'} x={1} y={top + LABEL} width={width} height={BAR} />}
              <text className="app-chart__label" x={BAR_WIDTH + 8} y={top + LABEL + BAR - 5}>
                {bar.valueText}
              </text>
            </g>
          );
        })}
        <line className="app-training-chart__target" x1={targetX} x2={targetX} y1={TOP - 4} y2={height} />
      </svg>
    </figure>
  );
}

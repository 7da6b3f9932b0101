// One small bar split into parts (how many met a target, missed it, and so on), for a table row: the
// row's own cells hold the figures, and the bar's name says them in words.
import type { ColumnSegment } from '../../../components/ColumnChart';

const WIDTH = 120;
const HEIGHT = 16;

export function StackedBar({ label, segments }: { label: string; segments: readonly ColumnSegment[] }) {
  const total = segments.reduce((sum, segment) => sum + segment.value, 0);
  let x = 0;
  return (
    <svg className="app-incident-chart__stacked" role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT}>
      {total === 0 ? (
        <rect className="app-incident-chart__segment app-incident-chart__fill--empty" x={0.5} y={0.5} width={WIDTH - 1} height={HEIGHT - 1} />
      ) : (
        segments.map((segment) => {
          const width = (segment.value / total) * WIDTH;
          const at = x;
          x += width;
          return width > 0 ? <rect key={segment.key} className={`app-incident-chart__segment app-incident-chart__fill--${segment.fill}`} x={at} y={0.5} width={width} height={HEIGHT - 1} /> : null;
        })
      )}
    </svg>
  );
}

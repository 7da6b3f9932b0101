// Columns (months, severities), each stacked from segments (incidents of each kind) or single (a median): inline
// SVG, named as an image in words, with a key in words. Every segment has a dark edge, so colours
// need not tell segments apart on their own; the table beside the chart holds the same figures.
import type { ReactNode } from 'react';

export interface ColumnSegment {
  key: string;
  /** Names a class app-incident-chart__fill--<fill>. */
  fill: string;
  value: number;
}

export interface Column {
  key: string;
  /** Under the column: a short name (a month, a severity). */
  label: string;
  /** Written under the label where it changes from the last one written: the year. */
  group?: string | undefined;
  segments: readonly ColumnSegment[];
}

export interface KeyEntry {
  fill: string;
  text: string;
}

const WIDTH = 440;
const HEIGHT = 200;
const TOP = 24;
const BOTTOM = 40;
/** Room either side for the first and last month's name. */
const SIDE = 16;
/** Narrower steps than this leave no room for a month's name under every column. */
const LABEL_EVERY_FROM = 30;

export function ColumnChart({ label, columns, keyEntries, scaleText }: { label: string; columns: readonly Column[]; keyEntries?: readonly KeyEntry[]; scaleText?: ReactNode }) {
  const width = WIDTH;
  const step = (WIDTH - 2 * SIDE) / Math.max(1, columns.length);
  const column = step * 0.7;
  const labelEvery = step >= LABEL_EVERY_FROM ? 1 : Math.ceil(LABEL_EVERY_FROM / step);
  const totals = columns.map((column) => column.segments.reduce((sum, segment) => sum + segment.value, 0));
  const most = Math.max(0, ...totals);
  return (
    <figure className="app-chart app-incident-chart">
      <svg className="app-chart__svg" role="img" aria-label={label} viewBox={`0 0 ${width} ${TOP + HEIGHT + BOTTOM}`} width={width} height={TOP + HEIGHT + BOTTOM}>
        <line className="app-chart__axis" x1={SIDE / 2} x2={width - SIDE / 2} y1={TOP + HEIGHT} y2={TOP + HEIGHT} />
        {columns.map((col, index) => {
          const x = SIDE + index * step + (step - column) / 2;
          const labelled = index % labelEvery === 0;
          const previous = index >= labelEvery ? columns[index - labelEvery]?.group : undefined;
          const group = labelled && col.group !== previous ? col.group : undefined;
          let y = TOP + HEIGHT;
          return (
            <g key={col.key}>
              {col.segments.map((segment) => {
                const h = most === 0 ? 0 : (segment.value / most) * HEIGHT;
                y -= h;
                return h > 0 ? <rect key={segment.key} className={`app-incident-chart__segment app-incident-chart__fill--${segment.fill}`} x={x} y={y} width={column} height={h} /> : null;
              })}
              {labelled && (
                <text className="app-incident-chart__tick" x={x + column / 2} y={TOP + HEIGHT + 16} textAnchor="middle">
                  {col.label}
                </text>
              )}
              {group && (
                <text className="app-incident-chart__tick" x={x + column / 2} y={TOP + HEIGHT + 32} textAnchor="middle">
                  {group}
                </text>
              )}
            </g>
          );
        })}
        {most > 0 && scaleText && (
          <text className="app-incident-chart__tick" x={SIDE / 2} y={TOP - 8}>
            {scaleText}
          </text>
        )}
      </svg>
      {keyEntries && keyEntries.length > 0 && <ChartKey entries={keyEntries} />}
    </figure>
  );
}

/** What each colour stands for, in words. */
export function ChartKey({ entries }: { entries: readonly KeyEntry[] }) {
  return (
    <figcaption>
      <ul className="app-chart__key" aria-label="Key to the chart">
        {entries.map((entry) => (
          <li key={entry.fill}>
            <span className={`app-chart__swatch app-incident-chart__fill--${entry.fill}`} aria-hidden="true" /> {entry.text}
          </li>
        ))}
      </ul>
    </figcaption>
  );
}

// Month by month (UK calendar): how many incidents of each kind, and the median time to contain; each
// chart with its table beside it.
import { GridColumn, GridRow } from '../../../components/Content';
import { Table } from '../../../components/Table';
import { Heading, Paragraph, VisuallyHidden } from '../../../components/Typography';
import type { TrendPoint } from '../api/get-incident-metrics';
import { ColumnChart } from '../../../components/ColumnChart';
import { durationWords, KIND_LABELS, KIND_ORDER, monthShort, monthWords, plural } from './words';

const KIND_SHORT = { cyber: 'Cyber', 'data-breach': 'Breach', 'near-miss': 'Near miss' } as const;

export function incidentsTrendDescription(points: readonly TrendPoint[]): string {
  return points
    .map((p) => `${monthWords(p.month)}: ${plural(p.incidents, 'incident')}${p.incidents > 0 ? ` (${KIND_ORDER.map((kind) => `${p.byKind[kind] ?? 0} ${KIND_SHORT[kind].toLowerCase()}`).join(', ')})` : ''}`)
    .join('; ');
}

export function containTrendDescription(points: readonly TrendPoint[]): string {
  return points.map((p) => `${monthWords(p.month)}: ${containWords(p)}`).join('; ');
}

function containWords(p: TrendPoint): string {
  return p.incidents === 0 ? 'no incidents' : durationWords(p.medianHours.contain ?? null, 'none contained yet');
}

function monthColumn(p: TrendPoint) {
  return { key: p.month, label: monthShort(p.month), group: p.month.slice(0, 4) };
}

/** "Dec 2025": short enough for a table beside a chart. */
function monthInTable(month: string): string {
  return `${monthShort(month)} ${month.slice(0, 4)}`;
}

function sentence(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function TrendSection({ trend }: { trend: readonly TrendPoint[] }) {
  const most = Math.max(0, ...trend.map((p) => p.incidents));
  const longest = Math.max(0, ...trend.map((p) => p.medianHours.contain ?? 0));
  return (
    <>
      <Heading spaceAbove>Month by month</Heading>
      <Heading level={3}>Incidents each month, by kind</Heading>
      <GridRow>
        <GridColumn width="one-half">
          <ColumnChart
            label={`Incidents each month, by kind. ${incidentsTrendDescription(trend)}.`}
            scaleText={`Tallest: ${plural(most, 'incident')}`}
            columns={trend.map((p) => ({
              ...monthColumn(p),
              segments: KIND_ORDER.map((kind) => ({ key: kind, fill: kind, value: p.byKind[kind] ?? 0 })),
            }))}
            keyEntries={KIND_ORDER.map((kind) => ({ fill: kind, text: KIND_LABELS[kind] }))}
          />
        </GridColumn>
        <GridColumn width="one-half">
          <Table<TrendPoint>
            caption="Incidents each month, by kind"
            captionHidden
            responsive={false}
            rows={[...trend]}
            rowKey={(p) => p.month}
            columns={[
              { header: 'Month', rowHeader: true, cell: (p) => monthInTable(p.month) },
              { header: 'All', numeric: true, cell: (p) => p.incidents },
              ...KIND_ORDER.map((kind) => ({
                header: (
                  <>
                    {KIND_SHORT[kind]}
                    <VisuallyHidden> ({KIND_LABELS[kind]})</VisuallyHidden>
                  </>
                ),
                numeric: true,
                cell: (p: TrendPoint) => p.byKind[kind] ?? 0,
              })),
            ]}
          />
        </GridColumn>
      </GridRow>
      <Heading level={3}>Median time to contain, each month</Heading>
      <Paragraph size="s" secondary>
        From detection to containment, of the incidents detected that month that have been contained.
      </Paragraph>
      <GridRow>
        <GridColumn width="one-half">
          <ColumnChart
            label={`Median time to contain, each month. ${containTrendDescription(trend)}.`}
            scaleText={`Tallest: ${durationWords(longest)}`}
            columns={trend.map((p) => ({ ...monthColumn(p), segments: [{ key: 'contain', fill: 'median', value: p.medianHours.contain ?? 0 }] }))}
          />
        </GridColumn>
        <GridColumn width="one-half">
          <Table<TrendPoint>
            caption="Median time to contain, each month"
            captionHidden
            responsive={false}
            rows={[...trend]}
            rowKey={(p) => p.month}
            columns={[
              { header: 'Month', rowHeader: true, cell: (p) => monthInTable(p.month) },
              { header: 'Median time to contain', numeric: true, cell: (p) => sentence(containWords(p)) },
            ]}
          />
        </GridColumn>
      </GridRow>
    </>
  );
}

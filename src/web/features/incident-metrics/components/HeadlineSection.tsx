// The headline figures: for each interval, how many incidents were measured and how many could not
// be (said plainly), and the mean, median and 90th percentile; then the medians as bars with their
// table beside them.
import { GridColumn, GridRow } from '../../../components/Content';
import { Table } from '../../../components/Table';
import { Heading, SmallPrint } from '../../../components/Typography';
import type { MetricSummary } from '../api/get-incident-metrics';
import { BarChart } from '../../../components/BarChart';
import { durationWords, lackingWords, METRIC_LABELS, METRIC_ORDER, METRIC_SPAN_WORDS, plural } from './words';

export function inMetricOrder(summaries: readonly MetricSummary[]): MetricSummary[] {
  return METRIC_ORDER.map((metric) => summaries.find((summary) => summary.metric === metric)).filter((summary): summary is MetricSummary => summary !== undefined);
}

export function HeadlineSection({ overall }: { overall: readonly MetricSummary[] }) {
  const rows = inMetricOrder(overall);
  return (
    <>
      <Heading>Response times</Heading>
      <Table<MetricSummary>
        caption="Response times over the period"
        captionHidden
        rows={rows}
        rowKey={(row) => row.metric}
        columns={[
          {
            header: 'Interval',
            rowHeader: true,
            cell: (row) => (
              <>
                {METRIC_LABELS[row.metric]}
                <SmallPrint>
                  From {METRIC_SPAN_WORDS[row.metric].from} to {METRIC_SPAN_WORDS[row.metric].to}
                </SmallPrint>
              </>
            ),
          },
          {
            header: 'Measured',
            numeric: true,
            cell: (row) => (
              <>
                {row.count.toLocaleString('en-GB')}
                {row.estimated > 0 && <SmallPrint>{plural(row.estimated, 'rests', 'rest')} on an estimated occurrence time</SmallPrint>}
              </>
            ),
          },
          { header: 'Not counted', width: 'one-quarter', cell: (row) => lackingWords(row.metric, row.missing) },
          { header: 'Mean', numeric: true, className: 'app-nowrap', cell: (row) => durationWords(row.meanHours, '–') },
          { header: 'Median', numeric: true, className: 'app-nowrap', cell: (row) => durationWords(row.medianHours, '–') },
          { header: '90th percentile', numeric: true, className: 'app-nowrap', cell: (row) => durationWords(row.p90Hours, '–') },
        ]}
      />
      <Heading level={3}>Median times</Heading>
      <GridRow>
        <GridColumn width="one-half">
          <BarChart
            title="Median time for each interval"
            bars={rows.map((row) => ({ key: row.metric, label: METRIC_LABELS[row.metric], value: row.medianHours, valueText: durationWords(row.medianHours) }))}
          />
        </GridColumn>
        <GridColumn width="one-half">
          <Table<MetricSummary>
            caption="Median time for each interval"
            captionHidden
            rows={rows}
            rowKey={(row) => row.metric}
            responsive={false}
            columns={[
              { header: 'Interval', rowHeader: true, cell: (row) => METRIC_LABELS[row.metric] },
              { header: 'Median', numeric: true, className: 'app-nowrap', cell: (row) => durationWords(row.medianHours) },
              { header: 'Measured', numeric: true, className: 'app-nowrap', cell: (row) => plural(row.count, 'incident') },
            ]}
          />
        </GridColumn>
      </GridRow>
    </>
  );
}

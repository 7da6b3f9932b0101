// One interval per row and one group per column (each kind of incident, or each severity): the
// median, and how many incidents it rests on and how many could not be counted.
import { Table } from '../../../components/Table';
import { SmallPrint } from '../../../components/Typography';
import type { MetricSummary } from '../api/get-incident-metrics';
import { durationWords, METRIC_LABELS, METRIC_ORDER, plural } from './words';

export interface MetricGroup {
  key: string;
  label: string;
  incidents: number;
  metrics: readonly MetricSummary[];
}

export function GroupTable({ caption, groups }: { caption: string; groups: readonly MetricGroup[] }) {
  return (
    <Table<(typeof METRIC_ORDER)[number]>
      caption={caption}
      captionHidden
      rows={[...METRIC_ORDER]}
      rowKey={(metric) => metric}
      columns={[
        { header: 'Interval', rowHeader: true, cell: (metric) => METRIC_LABELS[metric] },
        ...groups.map((group) => ({
          header: (
            <>
              {group.label}
              <SmallPrint>{plural(group.incidents, 'incident')}</SmallPrint>
            </>
          ),
          cell: (metric: (typeof METRIC_ORDER)[number]) => {
            const summary = group.metrics.find((candidate) => candidate.metric === metric);
            if (!summary) return 'Not measured';
            return (
              <>
                {summary.medianHours === null ? 'Not measured' : `Median ${durationWords(summary.medianHours)}`}
                <SmallPrint>
                  {summary.count.toLocaleString('en-GB')} measured{summary.missing > 0 ? `, ${summary.missing.toLocaleString('en-GB')} not counted` : ''}
                </SmallPrint>
              </>
            );
          },
        })),
      ]}
    />
  );
}

// Each detection rule over the period: its volume and share, how much of it was noise, how fast its
// alerts were triaged and closed, its share of the team's handling time and its target breaches.
import { Table } from '../../../components/Table';
import { Heading, Paragraph, SmallPrint } from '../../../components/Typography';
import type { DurationStats, RuleStats } from '../api/get-alert-report';
import { minutesWords, shareWords } from './words';

/** "Median 1 h 12 min" over "90th percentile 3 h": the two figures of a duration in one cell. */
export function DurationCell({ stats }: { stats: DurationStats }) {
  if (stats.count === 0) return <>Not measured</>;
  return (
    <>
      {minutesWords(stats.medianMinutes)}
      <SmallPrint>90th: {minutesWords(stats.p90Minutes)}</SmallPrint>
    </>
  );
}

export function RulesSection({ rules }: { rules: readonly RuleStats[] }) {
  return (
    <>
      <Heading spaceAbove>Detection rules</Heading>
      <Paragraph>
        The rates are of each rule’s classified alerts. Times are the median with the 90th percentile below it. Handling is the time from triage (or creation) to closing, of the
        rule’s closed alerts.
      </Paragraph>
      <Table<RuleStats>
        caption="Detection rules over the period"
        captionHidden
        rows={[...rules]}
        rowKey={(rule) => rule.rule}
        columns={[
          { header: 'Rule', rowHeader: true, width: 'one-quarter', cell: (rule) => rule.rule },
          {
            header: 'Alerts',
            numeric: true,
            cell: (rule) => (
              <>
                {rule.alerts.toLocaleString('en-GB')}
                <SmallPrint>{shareWords(rule.shareOfAlerts)} of all</SmallPrint>
              </>
            ),
          },
          { header: 'False positive', numeric: true, cell: (rule) => shareWords(rule.falsePositiveRate, '–') },
          { header: 'Benign', numeric: true, cell: (rule) => shareWords(rule.benignRate, '–') },
          { header: 'Time to triage', numeric: true, className: 'app-nowrap', cell: (rule) => <DurationCell stats={rule.timeToTriage} /> },
          { header: 'Time to close', numeric: true, className: 'app-nowrap', cell: (rule) => <DurationCell stats={rule.timeToClose} /> },
          { header: 'Share of handling', numeric: true, cell: (rule) => shareWords(rule.shareOfHandling) },
          { header: 'Target breaches', numeric: true, cell: (rule) => rule.triageBreaches.toLocaleString('en-GB') },
        ]}
      />
    </>
  );
}

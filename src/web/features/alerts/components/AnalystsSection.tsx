// How the alerts fell across the analysts who owned them: how many each had, closed and still has
// open, and how fast they closed them.
import { Table } from '../../../components/Table';
import { Heading, Paragraph } from '../../../components/Typography';
import type { AnalystLoad } from '../api/get-alert-report';
import { DurationCell } from './RulesSection';
import { shareWords } from './words';

export function AnalystsSection({ analysts }: { analysts: readonly AnalystLoad[] }) {
  return (
    <>
      <Heading spaceAbove>Load per analyst</Heading>
      {analysts.length === 0 ? (
        <Paragraph>No alert in the period has an owner.</Paragraph>
      ) : (
        <Table<AnalystLoad>
          caption="Alerts per analyst over the period"
          captionHidden
          rows={[...analysts]}
          rowKey={(analyst) => analyst.owner}
          columns={[
            { header: 'Analyst', rowHeader: true, cell: (analyst) => analyst.owner },
            { header: 'Alerts', numeric: true, cell: (analyst) => analyst.alerts.toLocaleString('en-GB') },
            { header: 'Share of alerts', numeric: true, cell: (analyst) => shareWords(analyst.shareOfAlerts) },
            { header: 'Closed', numeric: true, cell: (analyst) => analyst.closed.toLocaleString('en-GB') },
            { header: 'Open now', numeric: true, cell: (analyst) => analyst.openNow.toLocaleString('en-GB') },
            { header: 'Time to close', numeric: true, className: 'app-nowrap', cell: (analyst) => <DurationCell stats={analyst.timeToClose} /> },
          ]}
        />
      )}
    </>
  );
}

// The alerts that waited longest past their triage target, worst first: those triaged late and those
// still untriaged as of the report.
import { Link } from 'react-router';
import { Table } from '../../../components/Table';
import { Heading, Paragraph, SmallPrint } from '../../../components/Typography';
import { formatDateTime } from '../../../lib/format';
import type { TriageBreach } from '../api/get-alert-report';
import { minutesWords, plural, SEVERITY_LABELS } from './words';

export function BreachesSection({ breaches, total, settingsLink }: { breaches: readonly TriageBreach[]; total: number; settingsLink: string | undefined }) {
  return (
    <>
      <Heading spaceAbove>Alerts past their triage target</Heading>
      <Paragraph>
        {total === 0 ? 'No alert in the period waited past the triage target for its severity.' : `${plural(total, 'alert')} waited past the triage target for ${total === 1 ? 'its' : 'their'} severity.`}
        {total > breaches.length && ` The ${breaches.length.toLocaleString('en-GB')} that waited longest are listed.`}
        {settingsLink && (
          <>
            {' '}
            <Link to={settingsLink}>Change the triage targets</Link>
          </>
        )}
      </Paragraph>
      {breaches.length > 0 && (
        <Table<TriageBreach>
          caption="Alerts past their triage target, longest over first"
          captionHidden
          rows={[...breaches]}
          rowKey={(breach) => breach.alertId}
          columns={[
            {
              header: 'Alert',
              rowHeader: true,
              cell: (breach) => (
                <>
                  {breach.alertId}
                  <SmallPrint>{breach.rule}</SmallPrint>
                </>
              ),
            },
            { header: 'Severity', cell: (breach) => SEVERITY_LABELS[breach.severity] },
            { header: 'Created', cell: (breach) => formatDateTime(breach.created) },
            { header: 'Triaged', cell: (breach) => formatDateTime(breach.triaged, 'Not yet') },
            { header: 'Target', numeric: true, className: 'app-nowrap', cell: (breach) => minutesWords(breach.targetMinutes) },
            {
              header: 'Took',
              numeric: true,
              className: 'app-nowrap',
              cell: (breach) => (
                <>
                  {minutesWords(breach.minutes)}
                  <SmallPrint>{breach.triaged ? `${minutesWords(breach.minutes - breach.targetMinutes)} over` : 'so far'}</SmallPrint>
                </>
              ),
            },
          ]}
        />
      )}
    </>
  );
}

// The notification clocks: 72 hours to tell the ICO, 72 hours to tell the NIS authority (for a NIS
// incident) and 12 hours to tell senior management, each from when the incident was detected. The
// countdown is worked out again every 30 seconds. It is plain text, not a live region: announcing
// every change would talk over whatever a screen reader user is doing on the page.
import { Table } from '../../../components/Table';
import { Heading, Paragraph } from '../../../components/Typography';
import { formatDateTime } from '../../../lib/format';
import type { ClockState } from '../../../../contract/incidents';
import type { IncidentDetail } from '../api/get-incident';
import { ClockTag } from './IncidentTags';
import { useNow } from './use-now';
import { clockAt } from './words';

const REFRESH_MS = 30_000;

interface ClockRow {
  key: string;
  deadline: string;
  clock: ClockState;
}

export function ClocksPanel({ incident }: { incident: IncidentDetail }) {
  const now = useNow(REFRESH_MS);
  const rows: ClockRow[] = [
    { key: 'ico', deadline: 'Tell the ICO (72 hours)', clock: clockAt(incident.icoClock, now) },
    ...(incident.nis ? [{ key: 'nis', deadline: 'Tell the NIS authority (72 hours)', clock: clockAt(incident.nisClock, now) }] : []),
    { key: 'senior', deadline: 'Tell senior management (12 hours)', clock: clockAt(incident.seniorClock, now) },
  ];
  return (
    <section aria-labelledby="clocks">
      <Heading id="clocks">Notification clocks</Heading>
      <Paragraph>Each clock runs from when the incident was detected, and stops when the notification is recorded below.</Paragraph>
      <Table
        caption="Notification clocks"
        captionHidden
        rows={rows}
        rowKey={(row) => row.key}
        columns={[
          { header: 'Deadline', rowHeader: true, cell: (row) => row.deadline },
          { header: 'Where it stands', cell: (row) => <ClockTag clock={row.clock} /> },
          { header: 'Due', cell: (row) => formatDateTime(row.clock.dueAt, row.clock.state === 'not-required' ? 'Not required' : 'Not started') },
          { header: 'Notified', cell: (row) => formatDateTime(row.clock.notifiedAt, 'Not yet') },
        ]}
      />
    </section>
  );
}

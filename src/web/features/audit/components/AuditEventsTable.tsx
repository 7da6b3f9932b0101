// Audit records as a table; each one opens to show the record before and after the change.
import { Details } from '../../../components/Content';
import { Table } from '../../../components/Table';
import { formatDateTime, isoInstant } from '../../../lib/format';
import type { AuditEvent } from '../api/get-audit-events';

export function AuditEventsTable({ events, caption, showChanges = true }: { events: AuditEvent[]; caption: string; showChanges?: boolean }) {
  return (
    <Table
      caption={caption}
      captionHidden
      rows={events}
      rowKey={(event) => event.id}
      columns={[
        {
          header: 'When',
          rowHeader: true,
          cell: (event) => <time dateTime={isoInstant(event.occurredAt)}>{formatDateTime(event.occurredAt)}</time>,
        },
        { header: 'Who', className: 'app-break-anywhere', cell: (event) => event.actorLabel },
        { header: 'What', cell: (event) => <code className="app-code">{event.action}</code> },
        {
          header: 'Record',
          cell: (event) => (
            <>
              {event.entityType}
              {event.entityId && (
                <>
                  <br />
                  <span className="nhsuk-body-s app-code">{event.entityId}</span>
                </>
              )}
            </>
          ),
        },
        ...(showChanges
          ? [
              {
                header: 'Changes',
                cell: (event: AuditEvent) => <Changes event={event} />,
              },
            ]
          : []),
      ]}
    />
  );
}

function Changes({ event }: { event: AuditEvent }) {
  if (event.before == null && event.after == null) return 'None recorded';
  return (
    <Details
      summary={
        <>
          Before and after<span className="nhsuk-u-visually-hidden">: {event.action} at {formatDateTime(event.occurredAt)}</span>
        </>
      }
    >
      <h3 className="nhsuk-heading-xs nhsuk-u-margin-bottom-1">Before</h3>
      <pre className="app-code-block">{json(event.before)}</pre>
      <h3 className="nhsuk-heading-xs nhsuk-u-margin-bottom-1">After</h3>
      <pre className="app-code-block">{json(event.after)}</pre>
      {event.requestId && <p className="nhsuk-body-s">Request {event.requestId}</p>}
    </Details>
  );
}

function json(value: unknown): string {
  if (value == null) return 'Nothing (the record did not exist)';
  return JSON.stringify(value, null, 2);
}

// Audit records as a table. Each record opens (details/summary) to show the record before and after
// the change; the Record column is the widest so the JSON has room.
import { Details } from '../../../components/Content';
import { Table } from '../../../components/Table';
import { Code, Heading, SmallPrint, VisuallyHidden } from '../../../components/Typography';
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
        { header: 'What', className: 'app-nowrap', cell: (event) => <Code>{event.action}</Code> },
        {
          header: 'Record',
          width: showChanges ? 'one-third' : undefined,
          cell: (event) => {
            const name = recordName(event);
            return (
              <>
                {event.entityType}
                {name && <SmallPrint breakAnywhere>{name}</SmallPrint>}
                {showChanges && <Changes event={event} />}
              </>
            );
          },
        },
      ]}
    />
  );
}

/** A name a person recognises for the record changed: its name or email, from after or before the change. */
export function recordName(event: AuditEvent): string | null {
  for (const state of [event.after, event.before]) {
    if (state && typeof state === 'object') {
      const fields = state as Record<string, unknown>;
      for (const key of ['name', 'email', 'title']) {
        const value = fields[key];
        if (typeof value === 'string' && value) return value;
      }
    }
  }
  return null;
}

function Changes({ event }: { event: AuditEvent }) {
  return (
    <Details
      summary={
        <>
          Before and after<VisuallyHidden>: {event.action} at {formatDateTime(event.occurredAt)}</VisuallyHidden>
        </>
      }
    >
      <Heading level={3} size="xs">
        Before
      </Heading>
      <Code block>{json(event.before)}</Code>
      <Heading level={3} size="xs">
        After
      </Heading>
      <Code block>{json(event.after)}</Code>
      {event.entityId && <SmallPrint breakAnywhere>Record {event.entityId}</SmallPrint>}
      {event.requestId && <SmallPrint breakAnywhere>Request {event.requestId}</SmallPrint>}
    </Details>
  );
}

function json(value: unknown): string {
  if (value == null) return 'Nothing: the record did not exist, or nothing was recorded';
  return JSON.stringify(value, null, 2);
}

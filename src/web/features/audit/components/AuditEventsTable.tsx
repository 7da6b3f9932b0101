// Audit records as a table, in words: when, who, what happened to which record and, on the full trail,
// which fields changed from what to what. The record exactly as stored stays one click away ("Show
// the full record"), for auditors who need the codes and ids.
import { Details } from '../../../components/Content';
import { Table } from '../../../components/Table';
import { Code, Heading, SmallPrint, VisuallyHidden } from '../../../components/Typography';
import { formatDateTime, isoInstant } from '../../../lib/format';
import type { AuditChange, AuditEvent } from '../api/get-audit-events';

export interface AuditEventsTableProps {
  events: AuditEvent[];
  caption: string;
  /** Add the changed fields and the full record: the audit trail page. Lists elsewhere stay short. */
  showChanges?: boolean;
  /** The organisation whose page this is: records of another (one below it) name theirs. */
  orgId?: string;
}

export function AuditEventsTable({ events, caption, showChanges = true, orgId }: AuditEventsTableProps) {
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
        {
          header: 'Who',
          className: 'app-break-anywhere',
          cell: (event) => (
            <>
              {event.actorName}
              {/* A person's email, which the record kept; a program's label says no more than its name. */}
              {event.actorId && event.actorName !== event.actorLabel && <SmallPrint breakAnywhere>{event.actorLabel}</SmallPrint>}
            </>
          ),
        },
        {
          header: 'What happened',
          cell: (event) => (
            <>
              <span>{event.summary}</span>
              <SmallPrint breakAnywhere>
                {event.recordType}
                {event.subject && `: ${event.subject}`}
              </SmallPrint>
              {event.orgName && event.orgId !== orgId && event.orgName !== event.subject && <SmallPrint>In {event.orgName}</SmallPrint>}
            </>
          ),
        },
        ...(showChanges
          ? [
              {
                header: 'What changed',
                width: 'one-third' as const,
                cell: (event: AuditEvent) => (
                  <>
                    <ChangeList changes={event.changes} />
                    <FullRecord event={event} />
                  </>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

/** "Roles: Information governance lead → Information governance lead, SIRO", one line per field. */
function ChangeList({ changes }: { changes: AuditChange[] }) {
  if (changes.length === 0) return <SmallPrint>No details recorded</SmallPrint>;
  return (
    <ul className="app-change-list">
      {changes.map((change) => (
        <li key={change.field}>
          <span className="app-change-list__field">{change.label}:</span> <ChangeValues change={change} />
        </li>
      ))}
    </ul>
  );
}

function ChangeValues({ change }: { change: AuditChange }) {
  if (change.before !== null && change.after !== null) {
    return (
      <>
        {change.before}
        <span aria-hidden="true"> → </span>
        <VisuallyHidden> changed to </VisuallyHidden>
        {change.after}
      </>
    );
  }
  if (change.after !== null) return <>{change.after}</>;
  return <>{change.before} (removed)</>;
}

function FullRecord({ event }: { event: AuditEvent }) {
  return (
    <Details
      lazy
      summary={
        <>
          Show the full record<VisuallyHidden>: {event.summary}, {formatDateTime(event.occurredAt)}</VisuallyHidden>
        </>
      }
    >
      <dl className="app-record-list">
        <RecordField name="Action" code={event.action} />
        <RecordField name="Record type" code={event.entityType} />
        <RecordField name="Record" code={event.entityId} />
        <RecordField name="Organisation" code={event.orgId} />
        <RecordField name="By" code={event.actorId ?? event.actorLabel} />
        <RecordField name="Request" code={event.requestId} />
        <RecordField name="Position in the trail" code={String(event.seq)} />
      </dl>
      <Heading level={3} size="xs">
        Before
      </Heading>
      <Code block>{json(event.before)}</Code>
      <Heading level={3} size="xs">
        After
      </Heading>
      <Code block>{json(event.after)}</Code>
    </Details>
  );
}

function RecordField({ name, code }: { name: string; code: string | null }) {
  return (
    <div>
      <dt>{name}</dt>
      <dd>{code === null ? 'None' : <Code>{code}</Code>}</dd>
    </div>
  );
}

function json(value: unknown): string {
  if (value == null) return 'Nothing: the record did not exist, or nothing was recorded';
  return JSON.stringify(value, null, 2);
}

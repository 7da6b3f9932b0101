// The incident's timeline: milestones, notes and decisions in the order they happened. A corrected
// entry stays, struck through, with the reason it was corrected; the correction is a row of its own.
// Those who manage incidents record the next milestone or a note below it, and correct any entry.
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { Table } from '../../../components/Table';
import { Heading, Paragraph, SmallPrint, VisuallyHidden } from '../../../components/Typography';
import { Announce } from '../../../components/Status';
import { formatDateTime } from '../../../lib/format';
import type { IncidentDetail, TimelineEvent } from '../api/get-incident';
import { CorrectionForm } from './CorrectionForm';
import { MilestoneForm } from './MilestoneForm';
import { type TimelineRow, timelineInOrder } from './timeline-order';
import { isMilestone, timelineKindLabel } from './words';

export function TimelineSection({ orgId, incident, canManage }: { orgId: string; incident: IncidentDetail; canManage: boolean }) {
  const [correcting, setCorrecting] = useState<TimelineEvent | null>(null);
  const [done, setDone] = useState('');
  const rows = timelineInOrder(incident.timeline);

  return (
    <section aria-labelledby="timeline">
      <Heading id="timeline">Timeline</Heading>
      <Announce>{done && <Paragraph>{done}</Paragraph>}</Announce>
      {rows.length === 0 ? (
        <Paragraph>Nothing is on the timeline yet.</Paragraph>
      ) : (
        <Table<TimelineRow>
          caption="Timeline, in the order things happened"
          captionHidden
          rows={rows}
          rowKey={(row) => row.entry.id}
          columns={[
            { header: 'When', rowHeader: true, cell: (row) => <Replaced row={row}>{whenWords(row.entry)}</Replaced> },
            { header: 'What', cell: (row) => <Replaced row={row}>{whatWords(row.entry)}</Replaced> },
            { header: 'Details', width: 'one-third', cell: (row) => <EntryDetails row={row} /> },
            { header: 'Recorded', cell: (row) => `${formatDateTime(row.entry.recordedAt)}${row.entry.recordedByName ? ` by ${row.entry.recordedByName}` : ''}` },
            ...(canManage
              ? [
                  {
                    header: <VisuallyHidden>Action</VisuallyHidden>,
                    cell: (row: TimelineRow) =>
                      !row.entry.superseded &&
                      row.entry.at !== null && (
                        <Button
                          type="button"
                          variant="secondary"
                          small
                          onClick={() => {
                            setDone('');
                            setCorrecting(row.entry);
                          }}
                        >
                          Correct<VisuallyHidden> {whatWords(row.entry).toLowerCase()} at {formatDateTime(row.entry.at)}</VisuallyHidden>
                        </Button>
                      ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {canManage && correcting && (
        <CorrectionForm
          key={correcting.id}
          orgId={orgId}
          incident={incident}
          entry={correcting}
          onClose={(message) => {
            setCorrecting(null);
            if (message) setDone(message);
          }}
        />
      )}
      {canManage && <MilestoneForm orgId={orgId} incident={incident} onDone={setDone} />}
    </section>
  );
}

function whenWords(entry: TimelineEvent): string {
  if (entry.at === null) return 'Withdrawn';
  return `${formatDateTime(entry.at)}${entry.estimated ? ' (estimate)' : ''}`;
}

function whatWords(entry: TimelineEvent): string {
  return timelineKindLabel(entry.kind);
}

/** A replaced entry's text struck through, and said to be replaced (strike-through alone is not read out). */
function Replaced({ row, children }: { row: TimelineRow; children: string }) {
  if (!row.entry.superseded) return children;
  return (
    <>
      <VisuallyHidden>Replaced: </VisuallyHidden>
      <del>{children}</del>
    </>
  );
}

function EntryDetails({ row }: { row: TimelineRow }) {
  const { entry, correctedBy } = row;
  return (
    <>
      {entry.corrects !== null && <SmallPrint>{entry.at === null && isMilestone(entry.kind) ? 'Withdrawn' : 'Correction'}{entry.reason ? `: ${entry.reason}` : ''}</SmallPrint>}
      {entry.text && <span className="app-preserve-lines">{entry.superseded ? <del>{entry.text}</del> : entry.text}</span>}
      {entry.evidenceTitle && <SmallPrint>Evidence: {entry.evidenceTitle}</SmallPrint>}
      {entry.superseded && <SmallPrint>Corrected{correctedBy?.reason ? `: ${correctedBy.reason}` : ''}</SmallPrint>}
    </>
  );
}

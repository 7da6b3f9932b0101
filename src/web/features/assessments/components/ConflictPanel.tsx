// After someone else saved the outcome first: their saved answer beside the one typed here (which
// stays in the form, so nothing is lost), and a button that loads theirs with these changes on top.
import { Button } from '../../../components/Button';
import { Table } from '../../../components/Table';
import { Heading, Paragraph } from '../../../components/Typography';
import type { StaleChange } from '../api/save-response';
import type { ResponseValues } from './response-values';
import { levelLabel, REVIEW_STATES } from './words';

export const CONFLICT_ID = 'their-answer';

export function ConflictPanel({
  stale,
  mine,
  labels,
  owners,
  onLoadTheirs,
}: {
  stale: StaleChange;
  mine: ResponseValues;
  labels: ReadonlyArray<{ id: string; label: string }>;
  owners: ReadonlyArray<{ id: string; name: string }>;
  onLoadTheirs: () => void;
}) {
  const theirs = stale.current;
  const who = stale.changedBy ?? 'Someone else';
  const ownerName = (id: string) => (id ? (owners.find((owner) => owner.id === id)?.name ?? 'Someone') : 'Unassigned');
  const rows = [
    { field: 'Level', theirs: levelLabel(labels, theirs.level), mine: levelLabel(labels, mine.level || null) },
    { field: 'Narrative', theirs: theirs.narrative || 'None', mine: mine.narrative || 'None' },
    { field: 'Owner', theirs: theirs.owner?.name ?? 'Unassigned', mine: ownerName(mine.ownerId) },
    { field: 'Review state', theirs: REVIEW_STATES[theirs.reviewState], mine: REVIEW_STATES[mine.reviewState] },
  ];
  return (
    <div id={CONFLICT_ID} tabIndex={-1}>
      <Heading>Their answer and yours</Heading>
      <Table
        caption={`${who}’s saved answer beside yours`}
        captionHidden
        rows={rows}
        rowKey={(row) => row.field}
        columns={[
          { header: 'Field', rowHeader: true, cell: (row) => row.field },
          { header: `Saved by ${who}`, width: 'one-third', cell: (row) => <span className="app-preserve-lines">{row.theirs}</span> },
          { header: 'Yours, not saved', width: 'one-third', cell: (row) => <span className="app-preserve-lines">{row.mine}</span> },
        ]}
      />
      <Paragraph>Your answer is still in the form below. Load theirs to keep what they saved where you changed nothing, with your changes on top; then check it and save.</Paragraph>
      <Button type="button" variant="secondary" onClick={onLoadTheirs}>
        Load their answer and keep my changes
      </Button>
    </div>
  );
}

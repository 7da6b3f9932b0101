// When a colleague saved first (409): what they changed since this form was filled, field by field,
// beside the form that still holds what this person typed.
import { Table } from '../../../components/Table';
import { Heading, Paragraph } from '../../../components/Typography';
import type { ChangedFact } from './facts';

export const THEIR_CHANGES_ID = 'their-changes';

export function TheirChanges<Field extends string>({ changes, who }: { changes: Array<ChangedFact<Field>>; who: string }) {
  return (
    <section id={THEIR_CHANGES_ID} tabIndex={-1} aria-labelledby={`${THEIR_CHANGES_ID}-heading`}>
      <Heading id={`${THEIR_CHANGES_ID}-heading`}>What {who} changed</Heading>
      {changes.length === 0 ? (
        <Paragraph>Nothing that this page shows: their save changed only its version.</Paragraph>
      ) : (
        <Table<ChangedFact<Field>>
          caption={`What ${who} changed since you opened this form`}
          captionHidden
          rows={changes}
          rowKey={(change) => change.field}
          columns={[
            { header: 'Field', rowHeader: true, cell: (change) => change.key },
            { header: 'When you opened the form', cell: (change) => change.read },
            { header: 'Now', cell: (change) => change.now },
          ]}
        />
      )}
    </section>
  );
}

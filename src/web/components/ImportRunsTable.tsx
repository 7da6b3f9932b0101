// The latest runs of one kind of import, newest first: when, which file, what came of it and the
// counts, and who ran it.
import type { ImportRunView } from '../../contract/imports';
import { formatDateTime } from '../lib/format';
import { Table } from './Table';

const OUTCOME_WORDS: Record<ImportRunView['status'], string> = {
  running: 'Running',
  applied: 'Imported',
  refused: 'Nothing imported',
  repeat: 'Already imported',
};

export function ImportRunsTable({ caption, runs }: { caption: string; runs: readonly ImportRunView[] }) {
  return (
    <Table<ImportRunView>
      caption={caption}
      captionHidden
      rows={runs.slice(0, 10)}
      rowKey={(run) => run.id}
      columns={[
        { header: 'When', cell: (run) => formatDateTime(run.startedAt), rowHeader: true },
        { header: 'File', cell: (run) => run.fileName },
        { header: 'Outcome', cell: (run) => OUTCOME_WORDS[run.status] },
        { header: 'Added', cell: (run) => run.inserted, numeric: true },
        { header: 'Changed', cell: (run) => run.updated, numeric: true },
        { header: 'Unchanged', cell: (run) => run.unchanged, numeric: true },
        { header: 'Rejected', cell: (run) => run.rejected, numeric: true },
        { header: 'By', cell: (run) => run.by },
      ]}
    />
  );
}

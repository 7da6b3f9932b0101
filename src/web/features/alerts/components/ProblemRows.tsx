// The rows of a file that could not be imported: row, column, the value found and why.
import { Table } from '../../../components/Table';

export interface ProblemRow {
  row: number;
  column: string;
  value: string;
  reason: string;
}

export function ProblemRows({ caption, rows }: { caption: string; rows: readonly ProblemRow[] }) {
  return (
    <Table<ProblemRow>
      caption={caption}
      rows={[...rows]}
      rowKey={(p) => `${p.row}-${p.column}-${p.reason}`}
      columns={[
        { header: 'Row', rowHeader: true, numeric: true, cell: (p) => p.row },
        { header: 'Column', cell: (p) => p.column },
        { header: 'Value', cell: (p) => p.value || '(empty)' },
        { header: 'Problem', cell: (p) => p.reason },
      ]}
    />
  );
}

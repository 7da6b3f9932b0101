// The heatmap's data as a table: for each principle, how many outcomes sit at each level and how many
// fall below the profile. The same figures as the grid, for reading across or by screen reader.
import { Table, type TableColumn } from '../../../components/Table';
import type { Heatmap } from '../api/get-heatmap';
import { NOT_APPLICABLE } from './maturity-words';

type Row = Heatmap['rows'][number];

export function HeatmapTable({ heatmap }: { heatmap: Heatmap }) {
  const count = (row: Row, level: string | null) => row.cells.filter((cell) => cell.level === level).length;
  const levelColumns: Array<TableColumn<Row>> = heatmap.levels.map((level) => ({ header: level.label, numeric: true, cell: (row) => count(row, level.id) }));
  const anyNotApplicable = heatmap.rows.some((row) => count(row, NOT_APPLICABLE) > 0);
  return (
    <Table
      caption="Outcomes at each level, by principle"
      captionHidden
      rowKey={(row) => row.principle.ref}
      rows={heatmap.rows}
      columns={[
        { header: 'Principle', rowHeader: true, cell: (row) => `${row.principle.ref} ${row.principle.title}` },
        { header: 'Outcomes', numeric: true, cell: (row) => row.cells.length },
        ...levelColumns,
        ...(anyNotApplicable ? [{ header: 'Not applicable', numeric: true, cell: (row: Row) => count(row, NOT_APPLICABLE) }] : []),
        { header: 'Not answered', numeric: true, cell: (row) => count(row, null) },
        { header: 'Below profile', numeric: true, cell: (row) => row.below },
      ]}
    />
  );
}

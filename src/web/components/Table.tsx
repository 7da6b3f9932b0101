// An NHS.UK table. Columns say how to render a row, so features never write table markup.
import type { ReactNode } from 'react';
import { classNames } from './class-names';

export interface TableColumn<Row> {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Render this column's cells as row headers (th scope=row), usually the first column. */
  rowHeader?: boolean;
  numeric?: boolean;
  className?: string;
}

export interface TableProps<Row> {
  caption: ReactNode;
  /** Show the caption only to screen readers when a heading above already says it. */
  captionHidden?: boolean;
  captionSize?: 's' | 'm' | 'l';
  columns: Array<TableColumn<Row>>;
  rows: Row[];
  rowKey: (row: Row) => string;
}

export function Table<Row>({ caption, captionHidden, captionSize = 'm', columns, rows, rowKey }: TableProps<Row>) {
  return (
    <table className="nhsuk-table">
      <caption
        className={classNames(
          'nhsuk-table__caption',
          !captionHidden && `nhsuk-table__caption--${captionSize}`,
          captionHidden && 'nhsuk-u-visually-hidden',
        )}
      >
        {caption}
      </caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          {columns.map((column, index) => (
            <th
              // Columns are declared once per table and never reorder.
              key={index}
              className={classNames('nhsuk-table__header', column.numeric && 'nhsuk-table__header--numeric')}
              scope="col"
            >
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {rows.map((row) => (
          <tr className="nhsuk-table__row" key={rowKey(row)}>
            {columns.map((column, index) =>
              column.rowHeader ? (
                <th key={index} className={classNames('nhsuk-table__header', column.className)} scope="row">
                  {column.cell(row)}
                </th>
              ) : (
                <td
                  key={index}
                  className={classNames('nhsuk-table__cell', column.numeric && 'nhsuk-table__cell--numeric', column.className)}
                >
                  {column.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

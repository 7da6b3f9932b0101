// An NHS.UK table. Columns say how to render a row, so features never write table markup. A table
// too wide for the screen scrolls sideways in its own box, which then becomes a keyboard-focusable,
// labelled region so keyboard users can scroll it too. The region's name adds "scrolls sideways" to
// the caption: a table often sits in a section named like its caption, and two landmarks with one
// name cannot be told apart in a screen reader's list of them.
import { type ReactNode, type RefObject, useEffect, useId, useRef, useState } from 'react';
import { classNames } from './class-names';

export interface TableColumn<Row> {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Render this column's cells as row headers (th scope=row), usually the first column. */
  rowHeader?: boolean;
  numeric?: boolean;
  /** A share of the table's width, for columns whose content should not be squeezed. */
  width?: 'one-quarter' | 'one-third' | 'one-half' | 'two-thirds' | 'three-quarters';
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
  /**
   * On screens narrower than desktop, show each row as a stack of "heading: value" lines (NHS.UK's
   * responsive table). On by default; explicit ARIA roles keep it a table for screen readers.
   */
  responsive?: boolean;
}

export function Table<Row>({ caption, captionHidden, captionSize = 'm', columns, rows, rowKey, responsive = true }: TableProps<Row>) {
  const role = (name: string) => (responsive ? name : undefined);
  const captionId = useId();
  const scrollsId = useId();
  const container = useRef<HTMLDivElement>(null);
  const scrollable = useOverflows(container);
  return (
    <div
      className="app-table-container"
      ref={container}
      {...(scrollable ? { tabIndex: 0, role: 'region', 'aria-labelledby': `${captionId} ${scrollsId}` } : {})}
    >
      <span id={scrollsId} hidden>
        (scrolls sideways)
      </span>
      <table className={classNames('nhsuk-table', responsive && 'nhsuk-table--responsive')} role={role('table')}>
        <caption
          id={captionId}
          className={classNames(
            'nhsuk-table__caption',
            !captionHidden && `nhsuk-table__caption--${captionSize}`,
            captionHidden && 'nhsuk-u-visually-hidden',
          )}
        >
          {caption}
        </caption>
        <thead className="nhsuk-table__head" role={role('rowgroup')}>
          <tr className="nhsuk-table__row" role={role('row')}>
            {columns.map((column, index) => (
              <th
                // Columns are declared once per table and never reorder.
                key={index}
                className={classNames(
                  'nhsuk-table__header',
                  column.numeric && 'nhsuk-table__header--numeric',
                  column.width && `nhsuk-u-width-${column.width}`,
                )}
                scope="col"
                role={role('columnheader')}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body" role={role('rowgroup')}>
          {rows.map((row) => (
            <tr className="nhsuk-table__row" key={rowKey(row)} role={role('row')}>
              {columns.map((column, index) => {
                const content = responsive ? (
                  <>
                    {/* Shown on small screens in place of the column header, which screen readers already announce. */}
                    <span className="nhsuk-table__heading" aria-hidden="true">
                      {column.header}{' '}
                    </span>
                    <div>{column.cell(row)}</div>
                  </>
                ) : (
                  column.cell(row)
                );
                return column.rowHeader ? (
                  <th key={index} className={classNames('nhsuk-table__header', column.className)} scope="row" role={role('rowheader')}>
                    {content}
                  </th>
                ) : (
                  <td
                    key={index}
                    className={classNames('nhsuk-table__cell', column.numeric && 'nhsuk-table__cell--numeric', column.className)}
                    role={role('cell')}
                  >
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Whether the element's content is wider than the element, kept up to date as either resizes. */
function useOverflows(ref: RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, [ref]);
  return overflows;
}

// What an export is, whatever its format: named columns and rows of cells. A capability builds one
// table and hands it to the CSV or XLSX writer, so both files hold the same values.
import type { CellValue } from '../imports/spreadsheet-cells.js';

/**
 * A value in an exported cell. Dates are written as ISO 8601 text in UTC (`2026-12-05T14:03:00.000Z`):
 * the same characters in CSV and XLSX, sortable as text, and with no spreadsheet shifting them to the
 * reader's time zone. A capability that wants a date without a time passes the text `2026-12-05`.
 */
export type ExportCell = CellValue | Date;

export interface ExportColumn {
  header: string;
  /** Width in characters (XLSX only; CSV has none). */
  width?: number;
}

/** Rows as an array, or as an (async) iterable so a large export can stream from the database. */
export type ExportRows = Iterable<readonly ExportCell[]> | AsyncIterable<readonly ExportCell[]>;

export interface ExportTable {
  columns: readonly ExportColumn[];
  rows: ExportRows;
}

/**
 * The cell as the writers take it: a date as ISO text, and a number no spreadsheet can hold (NaN,
 * Infinity) as an empty cell. Neutralising formulas is each writer's last step, not done here.
 */
export function plainCell(cell: ExportCell): CellValue {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString();
  if (typeof cell === 'number' && !Number.isFinite(cell)) return null;
  return cell;
}

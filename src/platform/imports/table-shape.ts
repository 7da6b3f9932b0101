// The shape of a table read from a CSV file or a sheet: every column needs a heading, and no two may
// share one, because the mapping finds a field's values by its column's heading; and no row may be
// wider, or hold a longer value, than the limits allow.
import { columnName, count, sourceRefusal } from './source-refusal.js';
import type { SourceLimits, SourceRecord } from './types.js';

export interface HeadingRow {
  cells: string[];
  /** The row (or line) the headings are on, as a person finds it. */
  row: number;
}

/**
 * Checks a heading row and answers its headings, trimmed. Headings are compared ignoring case, since
 * a person reading "Email" and "EMAIL" sees one column twice. Headings are only ever names in an
 * array, so `__proto__` or `constructor` is as harmless as any other.
 */
export function checkHeadings({ cells, row }: HeadingRow, limits: SourceLimits, fileLabel: string): string[] {
  const headers = cells.map((cell) => cell.trim());
  if (headers.length > limits.maxColumns) {
    throw sourceRefusal(fileLabel, `The heading row has ${count(headers.length)} columns; the most accepted is ${count(limits.maxColumns)}.`, { row });
  }
  const seen = new Map<string, number>();
  headers.forEach((heading, index) => {
    if (heading === '') {
      throw sourceRefusal(fileLabel, `Column ${columnName(index, headers)} has no heading. Give it one, or delete the column if it is empty.`, { row, column: columnName(index, headers) });
    }
    if (heading.length > limits.maxFieldChars) {
      throw sourceRefusal(fileLabel, `The heading of column ${columnName(index, [])} is ${count(heading.length)} characters long; the most accepted is ${count(limits.maxFieldChars)}.`, { row, column: columnName(index, []) });
    }
    const key = heading.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      throw sourceRefusal(fileLabel, `Columns ${columnName(first, headers)} and ${columnName(index, headers)} have the same heading; each column needs its own, so rename one of them.`, {
        row,
        column: columnName(index, headers),
        value: heading,
      });
    }
    seen.set(key, index);
  });
  return headers;
}

/** Refuses a record wider than the column limit, or with a value longer than a cell may hold. */
export function checkRecord(record: SourceRecord, headers: readonly string[], limits: SourceLimits, fileLabel: string): void {
  if (record.cells.length > limits.maxColumns) {
    throw sourceRefusal(fileLabel, `The row has ${count(record.cells.length)} values; the most accepted is ${count(limits.maxColumns)} columns.`, { row: record.row });
  }
  record.cells.forEach((cell, index) => {
    if (cell.length > limits.maxFieldChars) {
      const column = columnName(index, headers);
      throw sourceRefusal(fileLabel, `The value in column ${column} is ${count(cell.length)} characters long; the most a cell may hold is ${count(limits.maxFieldChars)}.`, { row: record.row, column });
    }
  });
}

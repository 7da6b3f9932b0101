// How a reader refuses a file: one ValidationFailed whose problem says where (row and column when
// known) and what to do, in the words a person fixing the file needs.
import { ValidationFailed, type FieldProblem } from '../errors.js';

export interface RefusalPlace {
  /** Row as a spreadsheet shows it (or, for NDJSON, the line number). */
  row?: number;
  /** Column as a person finds it: `C (Email)` for tabular files, the key for NDJSON. */
  column?: string;
  /** A place that is not a row, e.g. `line 4, byte offset 120` for text that cannot be decoded. */
  field?: string;
  value?: unknown;
}

export function sourceRefusal(fileLabel: string, message: string, place: RefusalPlace = {}): ValidationFailed {
  const { row, column, value } = place;
  const field = place.field ?? (row !== undefined ? (column !== undefined ? `row ${row}, column ${column}` : `row ${row}`) : column !== undefined ? `column ${column}` : '(file)');
  const problem: FieldProblem = {
    field,
    message,
    ...(row !== undefined ? { row } : {}),
    ...(column !== undefined ? { column } : {}),
    ...(value !== undefined ? { value } : {}),
  };
  return new ValidationFailed(`${fileLabel} cannot be read`, [problem]);
}

/** Column letters as a spreadsheet shows them: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A tabular column as a person finds it: its letter, and its heading when it has one. */
export function columnName(index: number, headers: readonly string[]): string {
  const heading = headers[index];
  return heading ? `${columnLetter(index)} (${heading})` : columnLetter(index);
}

/** 1234567 → "1,234,567", as numbers are read in messages. */
export function count(n: number): string {
  return n.toLocaleString('en-GB');
}

export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number.isInteger(bytes / (1024 * 1024)) ? bytes / (1024 * 1024) : (bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${Math.ceil(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}

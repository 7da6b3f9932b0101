// Reads a small CSV file (RFC 4180: commas, double-quoted fields, "" for a quote) into the same rows
// a spreadsheet gives, with limits on size, rows and columns, so a sheet saved as CSV can be imported.
import { ValidationFailed } from '../errors.js';
import { MAX_SHEET_COLUMNS, MAX_SHEET_ROWS, type SheetRow } from './safe-xlsx.js';

/** The CIS Controls sheet saved as CSV is about 100 KB; 5 MiB is far beyond any catalogue sheet. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;

/** Rows of text cells, numbered as a spreadsheet would show them (from 1). */
export function readCsvRows(bytes: Uint8Array, fileLabel = 'the CSV file'): SheetRow[] {
  const refuse = (message: string, row?: number): never => {
    throw new ValidationFailed(`${fileLabel} cannot be read`, [{ field: row ? `row ${row}` : '(file)', message, ...(row ? { row } : {}) }]);
  };
  if (bytes.byteLength > MAX_CSV_BYTES) refuse(`The file is larger than ${MAX_CSV_BYTES / (1024 * 1024)} MiB; a catalogue sheet is far smaller.`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse('The file is not UTF-8 text; save it as "CSV UTF-8".');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  const rows: SheetRow[] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  // Numbered as a spreadsheet program shows them: one row per record, blank records included.
  let record = 1;
  const endField = () => {
    row.push(field.trim());
    field = '';
    if (row.length > MAX_SHEET_COLUMNS) refuse(`The row has more than ${MAX_SHEET_COLUMNS} columns.`, record);
  };
  const endRow = () => {
    endField();
    if (row.some((cell) => cell !== '')) {
      if (rows.length >= MAX_SHEET_ROWS) refuse(`The file has more than ${MAX_SHEET_ROWS} rows; a catalogue sheet has far fewer.`);
      rows.push({ number: record, cells: row.map((cell) => ({ text: cell })) });
    }
    row = [];
    record++;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
      continue;
    }
    if (c === '"' && field.trim() === '') {
      field = '';
      quoted = true;
    } else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += c;
  }
  if (quoted) refuse('A quoted value is never closed (a " is missing).', record);
  if (field !== '' || row.length) endRow();
  return rows;
}

// Reads one sheet of an .xlsx workbook as a source: the archive is inspected first (zip bombs, nested
// archives, DTDs refused, see safe-xlsx.ts), then the sheet is read with the import's limits. The
// first row with any value holds the headings; cells are given as the text a person sees, dates in
// their display format.
import { resolveLimits } from './limits.js';
import { MAX_XLSX_BYTES, readXlsxSheets, type SheetData } from './safe-xlsx.js';
import { count, sizeText, sourceRefusal } from './source-refusal.js';
import { checkHeadings, checkRecord } from './table-shape.js';
import type { SourceLimits, SourceReader, SourceRecord } from './types.js';

export interface XlsxReadOptions {
  /** The sheet to read, by its name on the tab; the first sheet when not given. */
  sheet?: string;
  limits?: Partial<SourceLimits>;
  fileLabel?: string;
}

/**
 * Rows the spreadsheet library may read beyond the limit before it stops: room for the heading row and
 * blank rows, so that the exact row count is checked here and refused with the row it is exceeded on.
 */
const SHEET_ROW_ALLOWANCE = 1000;

/** The biggest workbook read, within the caller's byte limit. */
export function workbookByteLimit(limits: SourceLimits): number {
  return Math.min(limits.maxBytes, MAX_XLSX_BYTES);
}

export async function readXlsx(bytes: Uint8Array, options: XlsxReadOptions = {}): Promise<SourceReader> {
  const fileLabel = options.fileLabel ?? 'the workbook';
  const limits = resolveLimits(options.limits);
  if (bytes.byteLength > workbookByteLimit(limits)) {
    throw sourceRefusal(fileLabel, `The workbook is larger than ${sizeText(workbookByteLimit(limits))}, the most accepted for a workbook. Save the sheet as "CSV UTF-8 (Comma delimited)" and import that instead.`);
  }
  const sheets = await readXlsxSheets(bytes, fileLabel, { maxRows: limits.maxRows + SHEET_ROW_ALLOWANCE, maxColumns: limits.maxColumns });
  const sheet = chooseSheet(sheets, options.sheet, fileLabel);

  const rows = sheet.rows.filter((row) => row.cells.some((cell) => cell.text.trim() !== ''));
  const heading = rows[0];
  if (!heading) throw sourceRefusal(fileLabel, `Sheet "${sheet.name}" is empty. Its first row must name the columns.`);
  const headers = checkHeadings({ row: heading.number, cells: heading.cells.map((cell) => cell.text) }, limits, fileLabel);
  if (rows.length - 1 > limits.maxRows) {
    throw sourceRefusal(fileLabel, `The sheet has more than ${count(limits.maxRows)} rows, the most accepted for this import. Split it into smaller files.`, { row: rows[limits.maxRows + 1]!.number });
  }

  const records: SourceRecord[] = rows.slice(1).map((row) => {
    // A sheet leaves out empty cells at the end of a row; they are empty values, not a short row.
    const cells = row.cells.map((cell) => cell.text.trim());
    while (cells.length < headers.length) cells.push('');
    const record = { row: row.number, cells };
    checkRecord(record, headers, limits, fileLabel);
    return record;
  });

  async function* each(): AsyncGenerator<SourceRecord> {
    yield* records;
  }
  return { headers, records: each(), bytesRead: () => bytes.byteLength };
}

function chooseSheet(sheets: SheetData[], name: string | undefined, fileLabel: string): SheetData {
  if (name === undefined) {
    const first = sheets[0];
    if (!first) throw sourceRefusal(fileLabel, 'The workbook has no sheets.');
    return first;
  }
  const wanted = name.trim().toLowerCase();
  const found = sheets.find((s) => s.name === name) ?? sheets.find((s) => s.name.trim().toLowerCase() === wanted);
  if (!found) {
    throw sourceRefusal(fileLabel, `The workbook has no sheet called "${name}". Its sheets are: ${sheets.map((s) => `"${s.name}"`).join(', ')}.`, { field: 'sheet', value: name });
  }
  return found;
}

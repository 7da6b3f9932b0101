// Writes exports as Excel workbooks (.xlsx), one sheet per table, streamed so a large export never
// sits whole in memory. Every text cell is neutralised so that no formula in the data can run, and
// dates are ISO text (see export-table.ts), matching the CSV export character for character.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { documentAuthor, type IdentityNames } from '../identity/deployment-identity.js';
import { neutraliseCell, type CellValue } from '../imports/spreadsheet-cells.js';
import { plainCell, type ExportTable } from './export-table.js';
import { memoryOutput } from './memory-output.js';
import { excelSheetName } from './sheet-names.js';

export interface XlsxSheet extends ExportTable {
  /** Any text: it is made into a name Excel accepts (see sheet-names.ts). */
  name: string;
  /** Keep the header row in view while scrolling. Default true. */
  freezeHeader?: boolean;
  /** Put filter buttons on the header row. Default true. */
  autoFilter?: boolean;
}

export interface XlsxOptions {
  /** When the workbook was made, stored in its properties. Default now. */
  created?: Date;
  /** The deployment whose workbook it is: its organisation (or service) is the author. */
  identity: IdentityNames;
}

/** Excel holds at most this many characters in a cell, and reports a damaged file beyond it. */
export const MAX_CELL_TEXT_LENGTH = 32_767;

/** Rows written between pauses that let the zip stream pass what is ready on to the output. */
const ROWS_PER_PAUSE = 500;

// A lone half of a surrogate pair is not a character; the workbook's XML cannot hold it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The value as it goes into the workbook: text made safe to store and neutralised, numbers as numbers. */
export function xlsxCell(value: CellValue): CellValue {
  if (typeof value !== 'string') return value;
  let text = value.replace(LONE_SURROGATE, '\uFFFD');
  // Better a cell that visibly ends early than a workbook Excel offers to repair.
  if (text.length > MAX_CELL_TEXT_LENGTH) text = `${text.slice(0, MAX_CELL_TEXT_LENGTH - 1).replace(/[\uD800-\uDBFF]$/, '')}…`;
  return neutraliseCell(text);
}

/** Waits while the output is full, and yields so the zip stream can move what it holds. */
async function letOutputCatchUp(output: Writable): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  if (output.writableNeedDrain) await once(output, 'drain');
}

/**
 * Writes the sheets, in order, as one workbook to `output` and ends it. The first row of each sheet
 * is its column headers, in bold. The workbook's author is the deployment's (documentAuthor).
 */
export async function writeXlsx(output: Writable, sheets: readonly XlsxSheet[], options: XlsxOptions): Promise<void> {
  const created = options.created ?? new Date();
  // Loaded on the first workbook: tens of megabytes a process that never writes one need not hold.
  const { default: excel } = await import('exceljs');
  const workbook = new excel.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    // Inline strings let each row go out as it is written; shared strings would hold every text to the end.
    useSharedStrings: false,
  });
  workbook.creator = documentAuthor(options.identity);
  workbook.lastModifiedBy = documentAuthor(options.identity);
  workbook.created = created;
  workbook.modified = created;
  const taken = new Set<string>();
  for (const sheet of sheets) {
    const frozen = sheet.freezeHeader ?? true;
    const worksheet = workbook.addWorksheet(excelSheetName(sheet.name, taken), {
      views: frozen ? [{ state: 'frozen', xSplit: 0, ySplit: 1 }] : [],
    });
    worksheet.columns = sheet.columns.map((column) => ({ width: column.width ?? Math.min(Math.max(column.header.length + 2, 10), 60) }));
    const header = worksheet.addRow(sheet.columns.map((column) => xlsxCell(column.header)));
    header.font = { bold: true };
    header.commit();
    if ((sheet.autoFilter ?? true) && sheet.columns.length > 0) {
      worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    }
    let written = 0;
    for await (const row of sheet.rows) {
      worksheet.addRow(row.map((cell) => xlsxCell(plainCell(cell)))).commit();
      written += 1;
      if (written % ROWS_PER_PAUSE === 0) await letOutputCatchUp(output);
    }
    worksheet.commit();
  }
  await workbook.commit();
}

/** The workbook as bytes, for an export small enough to send as one response. */
export async function xlsxBuffer(sheets: readonly XlsxSheet[], options: XlsxOptions): Promise<Buffer> {
  const { output, bytes } = memoryOutput();
  await writeXlsx(output, sheets, options);
  return bytes();
}

// Reads a spreadsheet (.xlsx) someone has brought to Bulwark without trusting it. An .xlsx file is a
// zip archive of XML parts, so before any spreadsheet library sees it we read the zip's own
// directory, refuse what no spreadsheet contains (too many parts, nested archives, encryption,
// DTDs), and inflate every part ourselves with a hard ceiling, so a zip bomb is caught by what it
// actually unpacks to and not by what it claims.
import zlib from 'node:zlib';
// Loaded on the first workbook read: tens of megabytes a process that never reads one need not hold.
import type ExcelJS from 'exceljs';
import { ValidationFailed, type FieldProblem } from '../errors.js';
import { dateAsShown } from './excel-date-text.js';

import { columnLetter } from './source-refusal.js';

export { columnLetter };

/** The biggest file we accept. A catalogue workbook of a few hundred rows is well under 1 MB. */
export const MAX_XLSX_BYTES = 10 * 1024 * 1024;

/** Parts in the archive. A workbook of a few sheets has 10–30; a thousand is not a workbook. */
export const MAX_ZIP_ENTRIES = 1000;

/**
 * What one part, and all parts together, may unpack to. 9,000 rows of nine CIS-like columns unpack
 * to under 4 MB; the spreadsheet library holds about 12 times the XML size in memory while reading
 * (measured: 3.9 MB of XML, 49 MB of heap), so 24 MiB keeps a hostile workbook near 300 MB.
 */
export const MAX_ENTRY_UNCOMPRESSED_BYTES = 24 * 1024 * 1024;
export const MAX_TOTAL_UNCOMPRESSED_BYTES = 24 * 1024 * 1024;

/**
 * Most a part may expand, uncompressed ÷ compressed. Spreadsheet XML typically compresses about
 * 10 times; 100 is the line Apache POI draws too. Parts under {@link RATIO_CHECK_FLOOR_BYTES} are
 * not checked: a small part can be highly compressible and still harmless.
 */
export const MAX_COMPRESSION_RATIO = 100;
export const RATIO_CHECK_FLOOR_BYTES = 256 * 1024;

/** Rows and cells per row the spreadsheet library will read in any sheet (CIS: about 200 rows, 9 columns). */
export const MAX_SHEET_ROWS = 10_000;
export const MAX_SHEET_COLUMNS = 256;
/** Sheets in the workbook. */
export const MAX_SHEETS = 50;

/** Limits sized for a workbook held in memory are small for a big extract, which reads fine as CSV. */
const LARGE_SHEET_ADVICE = 'A genuine sheet this large can be saved as "CSV UTF-8 (Comma delimited)" and imported as that.';

const NESTED_ARCHIVE = /\.(zip|xlsx|xlsm|xlsb|xls|docx|docm|pptx|jar|gz|tgz|bz2|xz|7z|rar|tar|cab|zst)$/i;
const XML_PART = /\.(xml|rels|vml)$/i;

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

export interface ZipEntrySummary {
  name: string;
  compressedBytes: number;
  uncompressedBytes: number;
}

/** One cell as text (as a person sees it) and, for numeric cells, the number itself. */
export interface SheetCell {
  text: string;
  number?: number;
}

export interface SheetRow {
  /** The row number a person sees in the spreadsheet (from 1). */
  number: number;
  /** Cells by column position, from 0 (column A). */
  cells: SheetCell[];
}

/** How much of each sheet the spreadsheet library may read. */
export interface SheetLimits {
  maxRows: number;
  maxColumns: number;
}

/** Sized for catalogue sheets; the import pipeline passes its own. */
export const CATALOGUE_SHEET_LIMITS: Readonly<SheetLimits> = Object.freeze({ maxRows: MAX_SHEET_ROWS, maxColumns: MAX_SHEET_COLUMNS });

export interface SheetData {
  name: string;
  rows: SheetRow[];
}

/**
 * Checks the archive's structure and every part's real size, or throws ValidationFailed saying
 * which part is wrong and why. Returns the parts' names and sizes.
 */
export function inspectXlsxArchive(bytes: Uint8Array, fileLabel = 'the spreadsheet'): ZipEntrySummary[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const refuse = (message: string, field = '(file)', value?: unknown): never => {
    throw new ValidationFailed(`${fileLabel} cannot be read safely`, [{ field, message, ...(value === undefined ? {} : { value }) }]);
  };
  if (buf.length > MAX_XLSX_BYTES) refuse(`The file is ${mib(buf.length)}; the most Bulwark accepts is ${mib(MAX_XLSX_BYTES)}.`, '(file)', buf.length);
  if (buf.length < 22 || buf.readUInt32LE(0) !== SIG_LOCAL) refuse('The file is not an .xlsx workbook (it is not a zip archive). Save it from Excel as "Excel Workbook (.xlsx)".');

  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) refuse('The file is not a complete .xlsx workbook: the end of its zip directory is missing.');
  if (eocd >= 20 && buf.readUInt32LE(eocd - 20) === SIG_ZIP64_LOCATOR) refuse('The workbook uses the ZIP64 extension, which no workbook of this size needs.');
  const disk = buf.readUInt16LE(eocd + 4);
  const cdDisk = buf.readUInt16LE(eocd + 6);
  const entriesHere = buf.readUInt16LE(eocd + 8);
  const entries = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (disk !== 0 || cdDisk !== 0 || entriesHere !== entries) refuse('The workbook is split across several files; save it as one .xlsx file.');
  if (entries === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) refuse('The workbook uses the ZIP64 extension, which no workbook of this size needs.');
  if (entries > MAX_ZIP_ENTRIES) refuse(`The workbook has ${entries} parts; a spreadsheet has far fewer (at most ${MAX_ZIP_ENTRIES} accepted).`, '(file)', entries);
  if (cdOffset + cdSize > eocd) refuse('The workbook\'s zip directory points outside the file.');

  const summaries: ZipEntrySummary[] = [];
  const names = new Set<string>();
  let totalUncompressed = 0;
  let at = cdOffset;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > cdOffset + cdSize || buf.readUInt32LE(at) !== SIG_CENTRAL) refuse('The workbook\'s zip directory is damaged.');
    const flags = buf.readUInt16LE(at + 8);
    const method = buf.readUInt16LE(at + 10);
    const crc = buf.readUInt32LE(at + 16);
    const compressed = buf.readUInt32LE(at + 20);
    const uncompressed = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const localOffset = buf.readUInt32LE(at + 42);
    const nameBytes = buf.subarray(at + 46, at + 46 + nameLength);
    const name = nameBytes.toString(flags & 0x800 ? 'utf8' : 'latin1');
    at += 46 + nameLength + extraLength + commentLength;
    const field = `part ${JSON.stringify(name)}`;

    if (names.has(name)) refuse('The archive holds two parts with the same name.', field, name);
    names.add(name);
    if (flags & 0x1) refuse('The part is encrypted; remove the password and save the workbook again.', field);
    if (method !== 0 && method !== 8) refuse(`The part uses compression method ${method}; workbooks use only "deflate".`, field, method);
    if (compressed === 0xffffffff || uncompressed === 0xffffffff || localOffset === 0xffffffff) refuse('The part uses the ZIP64 extension, which no workbook of this size needs.', field);
    if (NESTED_ARCHIVE.test(name)) refuse('The workbook contains another archive inside it; that is not part of a spreadsheet.', field, name);
    if (uncompressed > MAX_ENTRY_UNCOMPRESSED_BYTES) refuse(`The part says it unpacks to ${mib(uncompressed)}; the most accepted for one part is ${mib(MAX_ENTRY_UNCOMPRESSED_BYTES)}. ${LARGE_SHEET_ADVICE}`, field, uncompressed);
    totalUncompressed += uncompressed;
    if (totalUncompressed > MAX_TOTAL_UNCOMPRESSED_BYTES) refuse(`The workbook says it unpacks to more than ${mib(MAX_TOTAL_UNCOMPRESSED_BYTES)}, more than Bulwark reads from a workbook (a zip bomb looks like this too). ${LARGE_SHEET_ADVICE}`, field);
    if (uncompressed >= RATIO_CHECK_FLOOR_BYTES && uncompressed / Math.max(compressed, 1) > MAX_COMPRESSION_RATIO) {
      refuse(`The part expands ${Math.round(uncompressed / Math.max(compressed, 1))} times when unpacked (more than ${MAX_COMPRESSION_RATIO} is refused). This looks like a zip bomb.`, field);
    }
    if (name.endsWith('/')) {
      if (uncompressed !== 0) refuse('A folder entry has content.', field);
      summaries.push({ name, compressedBytes: compressed, uncompressedBytes: 0 });
      continue;
    }

    // The part's data, found through its local header, which must agree with the directory.
    if (localOffset + 30 > cdOffset || buf.readUInt32LE(localOffset) !== SIG_LOCAL) refuse('The part\'s data is missing or damaged.', field);
    const localName = buf.subarray(localOffset + 30, localOffset + 30 + buf.readUInt16LE(localOffset + 26));
    if (!localName.equals(nameBytes)) refuse('The part\'s name differs between the zip directory and its data; the archive has been tampered with.', field);
    const dataStart = localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
    if (dataStart + compressed > cdOffset) refuse('The part\'s data runs past the end of the archive.', field);
    const data = buf.subarray(dataStart, dataStart + compressed);
    const content = unpack(data, method, uncompressed, field, refuse);
    if (zlib.crc32(content) >>> 0 !== crc) refuse('The part is damaged (its checksum does not match).', field);
    if (XML_PART.test(name) && /<!DOCTYPE|<!ENTITY/i.test(content.toString('latin1'))) {
      refuse('The part declares a DTD or entities, which spreadsheets never use (an XML entity attack?).', field);
    }
    summaries.push({ name, compressedBytes: compressed, uncompressedBytes: uncompressed });
  }
  return summaries;
}

/**
 * Reads every sheet of a workbook into rows of text, after {@link inspectXlsxArchive} has passed.
 * Formulas give their last calculated value; a formula is never evaluated.
 */
export async function readXlsxSheets(bytes: Uint8Array, fileLabel = 'the spreadsheet', limits: Readonly<SheetLimits> = CATALOGUE_SHEET_LIMITS): Promise<SheetData[]> {
  inspectXlsxArchive(bytes, fileLabel);
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  const options: Partial<ExcelJS.XlsxReadOptions> & { maxRows: number; maxCols: number } = {
    maxRows: limits.maxRows,
    maxCols: limits.maxColumns,
    // Parts of a sheet that carry no text we read: skipping them keeps the reader's surface small.
    ignoreNodes: ['dataValidations', 'conditionalFormatting', 'extLst', 'drawing', 'legacyDrawing', 'picture', 'tableParts', 'autoFilter', 'hyperlinks'],
  };
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer, options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const limit = /Max (\w+) count \((\d+)\) exceeded/.exec(message);
    const problem: FieldProblem = limit
      ? { field: '(file)', message: tooBig(limit[1] === 'row' ? 'rows' : 'cells', Number(limit[2]), limits) }
      : { field: '(file)', message: `The workbook could not be read: ${message.slice(0, 200)}` };
    throw new ValidationFailed(`${fileLabel} cannot be read`, [problem]);
  }
  if (workbook.worksheets.length > MAX_SHEETS) {
    throw new ValidationFailed(`${fileLabel} cannot be read`, [{ field: '(file)', message: `The workbook has ${workbook.worksheets.length} sheets; at most ${MAX_SHEETS} are accepted.` }]);
  }
  return workbook.worksheets.map((sheet) => {
    const rows: SheetRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: SheetCell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        const value = cellOf(cell.value, cell.numFmt);
        if (columnNumber <= limits.maxColumns) cells[columnNumber - 1] = value;
        else if (value.text !== '') {
          // Dropping it would lose a value without a word; say where it is instead.
          const column = columnLetter(columnNumber - 1);
          throw new ValidationFailed(`${fileLabel} cannot be read`, [
            { field: `row ${rowNumber}, column ${column}`, row: rowNumber, column, message: `Sheet "${sheet.name}" has a value in column ${column}, beyond the ${limits.maxColumns} columns accepted.` },
          ]);
        }
      });
      for (let c = 0; c < cells.length; c++) cells[c] ??= { text: '' };
      rows.push({ number: rowNumber, cells });
    });
    return { name: sheet.name, rows };
  });
}

/** What to say when the spreadsheet library stops at a limit. */
function tooBig(what: 'rows' | 'cells', limit: number, limits: Readonly<SheetLimits>): string {
  if (limits === CATALOGUE_SHEET_LIMITS) return `A sheet has more than ${limit} ${what === 'rows' ? 'rows' : 'cells in a row'}; a catalogue sheet has far fewer.`;
  return what === 'rows'
    ? `A sheet has more than ${limit} rows, blank ones included; this import accepts fewer.`
    : `A sheet has a row of more than ${limit} cells; this import accepts at most ${limits.maxColumns} columns.`;
}

/** A cell's value as text; a date in its display format (see excel-date-text.ts). */
function cellOf(value: ExcelJS.CellValue, numFmt: string | undefined): SheetCell {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'number') return { text: String(value), number: value };
  if (typeof value === 'string') return { text: value.trim() };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { text: Number.isNaN(value.getTime()) ? '' : dateAsShown(value, numFmt) };
  if ('richText' in value) return { text: value.richText.map((part) => part.text).join('').trim() };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null || (typeof result === 'object' && !(result instanceof Date))) return { text: '' };
    return cellOf(result, numFmt);
  }
  if ('hyperlink' in value) return { text: String(value.text ?? '').trim() };
  if ('error' in value) return { text: '' };
  return { text: '' };
}

function unpack(data: Buffer, method: number, declared: number, field: string, refuse: (message: string, field: string) => never): Buffer {
  if (method === 0) {
    if (data.length !== declared) refuse('The part\'s size differs from what the zip directory says.', field);
    return data;
  }
  let out: Buffer;
  try {
    // The ceiling is what the directory declared: a part that unpacks to more is lying about its size.
    out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(declared, 1) });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      refuse('The part unpacks to more than the zip directory declares: this looks like a zip bomb.', field);
    }
    refuse('The part is damaged and cannot be unpacked.', field);
  }
  if (out.length !== declared) refuse('The part unpacks to a different size from what the zip directory says.', field);
  return out;
}

function findEndOfCentralDirectory(buf: Buffer): number {
  // The record is 22 bytes plus a comment of up to 65,535 bytes, at the very end of the file.
  const lowest = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= lowest; i--) {
    if (buf.readUInt32LE(i) === SIG_EOCD && i + 22 + buf.readUInt16LE(i + 20) <= buf.length) return i;
  }
  return -1;
}

function mib(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

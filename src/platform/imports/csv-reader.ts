// Reads a CSV file as it streams (RFC 4180: quoted values may hold delimiters, "" for a quote and line
// breaks; CRLF or LF line ends), a record at a time, so a file of a million rows never sits in memory.
// Rows are numbered as a spreadsheet shows them: one row per record, blank records included, so a
// value on two lines inside quotes is still one row.
import { pipeline, type Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { ValidationFailed } from '../errors.js';
import { ByteCeiling } from './byte-ceiling.js';
import { checkHeadings, checkRecord } from './table-shape.js';
import { resolveLimits } from './limits.js';
import { columnName, count, sourceRefusal } from './source-refusal.js';
import { decodeText } from './text-decoding.js';
import type { SourceEncoding, SourceLimits, SourceReader, SourceRecord } from './types.js';

/** Delimiters exports use: comma, semicolon (where the decimal mark is a comma) and tab. */
export const CSV_DELIMITERS = [',', ';', '\t'] as const;

export interface CsvReadOptions {
  encoding?: SourceEncoding;
  /** `,` unless the file is declared to use `;` or a tab. */
  delimiter?: string;
  limits?: Partial<SourceLimits>;
  fileLabel?: string;
}

/** Opens a CSV stream and reads up to its heading row; the records follow as they are asked for. */
export async function readCsv(source: Readable | NodeJS.ReadableStream, options: CsvReadOptions = {}): Promise<SourceReader> {
  const fileLabel = options.fileLabel ?? 'the CSV file';
  const limits = resolveLimits(options.limits);
  const delimiter = options.delimiter ?? ',';
  if (!(CSV_DELIMITERS as readonly string[]).includes(delimiter)) {
    throw new ValidationFailed('The delimiter asked for is not one Bulwark reads', [
      { field: 'delimiter', message: 'A CSV file is read with a comma, a semicolon or a tab between values.', value: delimiter },
    ]);
  }
  const ceiling = new ByteCeiling(limits.maxBytes, fileLabel);
  // The parser reads ahead of the records taken from it, and an error discards what it has buffered,
  // so the headings are noted as it parses them: a refusal can then name the column by its heading.
  let headingsSeen: string[] = [];
  const parser = parse({
    delimiter,
    quote: '"',
    escape: '"',
    // Mixed line ends happen when files are joined; CRLF is tried first so it counts as one break.
    record_delimiter: ['\r\n', '\n', '\r'],
    // Ragged rows are passed on for the pipeline to report row by row, not refused here.
    relax_column_count: true,
    // Spaces around a quoted value (`a, "b, c"`) are what people type; values are trimmed anyway.
    trim: true,
    // Bounds what a record may hold before it ends, so a huge value is refused as it streams.
    max_record_size: limits.maxRecordChars,
    on_record: (record: string[]) => {
      if (!headingsSeen.length && record.some((cell) => cell.trim() !== '')) headingsSeen = record.map((cell) => cell.trim());
      return record;
    },
  });
  // Errors from any stage (size, decoding, parsing) reach the reader through the parser's iterator.
  pipeline(source as Readable, ceiling, decodeText({ encoding: options.encoding, fileLabel }), parser, () => {});
  const parsed = parser[Symbol.asyncIterator]() as AsyncIterator<string[]>;

  let row = 0;
  /** The next record that is not blank, trimmed, with its row; undefined at the end of the file. */
  const next = async (): Promise<SourceRecord | undefined> => {
    for (;;) {
      let result: IteratorResult<string[]>;
      try {
        result = await parsed.next();
      } catch (error) {
        throw explain(error, limits, fileLabel, headingsSeen);
      }
      if (result.done) return undefined;
      row++;
      const cells = result.value.map((cell) => cell.trim());
      if (cells.every((cell) => cell === '')) continue;
      return { row, cells };
    }
  };

  let headers: string[];
  try {
    const headingRow = await next();
    if (!headingRow) {
      throw sourceRefusal(fileLabel, 'The file has no heading row. The first row must name the columns, such as "Employee number,Email".');
    }
    headers = checkHeadings(headingRow, limits, fileLabel);
  } catch (error) {
    parser.destroy(); // and with it the file
    throw error;
  }

  async function* records(): AsyncGenerator<SourceRecord> {
    let dataRows = 0;
    try {
      for (let record = await next(); record; record = await next()) {
        checkRecord(record, headers, limits, fileLabel);
        if (++dataRows > limits.maxRows) {
          throw sourceRefusal(fileLabel, `The file has more than ${count(limits.maxRows)} rows, the most accepted for this import. Split it into smaller files.`, { row: record.row });
        }
        yield record;
      }
    } finally {
      await parsed.return?.();
    }
  }

  return {
    headers,
    records: records(),
    bytesRead: () => ceiling.bytes,
    close: () => {
      parser.destroy();
    },
  };
}

/** Turns the parser's complaint into a refusal that names the row (and column) a person should look at. */
function explain(error: unknown, limits: SourceLimits, fileLabel: string, headers: readonly string[]): unknown {
  if (!(error instanceof CsvError)) return error;
  // The parser counts every record it has finished; the one it was reading is the next row.
  const details = error as CsvError & { records?: number; index?: number };
  const row = (details.records ?? 0) + 1;
  const column = details.index !== undefined ? columnName(details.index, headers) : undefined;
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return sourceRefusal(fileLabel, 'A quoted value that starts in this row is never closed: a " is missing, so the rest of the file would be read as one value.', { row, ...(column ? { column } : {}) });
    case 'CSV_MAX_RECORD_SIZE':
      return sourceRefusal(
        fileLabel,
        `The row holds more than ${count(limits.maxRecordChars)} characters before it ends, far more than a row of cells of at most ${count(limits.maxFieldChars)} characters each. Often a " is missing, so the rest of the file reads as one value.`,
        { row, ...(column ? { column } : {}) },
      );
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return sourceRefusal(
        fileLabel,
        'A value has a " in it but is not itself in quotes, or has text after its closing quote. A value with a " must be wrapped in quotes with the " doubled ("5"" screen"); saving from Excel does this.',
        { row, ...(column ? { column } : {}) },
      );
    default:
      return sourceRefusal(fileLabel, `The file is not CSV that can be read: ${error.message.slice(0, 200)}`, { row });
  }
}

// Reads a CSV file as it streams (RFC 4180: quoted values may hold delimiters, "" for a quote and line
// breaks; CRLF or LF line ends), a record at a time, so a file of a million rows never sits in memory.
// Rows are numbered as a spreadsheet shows them: one row per record, blank records included, so a
// value on two lines inside quotes is still one row.
import { pipeline, type Readable } from 'node:stream';
import { ValidationFailed } from '../errors.js';
import { ByteCeiling } from './byte-ceiling.js';
import { CsvTokenError, CsvTokenizer } from './csv-tokenizer.js';
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

/** Opens a CSV stream and reads up to its heading row; the records follow, a piece of the file at a time. */
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
  const decoder = decodeText({ encoding: options.encoding, fileLabel });
  // Errors from any stage (size, decoding) reach the reader through the decoder's iterator.
  pipeline(source as Readable, ceiling, decoder, () => {});
  const text = (decoder as AsyncIterable<string>)[Symbol.asyncIterator]();
  const tokenizer = new CsvTokenizer(delimiter, limits.maxRecordChars);
  let headers: string[] = [];
  let row = 0;
  let ended = false;

  /** The next piece of the file's records (blank ones dropped but counted); undefined at the end. */
  const nextPiece = async (): Promise<SourceRecord[] | undefined> => {
    for (;;) {
      if (ended) return undefined;
      let cells: string[][];
      try {
        const chunk = await text.next();
        if (chunk.done) {
          ended = true;
          cells = tokenizer.end();
        } else {
          cells = tokenizer.push(chunk.value);
        }
      } catch (error) {
        throw explain(error, limits, fileLabel, headers.length ? headers : (tokenizer.firstRecord ?? []));
      }
      const piece: SourceRecord[] = [];
      for (const record of cells) {
        row++;
        if (record.length === 1 && record[0] === '') continue;
        if (record.every((cell) => cell === '')) continue;
        piece.push({ row, cells: record });
      }
      if (piece.length || ended) return piece;
    }
  };

  let first: SourceRecord[] = [];
  try {
    while (!first.length) {
      const piece = await nextPiece();
      if (!piece) break;
      first = piece;
    }
    let headingRow = first.shift();
    // PowerShell's Export-Csv (before version 6, without -NoTypeInformation) writes "#TYPE" and the
    // .NET type of the objects on a line of its own before the headings: a note, not the heading row.
    if (headingRow && headingRow.cells.length === 1 && /^#TYPE\b/.test(headingRow.cells[0]!)) {
      while (!first.length) {
        const piece = await nextPiece();
        if (!piece) break;
        first = piece;
      }
      headingRow = first.shift();
    }
    if (!headingRow) {
      throw sourceRefusal(fileLabel, 'The file has no heading row. The first row must name the columns, such as "Employee number,Email".');
    }
    headers = checkHeadings(headingRow, limits, fileLabel);
  } catch (error) {
    decoder.destroy(); // and with it the file
    throw error;
  }

  let dataRows = 0;
  async function* batches(): AsyncGenerator<SourceRecord[]> {
    try {
      for (let piece: SourceRecord[] | undefined = first; piece; piece = await nextPiece()) {
        if (!piece.length) continue;
        for (const record of piece) {
          checkRecord(record, headers, limits, fileLabel);
          if (++dataRows > limits.maxRows) {
            throw sourceRefusal(fileLabel, `The file has more than ${count(limits.maxRows)} rows, the most accepted for this import. Split it into smaller files.`, { row: record.row });
          }
        }
        yield piece;
      }
    } finally {
      decoder.destroy();
    }
  }
  const pieces = batches();

  async function* records(): AsyncGenerator<SourceRecord> {
    for await (const piece of pieces) yield* piece;
  }

  return {
    headers,
    batches: pieces,
    records: records(),
    bytesRead: () => ceiling.bytes,
    close: () => {
      decoder.destroy();
    },
  };
}

/** Turns the parser's complaint into a refusal that names the row (and column) a person should look at. */
function explain(error: unknown, limits: SourceLimits, fileLabel: string, headers: readonly string[]): unknown {
  if (!(error instanceof CsvTokenError)) return error;
  const row = error.recordsBefore + 1;
  const column = error.index !== undefined ? columnName(error.index, headers) : undefined;
  const place = { row, ...(column ? { column } : {}) };
  switch (error.fault) {
    case 'quote-not-closed':
      return sourceRefusal(fileLabel, 'A quoted value that starts in this row is never closed: a " is missing, so the rest of the file would be read as one value.', place);
    case 'record-too-long':
      return sourceRefusal(
        fileLabel,
        `The row holds more than ${count(limits.maxRecordChars)} characters before it ends, far more than a row of cells of at most ${count(limits.maxFieldChars)} characters each. Often a " is missing, so the rest of the file reads as one value.`,
        place,
      );
    case 'stray-quote':
    case 'text-after-quote':
      return sourceRefusal(
        fileLabel,
        'A value has a " in it but is not itself in quotes, or has text after its closing quote. A value with a " must be wrapped in quotes with the " doubled ("5"" screen"); saving from Excel does this.',
        place,
      );
  }
}

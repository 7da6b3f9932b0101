// The one way every import opens a file: the reader for its format, under the import's limits. Text
// formats stream; a workbook is a zip archive that can only be read whole, so it is read into memory
// up to the workbook limit and no further.
import type { Readable } from 'node:stream';
import { readCsv } from './csv-reader.js';
import { resolveLimits } from './limits.js';
import { readJsonDocument } from './json-reader.js';
import { readNdjson } from './ndjson-reader.js';
import { sizeText, sourceRefusal } from './source-refusal.js';
import type { SourceEncoding, SourceFormat, SourceLimits, SourceReader } from './types.js';
import { readXlsx, workbookByteLimit } from './xlsx-reader.js';

export interface SourceInput {
  /** Opens the file's bytes; called once. */
  open: () => NodeJS.ReadableStream | Readable;
  format: SourceFormat;
  /** For CSV and NDJSON: the encoding, when the file has no byte order mark and is not UTF-8. */
  encoding?: SourceEncoding;
  /** For CSV: `,` (the default), `;` or a tab. */
  delimiter?: string;
  /** For a workbook: the sheet to read (the first when not given). */
  sheet?: string;
  /** For a JSON document: the key whose list holds the records (the document's one list when not given). */
  recordsKey?: string | undefined;
  /** For NDJSON: the keys to read (the first object's keys when not given). */
  fields?: readonly string[];
  limits?: Partial<SourceLimits>;
  /** How messages name the file, e.g. its name as uploaded. */
  fileLabel?: string;
}

export async function openSource(input: SourceInput): Promise<SourceReader> {
  const { format, fileLabel } = input;
  const limits = resolveLimits(input.limits);
  switch (format) {
    case 'csv':
      return readCsv(input.open(), { encoding: input.encoding, delimiter: input.delimiter, limits, fileLabel: fileLabel ?? 'the CSV file' });
    case 'ndjson':
      return readNdjson(input.open(), { encoding: input.encoding, fields: input.fields, limits, fileLabel: fileLabel ?? 'the NDJSON file' });
    case 'json':
      return readJsonDocument(input.open(), { encoding: input.encoding, recordsKey: input.recordsKey, limits, fileLabel: fileLabel ?? 'the JSON file' });
    case 'xlsx': {
      const label = fileLabel ?? 'the workbook';
      const bytes = await readWhole(input.open(), workbookByteLimit(limits), label);
      return readXlsx(bytes, { sheet: input.sheet, limits, fileLabel: label });
    }
    default:
      throw sourceRefusal(fileLabel ?? 'the file', `Bulwark does not read files in the format "${String(format)}".`, { field: 'format', value: format });
  }
}

const FORMATS_BY_EXTENSION: Record<string, SourceFormat> = {
  csv: 'csv',
  txt: 'csv',
  xlsx: 'xlsx',
  ndjson: 'ndjson',
  jsonl: 'ndjson',
  json: 'json',
};

/** The format a file's name says it is in (`.csv`, `.txt`, `.xlsx`, `.ndjson`, `.jsonl`, `.json`), if any. */
export function formatFromName(fileName: string): SourceFormat | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  return extension !== undefined && Object.hasOwn(FORMATS_BY_EXTENSION, extension) ? FORMATS_BY_EXTENSION[extension] : undefined;
}

/** Reads a stream into memory, refusing it (and stopping it) as soon as it passes the limit. */
async function readWhole(source: NodeJS.ReadableStream | Readable, maxBytes: number, fileLabel: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer | string>) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      total += bytes.length;
      if (total > maxBytes) {
        throw sourceRefusal(fileLabel, `The workbook is larger than ${sizeText(maxBytes)}, the most accepted for a workbook. Save the sheet as "CSV UTF-8 (Comma delimited)" and import that instead.`, {
          value: `more than ${maxBytes} bytes`,
        });
      }
      chunks.push(bytes);
    }
  } finally {
    (source as Partial<Readable>).destroy?.();
  }
  return Buffer.concat(chunks, total);
}

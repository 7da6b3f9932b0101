// Reads one JSON document whose records are a list: the document itself, or the one list of objects
// under a key of the document (a published catalogue keeps its entries under `vulnerabilities`, beside
// its version and release date). A document has to be parsed whole, so it is read into memory up to
// its own limit; the document's other top-level values come with it as `properties`, for kinds that
// need to know what the file says about itself. A record's row is its place in the list, from 1.
import { pipeline, type Readable } from 'node:stream';
import { ByteCeiling } from './byte-ceiling.js';
import { MAX_JSON_DEPTH, resolveLimits } from './limits.js';
import { cellText, nestingExceeds } from './ndjson-reader.js';
import { count, sizeText, sourceRefusal } from './source-refusal.js';
import { decodeText } from './text-decoding.js';
import type { SourceEncoding, SourceLimits, SourceReader, SourceRecord } from './types.js';

/**
 * The largest JSON document read: it is held whole, with its parsed objects (several times its size).
 * Published catalogues are a few MiB; a longer history belongs in NDJSON, which streams.
 */
export const MAX_JSON_DOCUMENT_BYTES = 64 * 1024 * 1024;

export interface JsonReadOptions {
  encoding?: SourceEncoding | undefined;
  /** The key whose list holds the records; without it, the document's one list of objects. */
  recordsKey?: string | undefined;
  limits?: Partial<SourceLimits>;
  fileLabel?: string;
}

export async function readJsonDocument(source: Readable | NodeJS.ReadableStream, options: JsonReadOptions = {}): Promise<SourceReader> {
  const fileLabel = options.fileLabel ?? 'the JSON file';
  const limits = resolveLimits(options.limits);
  const maxBytes = Math.min(limits.maxBytes, MAX_JSON_DOCUMENT_BYTES);
  const text = await readText(source, maxBytes, options.encoding, fileLabel);
  if (nestingExceeds(text, MAX_JSON_DEPTH)) throw sourceRefusal(fileLabel, `The document is nested more than ${MAX_JSON_DEPTH} levels deep; no export needs that many.`);
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw sourceRefusal(fileLabel, `The file is not valid JSON (${error instanceof Error ? error.message.slice(0, 120) : 'unreadable'}).`);
  }
  const { list, key } = recordsOf(document, options.recordsKey, fileLabel);
  if (list.length > limits.maxRows) throw sourceRefusal(fileLabel, `The file has more than ${count(limits.maxRows)} records, the most accepted for this import. Split it into smaller files.`);
  list.forEach((item, index) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) throw sourceRefusal(fileLabel, `Record ${index + 1} of "${key ?? 'the list'}" is not a JSON object; every record must be one.`, { row: index + 1 });
  });
  const objects = list as Array<Record<string, unknown>>;
  const headers = headersOf(objects, limits, fileLabel);
  const properties: Record<string, string> = Object.create(null) as Record<string, string>;
  if (key !== null) {
    for (const [name, value] of Object.entries(document as Record<string, unknown>)) {
      if (name !== key && (value === null || typeof value !== 'object')) properties[name] = cellText(value);
    }
  }

  async function* records(): AsyncGenerator<SourceRecord> {
    for (let index = 0; index < objects.length; index++) {
      const object = objects[index]!;
      const cells = headers.map((h) => (Object.hasOwn(object, h) ? cellText(object[h]) : ''));
      cells.forEach((cell, column) => {
        if (cell.length > limits.maxFieldChars) throw sourceRefusal(fileLabel, `The value of "${headers[column]}" is ${count(cell.length)} characters long; the most accepted is ${count(limits.maxFieldChars)}.`, { row: index + 1, column: headers[column]! });
      });
      yield { row: index + 1, cells };
    }
  }
  const bytes = Buffer.byteLength(text);
  return { headers, records: records(), properties, bytesRead: () => bytes };
}

/** The list of records: the document, or the list under the key named, or the document's only list. */
function recordsOf(document: unknown, recordsKey: string | undefined, fileLabel: string): { list: unknown[]; key: string | null } {
  if (Array.isArray(document)) return { list: document, key: null };
  if (document === null || typeof document !== 'object') throw sourceRefusal(fileLabel, 'The document is neither a list of records nor an object holding one.');
  const object = document as Record<string, unknown>;
  if (recordsKey !== undefined) {
    const list = Object.hasOwn(object, recordsKey) ? object[recordsKey] : undefined;
    if (!Array.isArray(list)) throw sourceRefusal(fileLabel, `The document has no list under "${recordsKey}".`, { column: recordsKey });
    return { list, key: recordsKey };
  }
  const lists = Object.keys(object).filter((k) => Array.isArray(object[k]) && (object[k] as unknown[]).some((v) => v !== null && typeof v === 'object' && !Array.isArray(v)));
  if (lists.length !== 1) {
    throw sourceRefusal(fileLabel, lists.length === 0 ? 'The document holds no list of records.' : `The document holds more than one list of records (${lists.map((k) => `"${k}"`).join(', ')}); say which to read.`);
  }
  return { list: object[lists[0]!] as unknown[], key: lists[0]! };
}

/** Every key the records use, in the order first met, so a record that leaves a key out reads it as blank. */
function headersOf(objects: ReadonlyArray<Record<string, unknown>>, limits: SourceLimits, fileLabel: string): string[] {
  const seen = new Set<string>();
  for (const [index, object] of objects.entries()) {
    for (const key of Object.keys(object)) {
      if (seen.has(key)) continue;
      if (key.trim() === '') throw sourceRefusal(fileLabel, 'A key is empty; every column needs a name.', { row: index + 1 });
      if (key.length > limits.maxFieldChars) throw sourceRefusal(fileLabel, `A key is ${count(key.length)} characters long; the most accepted is ${count(limits.maxFieldChars)}.`, { row: index + 1 });
      seen.add(key);
      if (seen.size > limits.maxColumns) throw sourceRefusal(fileLabel, `The records use more than ${count(limits.maxColumns)} keys, the most accepted.`, { row: index + 1 });
    }
  }
  if (seen.size === 0) throw sourceRefusal(fileLabel, 'The list holds no records with keys, so there are no columns to read.');
  return [...seen];
}

async function readText(source: Readable | NodeJS.ReadableStream, maxBytes: number, encoding: SourceEncoding | undefined, fileLabel: string): Promise<string> {
  const ceiling = new ByteCeiling(maxBytes, fileLabel);
  const decoder = decodeText({ encoding, fileLabel });
  pipeline(source as Readable, ceiling, decoder, () => {});
  const parts: string[] = [];
  try {
    for await (const chunk of decoder as AsyncIterable<string>) parts.push(chunk);
  } catch (error) {
    if (ceiling.bytes > maxBytes) {
      throw sourceRefusal(fileLabel, `The JSON document is larger than ${sizeText(maxBytes)}, the most read whole. Write it as NDJSON (one record a line), which is read as it streams.`, { value: `more than ${maxBytes} bytes` });
    }
    throw error;
  }
  return parts.join('');
}

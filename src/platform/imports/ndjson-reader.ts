// Reads newline-delimited JSON (one object per line, as Microsoft Sentinel and Splunk export alerts)
// as it streams. The columns are the fields the caller asks for, or else the keys of the first
// object; each value becomes text, so every format reaches the pipeline in the same shape. A record's
// row is its line number, which is what a person finds in a text editor.
import { pipeline, type Readable } from 'node:stream';
import { ByteCeiling } from './byte-ceiling.js';
import { MAX_JSON_DEPTH, resolveLimits } from './limits.js';
import { count, sourceRefusal } from './source-refusal.js';
import { decodeText } from './text-decoding.js';
import type { SourceEncoding, SourceLimits, SourceReader, SourceRecord } from './types.js';

export interface NdjsonReadOptions {
  encoding?: SourceEncoding;
  /** The keys to read, in this order; without them, the keys of the first object. */
  fields?: readonly string[];
  limits?: Partial<SourceLimits>;
  fileLabel?: string;
}

interface Line {
  line: number;
  text: string;
}

/** Opens an NDJSON stream and reads its first object, which gives the columns unless fields are named. */
export async function readNdjson(source: Readable | NodeJS.ReadableStream, options: NdjsonReadOptions = {}): Promise<SourceReader> {
  const fileLabel = options.fileLabel ?? 'the NDJSON file';
  const limits = resolveLimits(options.limits);
  const ceiling = new ByteCeiling(limits.maxBytes, fileLabel);
  const decoder = decodeText({ encoding: options.encoding, fileLabel });
  pipeline(source as Readable, ceiling, decoder, () => {});
  const lines = linesOf(decoder as AsyncIterable<string>, limits, fileLabel);

  let first: { line: number; object: Record<string, unknown> } | undefined;
  let headers: string[];
  try {
    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      const object = objectOf(next.value, fileLabel);
      if (object) {
        first = { line: next.value.line, object };
        break;
      }
    }
    if (!first) throw sourceRefusal(fileLabel, 'The file holds no JSON objects; each line should be one object, such as {"AlertName": "…"}.');
    headers = checkFields(options.fields ?? Object.keys(first.object), first.line, limits, fileLabel);
  } catch (error) {
    decoder.destroy(); // and with it the file
    throw error;
  }

  const recordOf = (line: number, object: Record<string, unknown>): SourceRecord => {
    const cells = headers.map((key) => (Object.hasOwn(object, key) ? cellText(object[key]) : ''));
    cells.forEach((cell, index) => {
      if (cell.length > limits.maxFieldChars) {
        throw sourceRefusal(fileLabel, `The value of "${headers[index]}" is ${count(cell.length)} characters long; the most accepted is ${count(limits.maxFieldChars)}.`, { row: line, column: headers[index]! });
      }
    });
    return { row: line, cells };
  };

  const opening = first;
  async function* records(): AsyncGenerator<SourceRecord> {
    let dataRows = 1;
    try {
      yield recordOf(opening.line, opening.object);
      for (let next = await lines.next(); !next.done; next = await lines.next()) {
        const object = objectOf(next.value, fileLabel);
        if (!object) continue;
        if (++dataRows > limits.maxRows) {
          throw sourceRefusal(fileLabel, `The file has more than ${count(limits.maxRows)} lines of data, the most accepted for this import. Split it into smaller files.`, { row: next.value.line });
        }
        yield recordOf(next.value.line, object);
      }
    } finally {
      await lines.return(undefined);
    }
  }

  return {
    headers,
    records: records(),
    bytesRead: () => ceiling.bytes,
    close: () => {
      decoder.destroy();
    },
  };
}

/** The lines of the text, numbered from 1; a line longer than a record may be is refused before it ends. */
async function* linesOf(text: AsyncIterable<string>, limits: SourceLimits, fileLabel: string): AsyncGenerator<Line, void, undefined> {
  const tooLong = (line: number) =>
    sourceRefusal(fileLabel, `The line is longer than ${count(limits.maxRecordChars)} characters, far more than one alert or record needs. Is the file one JSON document rather than one object per line?`, {
      row: line,
    });
  let pending = '';
  let line = 0;
  for await (const chunk of text) {
    let start = 0;
    for (let end = chunk.indexOf('\n'); end !== -1; end = chunk.indexOf('\n', start)) {
      const whole = pending + chunk.slice(start, end);
      pending = '';
      line++;
      if (whole.length > limits.maxRecordChars) throw tooLong(line);
      yield { line, text: whole.endsWith('\r') ? whole.slice(0, -1) : whole };
      start = end + 1;
    }
    pending += chunk.slice(start);
    if (pending.length > limits.maxRecordChars) throw tooLong(line + 1);
  }
  if (pending !== '') yield { line: line + 1, text: pending.endsWith('\r') ? pending.slice(0, -1) : pending };
}

/** The object on a line, undefined for a blank line; anything else is refused with its line number. */
function objectOf({ line, text }: Line, fileLabel: string): Record<string, unknown> | undefined {
  const json = text.trim();
  if (json === '') return undefined;
  if (nestingExceeds(json, MAX_JSON_DEPTH)) {
    throw sourceRefusal(fileLabel, `The object is nested more than ${MAX_JSON_DEPTH} levels deep; no export needs that many.`, { row: line });
  }
  let value: unknown;
  try {
    // JSON.parse makes a "__proto__" key an own property like any other; it never sets a prototype.
    value = JSON.parse(json);
  } catch (error) {
    throw sourceRefusal(fileLabel, `The line is not valid JSON (${error instanceof Error ? error.message.slice(0, 120) : 'unreadable'}). Each line must be one JSON object.`, { row: line });
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const what = value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`;
    throw sourceRefusal(fileLabel, `The line holds ${what}, not a JSON object; each line must be one object, such as {"AlertName": "…"}.`, { row: line });
  }
  return value as Record<string, unknown>;
}

/** Checks the columns asked for or found: each named once, and no more than the limit. */
function checkFields(fields: readonly string[], line: number, limits: SourceLimits, fileLabel: string): string[] {
  if (fields.length === 0) throw sourceRefusal(fileLabel, 'The first object has no keys, so there are no columns to read.', { row: line });
  if (fields.length > limits.maxColumns) {
    throw sourceRefusal(fileLabel, `The first object has ${count(fields.length)} keys; the most accepted is ${count(limits.maxColumns)}.`, { row: line });
  }
  const seen = new Set<string>();
  for (const field of fields) {
    if (field.trim() === '') throw sourceRefusal(fileLabel, 'A key is empty; every column needs a name.', { row: line });
    if (field.length > limits.maxFieldChars) throw sourceRefusal(fileLabel, `A key is ${count(field.length)} characters long; the most accepted is ${count(limits.maxFieldChars)}.`, { row: line });
    if (seen.has(field)) throw sourceRefusal(fileLabel, `The key "${field}" is asked for twice.`, { row: line, column: field });
    seen.add(field);
  }
  return [...fields];
}

/** A JSON value as the text of a cell (NDJSON lines and JSON documents alike): text trimmed, nested objects and lists kept as JSON, null empty. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** Whether the brackets of the JSON text go deeper than `max`, found without parsing it. */
export function nestingExceeds(json: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

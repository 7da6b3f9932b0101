// Reading a long file in a second thread while this one checks and writes its rows. Reading (bytes to
// text to records to typed values) is about half the work of importing a file of a million rows, and
// none of it needs the database, so a worker does it and sends each piece of typed rows on; the
// pipeline here checks them, weighs them against the database and writes them. The worker runs at most
// a few pieces ahead, so memory stays bounded. Files below READ_AHEAD_BYTES are read in this thread:
// starting a thread costs more than it saves on them.
import { Worker } from 'node:worker_threads';
import { ValidationFailed, type FieldProblem } from '../errors.js';
import type { PlannedField } from './mapping.js';
import type { FieldValue, RowProblem, SourceEncoding, SourceFormat, SourceLimits } from './types.js';

/** Files at least this long are read in a second thread. */
export const READ_AHEAD_BYTES = 16 * 1024 * 1024;
/**
 * The reader's short-lived objects (cells, values) die within a piece: a young generation of 16 MB
 * holds them as well as V8's default of three times that, and a million-row import peaks 20 MB lower.
 */
const READER_YOUNG_GENERATION_MB = 16;
/** Pieces the reader may send before the pipeline has taken them. */
const PIECES_AHEAD = 4;

export interface ReadAheadInput {
  path: string;
  format: Exclude<SourceFormat, 'xlsx' | 'json'>;
  encoding?: SourceEncoding | undefined;
  delimiter?: string | undefined;
  limits: SourceLimits;
  fileLabel: string;
}

/** One row: its typed values (in the plan's order as the reader sends them, by field as the pipeline takes them), or the problems found reading it. */
export interface ReadRecord<Values = FieldValue[]> {
  row: number;
  values: Values | null;
  problems: RowProblem[] | null;
  /** The row's cells, for a rejects file (empty unless one is written, or the row has problems). */
  cells: string[];
}

/**
 * A piece of rows as it crosses between threads: copying a few long strings and typed arrays costs a
 * fraction of copying a million small objects. Text values are joined by U+0001, which no value that
 * passed its checks can hold (control characters are refused); numbers (and booleans as 1 and 0) go in a
 * Float64Array, NaN for none. Rows with problems, rare, go as they are.
 */
export interface PackedPiece {
  rows: Int32Array;
  text: string;
  numbers: Float64Array;
  /** Which of the plan's fields are numbers (1), booleans (2) or text (0). */
  failed: Array<{ index: number; row: number; problems: RowProblem[]; cells: string[] }>;
  /** JSON of every row's cells, when a rejects file is written. */
  cellsJson: string | null;
}

export type ReadAheadMessage =
  | { type: 'headers'; headers: string[] }
  | { type: 'piece'; piece: PackedPiece; bytesRead: number }
  | { type: 'end'; bytesRead: number; hash: string }
  | { type: 'error'; refusal?: { message: string; errors: FieldProblem[] }; failure?: string };

export interface ReadAhead {
  headers: string[];
  /** Sends the plan (found from the headings) and the pieces of typed rows follow. */
  read(fields: PlannedField[], withCells: boolean): AsyncIterable<Array<ReadRecord<Record<string, FieldValue>>>>;
  bytesRead(): number;
  /** The SHA-256 of the file's bytes, once every piece has been read. */
  contentHash(): string;
  close(): Promise<void>;
}

// The worker runs TypeScript: it registers the same loader the command and the server use, then loads
// its module. (A worker does not share the loader registered in the thread that starts it.)
const WORKER_MODULE = new URL('./read-ahead-worker.ts', import.meta.url).href;
const BOOTSTRAP = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => { register(); return import(${JSON.stringify(WORKER_MODULE)}); });`;

export async function openReadAhead(input: ReadAheadInput): Promise<ReadAhead> {
  const worker = new Worker(BOOTSTRAP, { eval: true, workerData: input, resourceLimits: { maxYoungGenerationSizeMb: READER_YOUNG_GENERATION_MB } });
  const queue: ReadAheadMessage[] = [];
  let waiting: (() => void) | null = null;
  let exited: Error | null = null;
  worker.on('message', (message: ReadAheadMessage) => {
    queue.push(message);
    waiting?.();
  });
  worker.on('error', (error) => {
    exited = error;
    waiting?.();
  });
  worker.on('exit', (code) => {
    exited ??= new Error(`The file reader stopped (exit code ${code}).`);
    waiting?.();
  });
  const next = async (): Promise<ReadAheadMessage> => {
    for (;;) {
      const message = queue.shift();
      if (message) {
        if (message.type === 'error') {
          if (message.refusal) throw new ValidationFailed(message.refusal.message, message.refusal.errors);
          throw new Error(message.failure ?? 'The file reader failed.');
        }
        return message;
      }
      if (exited) throw exited;
      await new Promise<void>((resolve) => (waiting = resolve));
      waiting = null;
    }
  };
  let bytes = 0;
  let hash: string | null = null;
  const close = async () => {
    worker.removeAllListeners('exit');
    await worker.terminate();
  };
  let first: ReadAheadMessage;
  try {
    first = await next();
  } catch (error) {
    await close();
    throw error;
  }
  if (first.type !== 'headers') {
    await close();
    throw new Error('The file reader sent rows before the headings.');
  }
  return {
    headers: first.headers,
    bytesRead: () => bytes,
    contentHash: () => {
      if (hash === null) throw new Error('The file has not been read to its end.');
      return hash;
    },
    close,
    read(fields, withCells) {
      worker.postMessage({ type: 'plan', fields, withCells });
      worker.postMessage({ type: 'credit', count: PIECES_AHEAD });
      return {
        async *[Symbol.asyncIterator]() {
          for (;;) {
            const message = await next();
            if (message.type === 'end') {
              bytes = message.bytesRead;
              hash = message.hash;
              return;
            }
            if (message.type !== 'piece') throw new Error('The file reader sent the headings twice.');
            bytes = message.bytesRead;
            worker.postMessage({ type: 'credit', count: 1 });
            yield unpackPiece(message.piece, fields);
          }
        },
      };
    },
  };
}

/** How each of the plan's fields travels: as text (0), a number (1) or a boolean (2). */
export function slotKinds(fields: readonly PlannedField[]): number[] {
  return fields.map((f) => {
    const type = f.spec.type;
    if (type.kind === 'integer' || type.kind === 'number' || (type.kind === 'datetime' && type.epochMs)) return 1;
    if (type.kind === 'boolean') return 2;
    return 0;
  });
}

export function packPiece(records: readonly ReadRecord[], fields: readonly PlannedField[], withCells: boolean): PackedPiece {
  const kinds = slotKinds(fields);
  const numberSlots = kinds.filter((k) => k !== 0).length;
  const rows = new Int32Array(records.length);
  const numbers = new Float64Array(records.length * numberSlots);
  const texts: string[] = [];
  const failed: PackedPiece['failed'] = [];
  let n = 0;
  records.forEach((record, index) => {
    rows[index] = record.row;
    if (record.problems) {
      failed.push({ index, row: record.row, problems: record.problems, cells: record.cells });
      n += numberSlots;
      for (const kind of kinds) if (kind === 0) texts.push('');
      return;
    }
    const values = record.values!;
    for (let i = 0; i < kinds.length; i++) {
      const value = values[i];
      if (kinds[i] === 0) texts.push(value === null || value === undefined ? '\u0002' : String(value));
      else numbers[n++] = value === null || value === undefined ? Number.NaN : Number(value);
    }
  });
  return { rows, text: texts.join('\u0001'), numbers, failed, cellsJson: withCells ? JSON.stringify(records.map((r) => r.cells)) : null };
}

/**
 * The rows of a piece, each with its values by field. The keys are the kind's own field names, never a
 * file's headings, so a plain object is safe here; built in the same order each time, every row's
 * object has the same shape, which is what makes a million of them quick to fill and read.
 */
export function unpackPiece(piece: PackedPiece, fields: readonly PlannedField[]): Array<ReadRecord<Record<string, FieldValue>>> {
  const kinds = slotKinds(fields);
  const textSlots = kinds.filter((k) => k === 0).length;
  const numberSlots = kinds.length - textSlots;
  const texts = textSlots ? piece.text.split('\u0001') : [];
  const failed = new Map(piece.failed.map((f) => [f.index, f]));
  let cells: string[][] | null = null;
  const cellsOf = (index: number): string[] => {
    if (piece.cellsJson === null) return [];
    cells ??= JSON.parse(piece.cellsJson) as string[][];
    return cells[index] ?? [];
  };
  const names = fields.map((f) => f.spec.field);
  const records = new Array<ReadRecord<Record<string, FieldValue>>>(piece.rows.length);
  let t = 0;
  let n = 0;
  for (let index = 0; index < piece.rows.length; index++) {
    const bad = failed.get(index);
    if (bad) {
      records[index] = { row: bad.row, values: null, problems: bad.problems, cells: bad.cells };
      t += textSlots;
      n += numberSlots;
      continue;
    }
    const values: Record<string, FieldValue> = {};
    for (let i = 0; i < kinds.length; i++) {
      if (kinds[i] === 0) {
        const text = texts[t++]!;
        values[names[i]!] = text === '\u0002' ? null : text;
      } else {
        const number = piece.numbers[n++]!;
        values[names[i]!] = Number.isNaN(number) ? null : kinds[i] === 2 ? number === 1 : number;
      }
    }
    records[index] = { row: piece.rows[index]!, values, problems: null, cells: piece.cellsJson === null ? [] : cellsOf(index) };
  }
  return records;
}

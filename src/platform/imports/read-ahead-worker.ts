// The other half of read-ahead.ts, in its own thread: opens the file, reads its headings, waits for the
// plan, then reads, decodes, tokenizes and types every row, sending them on a piece at a time. It never
// runs more than a few pieces ahead of the thread that checks and writes them.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { ValidationFailed } from '../errors.js';
import { type PlannedField, readRow } from './mapping.js';
// The text readers only, not openSource: the workbook reader's libraries would cost this thread memory for nothing.
import { readCsv } from './csv-reader.js';
import { readNdjson } from './ndjson-reader.js';
import { packPiece, type ReadAheadInput, type ReadAheadMessage, type ReadRecord } from './read-ahead.js';

const port = parentPort!;
const input = workerData as ReadAheadInput;

let credits = 0;
let wake: (() => void) | null = null;
let plan: { fields: PlannedField[]; withCells: boolean } | null = null;
let planned: (() => void) | null = null;
let stopped = false;

port.on('message', (message: { type: 'plan'; fields: PlannedField[]; withCells: boolean } | { type: 'credit'; count: number } | { type: 'stop' }) => {
  if (message.type === 'plan') {
    plan = { fields: message.fields, withCells: message.withCells };
    planned?.();
  } else if (message.type === 'credit') {
    credits += message.count;
    wake?.();
  } else {
    stopped = true;
    wake?.();
    planned?.();
  }
});

const send = (message: ReadAheadMessage) => port.postMessage(message);

async function run(): Promise<void> {
  const options = { limits: input.limits, fileLabel: input.fileLabel, ...(input.encoding ? { encoding: input.encoding } : {}) };
  // The file's hash, taken from the same bytes as they are read: the file is read once.
  const hash = createHash('sha256');
  const file = fs.createReadStream(input.path);
  file.on('data', (chunk) => hash.update(chunk as Buffer));
  const source =
    input.format === 'csv'
      ? await readCsv(file, { ...options, ...(input.delimiter ? { delimiter: input.delimiter } : {}) })
      : await readNdjson(file, options);
  try {
    send({ type: 'headers', headers: source.headers });
    if (!plan) await new Promise<void>((resolve) => (planned = resolve));
    if (stopped || !plan) return;
    const { fields, withCells } = plan;
    const headerCount = source.headers.length;
    const pieces: AsyncIterable<Array<{ row: number; cells: string[] }>> =
      source.batches ??
      (async function* () {
        for await (const record of source.records) yield [record];
      })();
    for await (const piece of pieces) {
      const records: ReadRecord[] = [];
      for (const record of piece) {
        const read = readRow(fields, record, headerCount);
        records.push(
          read.problems.length
            ? { row: record.row, values: null, problems: read.problems, cells: record.cells }
            : { row: record.row, values: fields.map((f) => read.values[f.spec.field] ?? null), problems: null, cells: record.cells },
        );
      }
      while (credits === 0 && !stopped) await new Promise<void>((resolve) => (wake = resolve));
      if (stopped) return;
      credits--;
      const packed = packPiece(records, fields, withCells);
      port.postMessage({ type: 'piece', piece: packed, bytesRead: source.bytesRead() } satisfies ReadAheadMessage, [packed.rows.buffer as ArrayBuffer, packed.numbers.buffer as ArrayBuffer]);
    }
    send({ type: 'end', bytesRead: source.bytesRead(), hash: hash.digest('hex') });
  } finally {
    source.close?.();
  }
}

/** A refusal of the file, by its shape: the loader may have given this thread more than one copy of the class. */
const isRefusal = (error: unknown): error is ValidationFailed =>
  error instanceof ValidationFailed || (typeof error === 'object' && error !== null && (error as { type?: unknown }).type === 'validation-failed' && Array.isArray((error as { errors?: unknown }).errors));

run().catch((error: unknown) => {
  send(
    isRefusal(error)
      ? { type: 'error', refusal: { message: error.message, errors: error.errors } }
      : { type: 'error', failure: error instanceof Error ? (error.stack ?? error.message) : String(error) },
  );
});

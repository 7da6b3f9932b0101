// One run of the import pipeline, for every kind of file: hash the file (the same file twice changes
// nothing), open it as a stream, map its columns, type and check each row, and apply the good rows in
// batches inside one transaction. All-or-nothing by default: one bad row and the transaction is rolled
// back, with every problem named by row, column and value. With skip-invalid the good rows are kept
// and the rejected ones written to a rejects file. One audit record carries the counts.
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { type Actor, recordAudit } from '../audit/audit-trail.js';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { conflictOnDuplicate } from '../db/unique-violation.js';
import type { ImportRunRow } from '../db/schema.js';
import { ImportRefused, NotFound, ValidationFailed, type FieldProblem } from '../errors.js';
import { createCsvWriter } from './csv-writer.js';
import { type CheckedRow, type ImportKind, type ImportPreset, importKind, importListeners, runStateSlot } from './import-kinds.js';
import { resolveLimits } from './limits.js';
import { readRow, resolveMapping } from './mapping.js';
import { formatFromName, openSource } from './open-source.js';
import { clearProgress, reportProgress, type ImportProgress } from './progress.js';
import * as store from './store.js';
import type { ColumnMapping, FieldValue, RowProblem, SourceEncoding, SourceFormat, SourceLimits, SourceReader, SourceRecord } from './types.js';
import { openReadAhead, type ReadAhead, READ_AHEAD_BYTES } from './read-ahead.js';

export type ImportMode = 'all-or-nothing' | 'skip-invalid';

export interface ImportRequest {
  kind: string;
  orgId: string;
  fileName: string;
  /** Opens the file from its start; called twice (hash, then read), so the file is never held whole. */
  open: () => Readable;
  /** The file's path, when it is on disk: a long one is then read in a second thread (read-ahead.ts). */
  path?: string | undefined;
  /** Read in a second thread (true) or this one (false) whatever the file's length; by default, by its length. */
  readAhead?: boolean | undefined;
  format?: SourceFormat | undefined;
  encoding?: SourceEncoding | undefined;
  delimiter?: string | undefined;
  sheet?: string | undefined;
  mapping?: ColumnMapping | undefined;
  mappingName?: string | undefined;
  /** A built-in mapping of the kind (`sentinel`); `mapping` overrides its fields. */
  preset?: string | undefined;
  mode: ImportMode;
  asOf: Date;
  /** The record the file goes into, for kinds that import into one (an assessment's id). */
  target?: string | undefined;
  /** Where rejected rows go, as CSV: the file's own columns and a Problem column. */
  rejects?: Writable | undefined;
  onProgress?: ((progress: ImportProgress) => void) | undefined;
  limits?: Partial<SourceLimits> | undefined;
}

export interface ImportContext {
  db: Db;
  actor: Actor;
  now: Date;
}

/** Rows written per statement batch: large enough to amortise round trips, small enough for PostgreSQL's parameter limit. */
export const BATCH_ROWS = 500;
/** Problems kept on the run record and returned; problem_count has them all. */
export const KEPT_PROBLEMS = 500;
/** How often progress is reported, in rows. */
const PROGRESS_EVERY = 1000;

class RollBack extends Error {}

/** A file read in a second thread turned out, once hashed, to be one applied before: roll back. */
class RepeatFound extends Error {
  constructor(readonly earlier: ImportRunRow) {
    super('repeat');
  }
}

/** The run's hash until a file read in a second thread has been hashed (its run says so if it is cut off). */
const HASH_PENDING = 'pending';

interface Rejection {
  row: number;
  cells: string[];
  problems: RowProblem[];
}

export async function runImport(ctx: ImportContext, request: ImportRequest): Promise<ImportRunRow> {
  const kind = importKind(request.kind);
  if (!kind) throw new NotFound(`There is no import of ${request.kind}.`);
  const limits: SourceLimits = resolveLimits(request.limits);
  const format = request.format ?? formatFromName(request.fileName);
  if (!format) {
    throw new ValidationFailed(`Bulwark cannot tell what kind of file ${request.fileName} is`, [
      { field: 'format', message: 'Name a .csv, .txt, .xlsx, .ndjson, .jsonl or .json file, or say its format (csv, xlsx, ndjson or json).', value: request.fileName },
    ]);
  }
  const mapping = request.mapping ?? {};
  // A kind's default built-in mapping applies unless a saved one is named; fields given still override it.
  const presetId = request.preset || (request.mappingName ? undefined : kind.defaultPreset);
  const preset = presetOf(kind, presetId);
  const mappingJson = canonicalJson(preset ? { preset: presetId, ...mapping } : mapping);
  const target = await checkTarget(ctx.db, kind, request);

  // A long text file on disk is read in a second thread while this one checks and writes
  // (read-ahead.ts). That thread hashes it as it reads, so it is read once rather than twice; a repeat
  // of an earlier file is then recognised before anything is committed rather than before reading.
  // A workbook and a JSON document are read whole, never in a second thread.
  const fileSize = request.path && (format === 'csv' || format === 'ndjson') ? fs.statSync(request.path).size : null;
  const readsAhead = fileSize !== null && (request.readAhead ?? fileSize >= READ_AHEAD_BYTES);
  if (readsAhead && fileSize > limits.maxBytes) throw tooLarge(request.fileName, limits.maxBytes);
  const { hash, bytes } = readsAhead ? { hash: HASH_PENDING, bytes: fileSize } : await hashFile(request.open, limits.maxBytes, request.fileName);
  let contentHash = hash;
  const runId = randomUUID();
  const base = {
    id: runId,
    org_id: request.orgId,
    kind: kind.id,
    file_name: request.fileName,
    content_hash: hash,
    mapping_json: mappingJson,
    mapping_name: request.mappingName ?? null,
    mode: request.mode,
    as_of: request.asOf.toISOString(),
    actor_id: ctx.actor.userId,
    actor_label: ctx.actor.label,
    started_at: ctx.now.toISOString(),
    target,
  };

  // Take the organisation's one slot for this kind first, then look for an earlier run of this very
  // file: two uploads of one file at once end as one import and one repeat, never two.
  await startRun(ctx.db, { ...base, status: 'running', outcome: null, finished_at: null }, kind.label);
  const finishAsRepeat = async (earlier: ImportRunRow) => {
    await store.finishRun(ctx.db, runId, {
      status: 'repeat',
      content_hash: contentHash,
      outcome: `This file was imported on ${earlier.started_at.slice(0, 10)} with the same mapping (run ${earlier.id}); nothing was changed.`,
      finished_at: new Date().toISOString(),
    });
    return (await store.findRun(ctx.db, request.orgId, runId))!;
  };
  const earlier = readsAhead ? undefined : await store.findAppliedRepeat(ctx.db, request.orgId, kind.id, hash, mappingJson, target);
  if (earlier) return finishAsRepeat(earlier);

  const tally = newTally();
  const progress = (done: boolean) => {
    const p: ImportProgress = { runId, rowsRead: tally.read, bytesRead: Math.min(tally.bytesRead(), bytes), totalBytes: bytes, rowsApplied: tally.inserted + tally.updated + tally.unchanged, rowsRejected: tally.rejected, done };
    reportProgress(p);
    request.onProgress?.(p);
  };

  let readAhead: ReadAhead | null = null;
  try {
    if (readsAhead) {
      readAhead = await openReadAhead({ path: request.path!, format: format as 'csv' | 'ndjson', encoding: request.encoding, delimiter: request.delimiter, limits, fileLabel: request.fileName });
    }
    const source: SourceReader | null = readAhead ? null : (await openSource({
      open: request.open,
      format,
      limits,
      fileLabel: request.fileName,
      ...(request.encoding ? { encoding: request.encoding } : {}),
      ...(request.delimiter ? { delimiter: request.delimiter } : {}),
      ...(request.sheet ? { sheet: request.sheet } : {}),
      ...(kind.recordsKey ? { recordsKey: kind.recordsKey } : {}),
    }));
    const headers = readAhead ? readAhead.headers : source!.headers;
    tally.bytesRead = () => (readAhead ? readAhead.bytesRead() : source!.bytesRead());
    const plan = resolveMapping([...kind.columns], headers, preset ? { ...presetMapping(kind, preset.mapping(format, headers), headers), ...mapping } : mapping);
    if (!plan.ok) {
      throw new ValidationFailed(`${request.fileName} does not have the columns an import of ${kind.label} needs`, plan.problems.map((message) => ({ field: '(columns)', message })));
    }
    const rejects = request.rejects ? createCsvWriter(request.rejects) : null;
    await rejects?.writeRow([...headers, 'Problem']);
    const columnOf = (field: string) => {
      const entry = plan.plan.find((p) => p.spec.field === field);
      return entry?.column ?? kind.columns.find((c) => c.field === field)?.label ?? field;
    };

    const applied = await inTransaction(ctx.db, async (tx) => {
        const seen = new Map<string, number>();
        // For kinds that collapse exact repeats: a digest of each key's first row's values (the values
        // read, not the cells: a long file read ahead brings no cells unless rejects are kept).
        const firstRows = kind.collapsesExactRepeats ? new Map<string, string>() : null;
        const digest = (values: Record<string, FieldValue>) => createHash('sha1').update(JSON.stringify(Object.entries(values))).digest('base64');
        let batch: Array<CheckedRow<unknown>> = [];
        const reject = async (row: number, cells: string[], problems: RowProblem[]) => {
          tally.rejected++;
          for (const problem of problems) tally.note(problem);
          await rejects?.writeRow([...cells, problems.map((p) => (p.column ? `${p.column}: ${p.reason}` : p.reason)).join('; ')]);
        };
        const carries = (field: string) => plan.plan.some((p) => p.spec.field === field);
        const applyContext = { orgId: request.orgId, actor: ctx.actor, now: ctx.now, asOf: request.asOf, columnOf, carries, target, preset: preset ? presetId! : null, properties: source?.properties ?? {}, runId, rowsRejected: () => tally.rejected, ...runStateSlot() };
        const flush = async () => {
          if (!batch.length) return;
          const outcome = await kind.apply(tx, batch, applyContext);
          tally.inserted += outcome.inserted;
          tally.updated += outcome.updated;
          tally.unchanged += outcome.unchanged;
          if (outcome.refused.length) {
            const cellsOf = new Map(batch.map((b) => [b.row, b.cells]));
            for (const refused of outcome.refused) await reject(refused.row, cellsOf.get(refused.row) ?? [], refused.problems);
          }
          batch = [];
        };

        /**
         * Checks one row's typed values and adds it to the batch; answers what must be awaited (a
         * rejection to write, a full batch to apply), or null. Synchronous, so a million rows that
         * need nothing awaited cost no promise each.
         */
        const takeValues = (row: number, cells: string[], values: Record<string, FieldValue>): Rejection | 'flush' | null => {
          const checked = kind.check(values, row, columnOf);
          if (!checked.ok) return { row, cells, problems: checked.problems };
          const key = kind.keyOf(checked.value);
          const first = kind.repeatsAreUpdates ? undefined : seen.get(key);
          if (first !== undefined) {
            if (firstRows?.get(key) === digest(values)) {
              tally.unchanged++;
              return null;
            }
            return { row, cells, problems: [duplicateProblem(kind, row, first, key, columnOf)] };
          }
          if (!kind.repeatsAreUpdates) seen.set(key, row);
          firstRows?.set(key, digest(values));
          batch.push({ row, key, value: checked.value, cells });
          return batch.length >= BATCH_ROWS ? 'flush' : null;
        };
        const counted = (row: number) => {
          tally.read++;
          if (tally.read > limits.maxRows) {
            throw new ValidationFailed(`${request.fileName} has too many rows`, [{ field: '(file)', message: `The file has more than ${limits.maxRows.toLocaleString('en-GB')} rows, the most one import takes. Split it.`, row }]);
          }
          if (tally.read % PROGRESS_EVERY === 0) progress(false);
        };
        /** As takeValues, for a record still to be read and typed. */
        const take = (record: SourceRecord): Rejection | 'flush' | null => {
          counted(record.row);
          const read = readRow(plan.plan, record, headers.length);
          if (read.problems.length) return { row: record.row, cells: record.cells, problems: read.problems };
          return takeValues(record.row, record.cells, read.values);
        };
        const settle = async (outcome: Rejection | 'flush' | null) => {
          if (outcome === 'flush') await flush();
          else if (outcome) await reject(outcome.row, outcome.cells, outcome.problems);
        };

        if (readAhead) {
          // Rows come typed from the reader's thread; they are checked and written here.
          const fields = plan.plan;
          for await (const piece of readAhead.read(fields, rejects !== null)) {
            for (const record of piece) {
              counted(record.row);
              let outcome: Rejection | 'flush' | null;
              if (record.problems) outcome = { row: record.row, cells: record.cells, problems: record.problems };
              else outcome = takeValues(record.row, record.cells, record.values!);
              if (outcome) await settle(outcome);
            }
          }
        } else if (source!.batches) {
          // Long files come a piece at a time, so a million rows cost a few thousand awaits, not a million.
          for await (const piece of source!.batches) {
            for (const record of piece) {
              const outcome = take(record);
              if (outcome) await settle(outcome);
            }
          }
        } else {
          for await (const record of source!.records) await settle(take(record));
        }
        await flush();
        await kind.finish?.(tx, applyContext);
        for (const listener of importListeners(kind.id)) await listener(tx, applyContext);
        await rejects?.end();

        if (readAhead) {
          contentHash = readAhead.contentHash();
          const earlierRun = await store.findAppliedRepeat(tx, request.orgId, kind.id, contentHash, mappingJson, target);
          if (earlierRun) throw new RepeatFound(earlierRun);
          await store.finishRun(tx, runId, { content_hash: contentHash });
        }
        if (tally.rejected > 0 && request.mode === 'all-or-nothing') throw new RollBack();
        const counts = { rowsRead: tally.read, inserted: tally.inserted, updated: tally.updated, unchanged: tally.unchanged, rejected: tally.rejected };
        await recordAudit(
          tx,
          ctx.actor,
          { action: 'import.apply', entityType: 'import-run', entityId: runId, orgId: request.orgId, after: { kind: kind.id, file: request.fileName, mode: request.mode, asOf: request.asOf.toISOString(), ...counts } },
          ctx.now,
        );
        await store.finishRun(tx, runId, { ...tally.columns(), status: 'applied', finished_at: new Date().toISOString() });
        return true;
      }).catch((error: unknown) => {
        if (error instanceof RollBack) return false;
        if (error instanceof RepeatFound) return error.earlier;
        throw error;
      });
    if (applied !== true && applied !== false) {
      progress(true);
      return await finishAsRepeat(applied);
    }
    progress(true);

    if (!applied) {
      const outcome = `${tally.rejected.toLocaleString('en-GB')} of ${tally.read.toLocaleString('en-GB')} rows have problems, so nothing was imported. Correct them, or import with skip-invalid to keep the rest.`;
      // Rolled back: the rows that would have been written were not.
      await store.finishRun(ctx.db, runId, { ...tally.columns(), content_hash: contentHash, rows_inserted: 0, rows_updated: 0, rows_unchanged: 0, status: 'refused', outcome, finished_at: new Date().toISOString() });
      throw new ImportRefused(outcome, tally.problems.map(asFieldProblem), runId, tally.problemCount);
    }
    return (await store.findRun(ctx.db, request.orgId, runId))!;
  } catch (error) {
    if (error instanceof ImportRefused) throw error;
    // The file itself could not be read or mapped: record why, then say so.
    const outcome = error instanceof Error ? error.message : String(error);
    const problems = error instanceof ValidationFailed ? error.errors : [];
    await store.finishRun(ctx.db, runId, {
      status: 'refused',
      outcome,
      rows_read: tally.read,
      problem_count: problems.length,
      problems_json: JSON.stringify(problems.slice(0, KEPT_PROBLEMS).map(asRowProblem)),
      finished_at: new Date().toISOString(),
    });
    if (error instanceof ValidationFailed) throw new ImportRefused(`${error.message}; nothing was imported.`, error.errors, runId, problems.length);
    throw error;
  } finally {
    clearProgress(runId);
    await readAhead?.close();
  }
}

function presetOf(kind: ImportKind<unknown>, id: string | undefined): ImportPreset | undefined {
  if (id === undefined || id === '') return undefined;
  const preset = kind.presets && Object.hasOwn(kind.presets, id) ? kind.presets[id] : undefined;
  if (!preset) {
    const known = Object.keys(kind.presets ?? {});
    throw new ValidationFailed(`There is no built-in mapping "${id}" for an import of ${kind.label}`, [
      { field: 'preset', message: known.length ? `Use one of: ${known.join(', ')}; or a saved mapping.` : `An import of ${kind.label} has no built-in mappings; use a saved mapping.`, value: id },
    ]);
  }
  return preset;
}

/**
 * A preset's entries for the columns this file has: exports leave out columns (a Sentinel query may
 * project only some), so an optional field's column that is absent is simply not read. A required
 * field keeps its entry, and its absence is named as usual.
 */
function presetMapping(kind: ImportKind<unknown>, mapping: ColumnMapping, headers: readonly string[]): ColumnMapping {
  const present = new Set(headers.map((h) => h.trim().toLowerCase()));
  const kept: ColumnMapping = {};
  for (const [field, entry] of Object.entries(mapping)) {
    const required = kind.columns.some((c) => c.field === field && c.required);
    if (required || present.has(entry.column.trim().toLowerCase())) kept[field] = entry;
  }
  return kept;
}

/** A run still marked running after this long was cut off (the process stopped) and no longer holds the slot. */
export const STALE_RUN_MS = 60 * 60 * 1000;

async function startRun(db: Db, run: Parameters<typeof store.insertRun>[1], label: string): Promise<void> {
  await store.markStaleRunsInterrupted(db, run.org_id, run.kind, new Date(Date.now() - STALE_RUN_MS).toISOString());
  await conflictOnDuplicate(
    () => store.insertRun(db, run),
    `An import of ${label} into this organisation is already running. Try again when it has finished.`,
  );
}

/** The problems of a run as a client reads them. */
export function problemsOf(run: ImportRunRow): RowProblem[] {
  return JSON.parse(run.problems_json) as RowProblem[];
}

function duplicateProblem(kind: ImportKind<unknown>, row: number, first: number, key: string, columnOf: (field: string) => string): RowProblem {
  const fields = kind.keyFields.map(columnOf).join(' and ');
  return { row, column: columnOf(kind.keyFields[0]!), value: key, reason: `repeats row ${first}: each row needs its own ${fields}` };
}

/** A problem with the file as a whole, kept in the run as row problems are (row 0: not one row). */
function asRowProblem(p: FieldProblem): RowProblem {
  return { row: p.row ?? 0, column: p.column ?? (p.field === '(file)' ? '' : p.field), value: p.value === undefined ? '' : (typeof p.value === 'string' ? p.value : JSON.stringify(p.value)).slice(0, 200), reason: p.message };
}

function asFieldProblem(p: RowProblem): FieldProblem {
  return { field: p.column ? `row ${p.row}, ${p.column}` : `row ${p.row}`, message: p.reason, row: p.row, column: p.column, value: p.value };
}

function newTally() {
  const tally = {
    read: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    problemCount: 0,
    problems: [] as RowProblem[],
    bytesRead: () => 0,
    note(problem: RowProblem) {
      tally.problemCount++;
      if (tally.problems.length < KEPT_PROBLEMS) tally.problems.push(problem);
    },
    columns() {
      return {
        rows_read: tally.read,
        rows_inserted: tally.inserted,
        rows_updated: tally.updated,
        rows_unchanged: tally.unchanged,
        rows_rejected: tally.rejected,
        problem_count: tally.problemCount,
        problems_json: JSON.stringify(tally.problems),
      };
    },
  };
  return tally;
}

/** Reads the file once for its SHA-256, refusing it past the byte limit without reading on. */
/** The target a kind needs named, checked before anything is read; null for kinds without one. */
async function checkTarget(db: Db, kind: ImportKind<unknown>, request: ImportRequest): Promise<string | null> {
  const named = request.target?.trim() || null;
  if (!kind.target) {
    if (named) throw new ValidationFailed(`An import of ${kind.label} goes into the organisation itself`, [{ field: 'target', message: 'leave it out: this kind of import takes no target', value: named }]);
    return null;
  }
  const given = named ?? kind.target.defaultFor?.(request.preset?.trim() || null) ?? null;
  if (!given) throw new ValidationFailed(`Say which ${kind.target.noun} to import ${kind.label} into`, [{ field: 'target', message: `name the ${kind.target.noun} (its id)` }]);
  return (await kind.target.check(db, request.orgId, given)) ?? given;
}

function tooLarge(fileName: string, maxBytes: number): ValidationFailed {
  return new ValidationFailed(`${fileName} is too large to import`, [{ field: '(file)', message: `The file is larger than ${Math.round(maxBytes / (1024 * 1024))} MiB, the most one import takes.` }]);
}

async function hashFile(open: () => Readable, maxBytes: number, fileName: string): Promise<{ hash: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  const stream = open();
  for await (const chunk of stream) {
    const buffer = chunk as Buffer;
    bytes += buffer.length;
    if (bytes > maxBytes) {
      stream.destroy();
      throw tooLarge(fileName, maxBytes);
    }
    hash.update(buffer);
  }
  return { hash: hash.digest('hex'), bytes };
}

/** JSON with keys in order, so the same mapping always has the same text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

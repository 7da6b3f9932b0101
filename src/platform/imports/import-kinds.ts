// The kinds of import this installation knows. Each module that takes files declares its kind here
// when it loads (as policies are declared), so the pipeline, the saved mappings and the API can name
// and check them without the platform knowing any module.
import type { Db } from '../db/database.js';
import type { Actor } from '../audit/audit-trail.js';
import type { ColumnMapping, ColumnSpec, FieldValue, RowProblem, SourceFormat } from './types.js';

/** What a kind's apply step is given besides its rows. */
export interface ApplyContext {
  /** The organisation the file is imported into. */
  orgId: string;
  actor: Actor;
  /** The real time of the import, for created/updated stamps. */
  now: Date;
  /** The instant the data describes, for anything computed from "now". */
  asOf: Date;
  /** The file's column heading for one of the kind's fields, for naming it in a problem. */
  columnOf(field: string): string;
  /**
   * Whether the file has a column for the field. A kind that updates records keeps what it holds for
   * a field the file does not carry: an extract without email addresses says nothing about them.
   */
  carries(field: string): boolean;
  /** The record the file goes into, for kinds that import into one (see ImportKind.target). */
  target: string | null;
  /** The built-in mapping the file was read with (`sentinel`), if any. */
  preset: string | null;
  /** The run this file is imported in, for kinds that keep what each import changed. */
  runId: string;
  /** What the file says about itself besides its rows (a JSON document's top-level values); empty for other formats. */
  properties: Readonly<Record<string, string>>;
  /** Rows rejected so far (with skip-invalid): a kind that takes a file as a whole snapshot reads absence with care when some rows were left out. */
  rowsRejected(): number;
  /**
   * What the kind keeps for this run from one batch to the next and to its finish (the run's number,
   * names numbered so far, a setting to put back): made by `make` when first asked for, the same
   * object after. Kept by the run, so it ends with it whether the import commits or fails.
   */
  runState<T>(make: () => T | Promise<T>): Promise<T>;
  /** The run's state if a batch has made it; undefined before (a finish with no rows applied). */
  runStateIfMade<T>(): T | undefined;
}

/** One run's state slot, for ApplyContext's runState and runStateIfMade. */
export function runStateSlot(): Pick<ApplyContext, 'runState' | 'runStateIfMade'> {
  let made: { value: unknown } | null = null;
  return {
    async runState<T>(make: () => T | Promise<T>): Promise<T> {
      made ??= { value: await make() };
      return made.value as T;
    },
    runStateIfMade<T>(): T | undefined {
      return made?.value as T | undefined;
    },
  };
}

/** A built-in mapping for a file a product exports, so a Trust need not write one. */
export interface ImportPreset {
  /** What people call the export: "Microsoft Sentinel incidents". */
  label: string;
  /**
   * Columns (and date formats) by file format: a CSV export and a JSON export may name columns
   * differently. Given the file's headings too, for exports whose versions name a column differently.
   */
  mapping(format: SourceFormat, headers: readonly string[]): ColumnMapping;
}

/**
 * A built-in mapping for an export whose versions name a column in more than one way: for each field,
 * the headings tried in order, the first the file has being read; the date fields read in the one
 * format (and, for times without an offset, the time zone) the export writes. A field none of whose
 * headings the file has is mapped to its first heading, so the pipeline names the missing column; or,
 * with `leaveOutMissing`, left out, for exports whose versions drop optional columns.
 */
export function presetFromHeadings(
  label: string,
  headings: Readonly<Record<string, readonly string[]>>,
  dates: { fields: readonly string[]; format: string; timeZone?: string },
  options: { leaveOutMissing?: boolean } = {},
): ImportPreset {
  return {
    label,
    mapping(_format, headers): ColumnMapping {
      const held = new Set(headers.map((h) => h.trim().toLowerCase()));
      const mapping: ColumnMapping = {};
      for (const [field, tried] of Object.entries(headings)) {
        const found = tried.find((h) => held.has(h.toLowerCase()));
        if (!found && options.leaveOutMissing) continue;
        const column = found ?? tried[0]!;
        mapping[field] = dates.fields.includes(field) ? { column, format: dates.format, ...(dates.timeZone ? { timeZone: dates.timeZone } : {}) } : { column };
      }
      return mapping;
    },
  };
}

/** For kinds whose files go into one record of the organisation (an assessment), not the organisation itself. */
export interface ImportTarget {
  /** What the record is called: 'assessment'. */
  noun: string;
  /**
   * Refuses (NotFound, Conflict) a target the organisation does not have or that cannot take a file
   * now. May answer the target as the kind holds it (a name in its stored case), so that one record
   * is always one target and a repeated file is recognised however the target was written.
   */
  check(db: Db, orgId: string, target: string): Promise<string | void>;
  /** The target when the importer names none, from the built-in mapping used (a directory export names its directory); null: it must be named. */
  defaultFor?(preset: string | null): string | null;
}

/** One row that passed its column and domain checks. */
export interface CheckedRow<Row> {
  row: number;
  key: string;
  value: Row;
  /** The row's cells as read, for the rejects file if the database refuses it. */
  cells: string[];
}

/** What applying a batch did, and the rows the database state refused (parent missing, key taken…). */
export interface BatchOutcome {
  inserted: number;
  updated: number;
  unchanged: number;
  /** Rows not applied, with why; the kind must have left them out of its writes. */
  refused: Array<{ row: number; problems: RowProblem[] }>;
}

export interface ImportKind<Row = unknown> {
  /** Short id used in URLs, the CLI and saved mappings: 'organisations'. */
  id: string;
  /** What a person calls the rows: 'organisations'. */
  label: string;
  /** The fields the kind reads. */
  columns: readonly ColumnSpec[];
  /** The policy action a person needs to run this import (and to save its mappings). */
  action: string;
  /** The fields that make up a row's natural key, for naming them when a file repeats one. */
  keyFields: readonly string[];
  /**
   * The row's natural key: rows with the same key in one file are duplicates, and a key already
   * held updates what is there rather than adding to it.
   */
  keyOf(row: Row): string;
  /** Domain checks that need no database: from typed values to the kind's row, or problems. */
  check(values: Record<string, FieldValue>, row: number, columnOf: (field: string) => string): { ok: true; value: Row } | { ok: false; problems: RowProblem[] };
  /** Set when each file goes into one record the importer names. */
  target?: ImportTarget;
  /** Built-in mappings by id, chosen with `preset`; a saved or given mapping overrides their fields. */
  presets?: Readonly<Record<string, ImportPreset>>;
  /** The built-in mapping used unless the importer names a saved one; fields they map themselves override it. */
  defaultPreset?: string;
  /** For JSON documents: the key whose list holds the rows, when the document may hold other lists. */
  recordsKey?: string;
  /**
   * 'installation' for reference data held once for every organisation (a published catalogue): the
   * run is still recorded against the organisation it was imported through, and the command line
   * needs no --org (it uses the top of the organisation tree).
   */
  scope?: 'organisation' | 'installation';
  /**
   * Set for files that repeat a row when its subject changes (Sentinel writes a row per update): a
   * key seen again is a later state for apply to weigh, not a mistake, and the pipeline keeps no
   * record of the keys it has seen, so memory stays flat however long the file.
   */
  repeatsAreUpdates?: boolean;
  /**
   * Set for exports that write the same row twice (ESR does): a row whose cells are all the same as an
   * earlier row's is collapsed into it and counted as unchanged; a different row with the same key is
   * still a problem.
   */
  collapsesExactRepeats?: boolean;
  /** Writes a batch inside the run's transaction. */
  apply(tx: Db, batch: Array<CheckedRow<Row>>, context: ApplyContext): Promise<BatchOutcome>;
  /** Runs once after the last batch, in the same transaction, for work over the whole import. */
  finish?(tx: Db, context: ApplyContext): Promise<void>;
}

const kinds = new Map<string, ImportKind<never>>();

/** Work another part of Bulwark does after an import kind's rows are written, in the same transaction. */
export type ImportListener = (tx: Db, context: ApplyContext) => Promise<void>;
const listeners = new Map<string, Map<string, ImportListener>>();

/**
 * Calls `listener` after each import of the kind is applied (after its finish), inside the import's
 * transaction, so what it changes commits or rolls back with the import. Registering again under the
 * same name replaces the listener: contributions are made once per start, and tests start many times.
 */
export function onImportApplied(kindId: string, name: string, listener: ImportListener): void {
  listeners.set(kindId, (listeners.get(kindId) ?? new Map<string, ImportListener>()).set(name, listener));
}

export function importListeners(kindId: string): ImportListener[] {
  return [...(listeners.get(kindId)?.values() ?? [])];
}

export function declareImportKind<Row>(kind: ImportKind<Row>): ImportKind<Row> {
  if (kinds.has(kind.id)) throw new Error(`The import kind ${kind.id} is declared twice.`);
  kinds.set(kind.id, kind as unknown as ImportKind<never>);
  return kind;
}

export function importKind(id: string): ImportKind<unknown> | undefined {
  return kinds.get(id);
}

export function importKinds(): Array<ImportKind<unknown>> {
  return [...kinds.values()] as Array<ImportKind<unknown>>;
}

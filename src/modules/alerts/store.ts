// The alerts module's tables: each alert in its latest state, the names of rules and analysts the
// alerts number, the triage targets and the actions findings became. Writes of alerts are built as
// one statement per batch (Kysely would rebuild a 500-row insert every time, costing more than
// SQLite running it); reads for the analytics hand back packed numbers, not objects.
import { CompiledQuery, sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import { directColumnReaderFor, engineOf } from '../../platform/db/database.js';
import type { AlertActionRow, AlertSettingsRow } from '../../platform/db/schema.js';

export type NameKind = 'rule' | 'owner';

/** An organisation's rule or analyst names, by the number its alerts use. */
export async function namesById(db: Db, orgId: string, kind: NameKind): Promise<string[]> {
  const rows = await db.selectFrom('alert_names').select(['id', 'name']).where('org_id', '=', orgId).where('kind', '=', kind).execute();
  const names: string[] = [];
  for (const r of rows) names[r.id] = r.name;
  return names;
}

export async function insertNames(db: Db, orgId: string, kind: NameKind, entries: Array<[string, number]>): Promise<void> {
  if (!entries.length) return;
  await db
    .insertInto('alert_names')
    .values(entries.map(([name, id]) => ({ org_id: orgId, kind, id, name })))
    .execute();
}

/**
 * Where alerts came from, numbered by place in this list (the alerts table holds the number): a
 * built-in format's preset, or 'file' for a file read through a saved mapping. New sources go on the end.
 */
export const ALERT_SOURCES = ['file', 'sentinel', 'splunk'] as const;

export function sourceCode(source: string): number {
  const code = (ALERT_SOURCES as readonly string[]).indexOf(source);
  if (code === -1) throw new Error(`Alerts from "${source}" have no number: add it to ALERT_SOURCES.`);
  return code;
}

/** The organisation's number in its alerts, if it has imported any. */
export async function orgKeyOf(db: Db, orgId: string): Promise<number | undefined> {
  const row = await db.selectFrom('alert_orgs').select('org_key').where('org_id', '=', orgId).executeTakeFirst();
  return row?.org_key;
}

/**
 * Starts an alert import for the organisation: its number (given it at its first import) and the
 * run's, the next of its count of imports. One statement, so two imports at once take two numbers;
 * on PostgreSQL the second waits for the first to finish, as its writes would.
 */
export async function startRun(db: Db, orgId: string): Promise<{ orgKey: number; run: number }> {
  const row = await db
    .insertInto('alert_orgs')
    .values({ org_id: orgId, runs: 1 })
    .onConflict((oc) => oc.column('org_id').doUpdateSet({ runs: sql`alert_orgs.runs + 1` }))
    .returning(['org_key', 'runs'])
    .executeTakeFirstOrThrow();
  return { orgKey: Number(row.org_key), run: Number(row.runs) };
}

export interface AlertWrite {
  alertId: string;
  ruleId: number;
  ownerId: number | null;
  severity: number;
  status: number;
  classification: number | null;
  createdMs: number;
  triagedMs: number | null;
  closedMs: number | null;
  modifiedMs: number;
}

const COLUMNS = ['org_key', 'source', 'alert_id', 'rule_id', 'owner_id', 'severity', 'status', 'classification', 'created_ms', 'triaged_ms', 'closed_ms', 'modified_ms', 'run_no', 'packed'] as const;

/** The most seconds (+ 1) a packed triage or close time holds: 8 years and a half. */
const MAX_PACKED_SECONDS = 0xfffffff;
/** Hexadecimal digits of a packed row: created (11), facts (7), seconds to triage (7) and to close (7). */
export const PACKED_LENGTH = 32;

/** Seconds (+ 1) from `createdMs` to `ms`, 0 for none: what a packed row holds of a triage or close time. */
function packedSeconds(createdMs: number, ms: number | null): number {
  return ms === null ? 0 : Math.min(Math.trunc((ms - createdMs) / 1000) + 1, MAX_PACKED_SECONDS);
}

/**
 * What the triage report reads of an alert, as 32 hexadecimal digits, so that a million alerts come
 * out of the database as one string copied from the index, not a million rows of numbers turned
 * into text: when it was created (milliseconds since 1970, 11 digits); rule + 2^12 (analyst + 1) +
 * 2^22 (severity + 8 (classification + 1)) (7); and the seconds from creation to triage and to
 * close, each + 1, 0 for not reached (7 each). The database writes the digits from the four numbers
 * (as fast as JavaScript, with less garbage); migration 0016 writes the same from the columns.
 */
function packedSql(engine: 'sqlite' | 'postgres', mark: () => string): string {
  if (engine === 'sqlite') return `printf('%011x%07x%07x%07x', ${mark()}, ${mark()}, ${mark()}, ${mark()})`;
  return [11, 7, 7, 7].map((digits) => `lpad(to_hex(cast(${mark()} as bigint)), ${digits}, '0')`).join(' || ');
}

/** The packed seconds to triage, in SQL: for a state that keeps the triage time held. */
function packedTriageSql(engine: 'sqlite' | 'postgres', seconds: string): string {
  return engine === 'postgres' ? `lpad(to_hex(least(${seconds}, ${MAX_PACKED_SECONDS})), 7, '0')` : `printf('%07x', min(${seconds}, ${MAX_PACKED_SECONDS}))`;
}

const statements = new Map<string, string>();

/**
 * Inserts or brings up to date these alerts (their ids distinct). A state replaces the one held only
 * when it is later (by last modified); it replaces the whole row, except that a triage time once known
 * is kept when the later state does not repeat it. Answers, for each alert written, the run that wrote
 * the state it replaced (null for a new alert); alerts whose held state was as late are not written.
 * One statement, with no read first: for a million alerts, the reads would cost as much as the writes.
 */
export async function upsertAlerts(db: Db, engine: 'sqlite' | 'postgres', orgKey: number, source: number, run: number, rows: readonly AlertWrite[]): Promise<Array<number | null>> {
  const replaced: Array<number | null> = [];
  // In statements of a multiple of STATEMENT_STEP rows, then the rest: a batch's size varies with
  // the repeats it holds, and a statement prepared for every size would cost its preparing each
  // time and the memory of hundreds of them.
  for (let start = 0; start < rows.length; ) {
    const left = rows.length - start;
    const size = left >= STATEMENT_STEP ? left - (left % STATEMENT_STEP) : left;
    const parameters: unknown[] = [];
    for (let i = start; i < start + size; i++) {
      const r = rows[i]!;
      parameters.push(orgKey, source, r.alertId, r.ruleId, r.ownerId, r.severity, r.status, r.classification, r.createdMs, r.triagedMs, r.closedMs, r.modifiedMs, run);
      parameters.push(Math.max(r.createdMs, 0), r.ruleId + 4096 * ((r.ownerId ?? -1) + 1) + 4194304 * (r.severity + 8 * ((r.classification ?? -1) + 1)), packedSeconds(r.createdMs, r.triagedMs), packedSeconds(r.createdMs, r.closedMs));
    }
    const result = await db.executeQuery<{ replaced_run_no: number | null }>(CompiledQuery.raw(upsertStatement(engine, size), parameters));
    for (const r of result.rows) replaced.push(r.replaced_run_no === null ? null : Number(r.replaced_run_no));
    start += size;
  }
  return replaced;
}

const STATEMENT_STEP = 25;

function upsertStatement(engine: 'sqlite' | 'postgres', rows: number): string {
  const key = `${engine} ${rows}`;
  let text = statements.get(key);
  if (!text) {
    let n = 0;
    const mark = () => (engine === 'postgres' ? `$${++n}` : '?');
    const tuples = Array.from({ length: rows }, () => `(${COLUMNS.slice(0, -1).map(mark).join(', ')}, ${packedSql(engine, mark)})`).join(', ');
    const updates = COLUMNS.slice(3)
      .map((c) =>
        c === 'triaged_ms'
          ? 'triaged_ms = coalesce(excluded.triaged_ms, alerts.triaged_ms)'
          : c === 'packed'
            ? // The triage time kept, in the packed row too: its digits 19 to 25.
              `packed = case when excluded.triaged_ms is null and alerts.triaged_ms is not null then substr(excluded.packed, 1, 18) || ${packedTriageSql(engine, '(alerts.triaged_ms - excluded.created_ms) / 1000 + 1')} || substr(excluded.packed, 26) else excluded.packed end`
            : `${c} = excluded.${c}`,
      )
      .join(', ');
    // Every right-hand side reads the row as it was, so replaced_run_no takes the old run_no.
    text = `insert into alerts (${COLUMNS.join(', ')}) values ${tuples} on conflict (org_key, source, alert_id) do update set replaced_run_no = alerts.run_no, ${updates} where excluded.modified_ms > alerts.modified_ms returning replaced_run_no`;
    if (statements.size > 128) statements.clear();
    statements.set(key, text);
  }
  return text;
}

/** Whether the organisation has any alerts: one row looked at, however many it holds. */
export async function hasAlerts(db: Db, orgId: string): Promise<boolean> {
  const orgKey = await orgKeyOf(db, orgId);
  if (orgKey === undefined) return false;
  return (await db.selectFrom('alerts').select('alert_id').where('org_key', '=', orgKey).limit(1).executeTakeFirst()) !== undefined;
}

/** Alerts created before `fromMs` and still open at it (not closed, or closed later): the backlog the period starts with. */
export async function openAt(db: Db, orgKey: number, fromMs: number): Promise<number> {
  const row = await db
    .selectFrom('alerts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('org_key', '=', orgKey)
    .where('created_ms', '<', fromMs)
    .where((eb) => eb.or([eb('closed_ms', 'is', null), eb('closed_ms', '>=', fromMs)]))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * What the analytics need of each alert created in [fromMs, toMs), column by column, so that a
 * million alerts are a few typed arrays rather than a million objects. In the order of the index:
 * created, then source and id (alertIdsCreatedIn gives the same order).
 */
export interface AlertFacts {
  createdMs: Float64Array;
  /** rule + 2^12 (analyst + 1) + 2^22 (severity + 8 (classification + 1)). */
  facts: Int32Array;
  /** Seconds from creation to triage and to close; -1 for not reached. */
  triageSeconds: Int32Array;
  closeSeconds: Int32Array;
}

/** The longest period one report covers. */
export const MAX_PACKED_PERIOD_MS = (2 ** 25 - 1) * 1000;

/** Slices of the period read one after another (see factsCreatedIn). */
const READ_SLICES = 8;
// INDEXED BY fixes the plan, so both reads (and alertIdsCreatedIn) meet the rows in one order.
const IN_PERIOD_SQLITE = `from alerts indexed by alerts_by_created where org_key = ? and created_ms >= ? and created_ms < ?`;

export async function factsCreatedIn(db: Db, orgKey: number, fromMs: number, toMs: number): Promise<AlertFacts> {
  const direct = directColumnReaderFor(db)?.(`select cast(group_concat(packed, '') as blob) ${IN_PERIOD_SQLITE}`);
  // As bytes, not text, which JavaScript would have to make a string of; and in slices of the period:
  // SQLite builds 32 MB by growing it (copying) again and again, and eight of 4 MB cost a third less
  // time to build. Together, a quarter of the time of one string.
  const slices: Uint8Array[] = [];
  for (let i = 0; direct && i < READ_SLICES; i++) {
    const read = direct([orgKey, fromMs + Math.floor(((toMs - fromMs) * i) / READ_SLICES), i === READ_SLICES - 1 ? toMs : fromMs + Math.floor(((toMs - fromMs) * (i + 1)) / READ_SLICES)]);
    if (!read) break;
    slices.push((read[0] as Buffer | null) ?? EMPTY);
  }
  if (slices.length === READ_SLICES) return unpackRows(slices);
  // PostgreSQL (or SQLite inside a transaction): the same string, through Kysely.
  const order = sql`order by created_ms, source, alert_id`;
  const result = await sql<{ packed: string | null }>`
    select ${engineOf(db) === 'postgres' ? sql`string_agg(packed, '' ${order})` : sql`group_concat(packed, '' ${order})`} as packed
    from alerts where org_key = ${orgKey} and created_ms >= ${fromMs} and created_ms < ${toMs}`.execute(db);
  return unpackRows([Buffer.from(result.rows[0]?.packed ?? '', 'latin1')]);
}

const EMPTY = new Uint8Array(0);

/** The hexadecimal digits from `at` to `end` (0-9, a-f) as a number. */
function hexAt(bytes: Uint8Array, at: number, end: number): number {
  let value = 0;
  for (let i = at; i < end; i++) {
    const c = bytes[i]!;
    value = value * 16 + (c < 58 ? c - 48 : c - 87);
  }
  return value;
}

/** Packed rows, one after another, in one or more pieces, into columns. */
export function unpackRows(pieces: readonly Uint8Array[]): AlertFacts {
  let length = 0;
  for (const bytes of pieces) {
    if (bytes.length % PACKED_LENGTH) throw new Error(`The packed alerts are ${bytes.length} characters, not a whole number of ${PACKED_LENGTH}.`);
    length += bytes.length;
  }
  const count = length / PACKED_LENGTH;
  const createdMs = new Float64Array(count);
  const facts = new Int32Array(count);
  const triageSeconds = new Int32Array(count);
  const closeSeconds = new Int32Array(count);
  let i = 0;
  for (const bytes of pieces) {
    for (let at = 0; at < bytes.length; i++, at += PACKED_LENGTH) {
      createdMs[i] = hexAt(bytes, at, at + 11);
      facts[i] = hexAt(bytes, at + 11, at + 18);
      triageSeconds[i] = hexAt(bytes, at + 18, at + 25) - 1;
      closeSeconds[i] = hexAt(bytes, at + 25, at + 32) - 1;
    }
  }
  return { createdMs, facts, triageSeconds, closeSeconds };
}

export const NO_FACTS: AlertFacts = unpackRows([]);

/** The ids of the alerts created in [fromMs, toMs), in the order factsCreatedIn gives them. */
export async function alertIdsCreatedIn(db: Db, orgKey: number, fromMs: number, toMs: number): Promise<string[]> {
  const direct = directColumnReaderFor(db);
  const rows = direct?.(`select alert_id ${IN_PERIOD_SQLITE}`)([orgKey, fromMs, toMs]);
  if (rows) return rows as string[];
  const found = await db
    .selectFrom('alerts')
    .select('alert_id')
    .where('org_key', '=', orgKey)
    .where('created_ms', '>=', fromMs)
    .where('created_ms', '<', toMs)
    .orderBy('created_ms')
    .orderBy('source')
    .orderBy('alert_id')
    .execute();
  return found.map((r) => r.alert_id);
}

// ---- Settings and actions ----

export async function findSettings(db: Db, orgId: string): Promise<AlertSettingsRow | undefined> {
  return db.selectFrom('alert_settings').selectAll().where('org_id', '=', orgId).executeTakeFirst();
}

/** Saves the settings at the version read (0: none saved yet); false when someone saved first. */
export async function saveSettings(db: Db, row: AlertSettingsRow, versionRead: number): Promise<boolean> {
  if (versionRead === 0) {
    const inserted = await db.insertInto('alert_settings').values(row).onConflict((oc) => oc.column('org_id').doNothing()).returning('org_id').executeTakeFirst();
    return inserted !== undefined;
  }
  const result = await db.updateTable('alert_settings').set(row).where('org_id', '=', row.org_id).where('version', '=', versionRead).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function listActions(db: Db, orgId: string): Promise<AlertActionRow[]> {
  return db.selectFrom('alert_actions').selectAll().where('org_id', '=', orgId).orderBy('created_at', 'desc').execute();
}

export async function findAction(db: Db, orgId: string, id: string): Promise<AlertActionRow | undefined> {
  return db.selectFrom('alert_actions').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export async function insertAction(db: Db, row: AlertActionRow): Promise<void> {
  await db.insertInto('alert_actions').values(row).execute();
}

export async function updateAction(db: Db, orgId: string, id: string, version: number, changes: Partial<Pick<AlertActionRow, 'owner_id' | 'due_on' | 'status'>>): Promise<boolean> {
  const result = await db
    .updateTable('alert_actions')
    .set({ ...changes, version: version + 1 })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

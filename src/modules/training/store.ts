// The training module's tables: each organisation's courses, its settings, and the completions its
// e-learning exports listed.
import { CompiledQuery, sql } from 'kysely';
import { list, padded, paddedLength, STEP, statement } from '../../platform/db/batch-statements.js';
import { type Db, engineOf } from '../../platform/db/database.js';
import type { TrainingCompletionRow, TrainingCourseRow, TrainingSettingsRow } from '../../platform/db/schema.js';

/** Rows per statement: 8 columns (or 3 of a key) each stays well inside both engines' parameter limits. */
const INSERT_CHUNK = 500;

export async function courses(db: Db, orgId: string): Promise<TrainingCourseRow[]> {
  return db.selectFrom('training_courses').selectAll().where('org_id', '=', orgId).orderBy('code').execute();
}

export async function findCourse(db: Db, orgId: string, id: string): Promise<TrainingCourseRow | undefined> {
  return db.selectFrom('training_courses').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export async function findCourseByCode(db: Db, orgId: string, code: string): Promise<TrainingCourseRow | undefined> {
  return db.selectFrom('training_courses').selectAll().where('org_id', '=', orgId).where('code', '=', code).executeTakeFirst();
}

/** Adds courses whose code the organisation does not hold yet; how many were added. */
export async function insertCoursesIfAbsent(db: Db, rows: TrainingCourseRow[]): Promise<number> {
  let added = 0;
  for (const row of rows) {
    const inserted = await db
      .insertInto('training_courses')
      .values(row)
      .onConflict((oc) => oc.columns(['org_id', 'code']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) added++;
  }
  return added;
}

/** Saves a course at the version read; false when someone saved first. */
export async function updateCourse(db: Db, row: TrainingCourseRow, versionRead: number): Promise<boolean> {
  const { id, org_id, created_at: _created, ...rest } = row;
  const result = await db.updateTable('training_courses').set(rest).where('org_id', '=', org_id).where('id', '=', id).where('version', '=', versionRead).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteCourse(db: Db, orgId: string, id: string, versionRead: number): Promise<boolean> {
  const result = await db.deleteFrom('training_courses').where('org_id', '=', orgId).where('id', '=', id).where('version', '=', versionRead).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function findSettings(db: Db, orgId: string): Promise<TrainingSettingsRow | undefined> {
  return db.selectFrom('training_settings').selectAll().where('org_id', '=', orgId).executeTakeFirst();
}

/** Saves the settings at the version read (0: none saved yet); false when someone saved first. */
export async function saveSettings(db: Db, row: TrainingSettingsRow, versionRead: number): Promise<boolean> {
  if (versionRead === 0) {
    const inserted = await db.insertInto('training_settings').values(row).onConflict((oc) => oc.column('org_id').doNothing()).returning('org_id').executeTakeFirst();
    return inserted !== undefined;
  }
  const result = await db.updateTable('training_settings').set(row).where('org_id', '=', row.org_id).where('version', '=', versionRead).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

// Completions are keyed by numbers (migration 0026): the organisation's, the person's and the course
// name's, given at first sight, and the day as a count of days since 1970.

/** A completion's key: whose, which course as written, which day. */
export interface CompletionKey {
  personKey: number;
  courseKey: number;
  completedDay: number;
}

const DAY_MS = 86_400_000;

/** `2026-03-31` → days since 1970-01-01. */
export function dayNumber(isoDay: string): number {
  return Date.UTC(Number(isoDay.slice(0, 4)), Number(isoDay.slice(5, 7)) - 1, Number(isoDay.slice(8, 10))) / DAY_MS;
}

/** Days since 1970-01-01 → `2026-03-31`. */
export function isoDayOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The organisation's number in its completions, if it has imported any. */
async function orgKeyOf(db: Db, orgId: string): Promise<number | undefined> {
  const row = await db.selectFrom('training_orgs').select('org_key').where('org_id', '=', orgId).executeTakeFirst();
  return row === undefined ? undefined : Number(row.org_key);
}

/**
 * Starts a training import for the organisation: its number (given at its first import) and the run's,
 * the next of its count of imports. One statement, so two imports at once take two numbers; on
 * PostgreSQL the second waits for the first to finish, as its writes would.
 */
export async function startRun(db: Db, orgId: string): Promise<{ orgKey: number; run: number }> {
  const row = await db
    .insertInto('training_orgs')
    .values({ org_id: orgId, runs: 1 })
    .onConflict((oc) => oc.column('org_id').doUpdateSet({ runs: sql`training_orgs.runs + 1` }))
    .returning(['org_key', 'runs'])
    .executeTakeFirstOrThrow();
  return { orgKey: Number(row.org_key), run: Number(row.runs) };
}

/** SQLite's page cache for the connection, as `pragma cache_size` gives it; null on PostgreSQL. */
export type PageCache = number | null;

/**
 * SQLite's page cache for the rest of an import's transaction, in KiB. An export written course by
 * course adds to every part of the completions' key index for each course: with the index held in
 * the cache, its pages are written once at the commit rather than spilled and read back for every
 * course. Measured on 1.5 million completions (an index of 27 MB), 32 MB took a quarter less time
 * than the default 2 MB; 64 MB was no faster than 32.
 */
const IMPORT_PAGE_CACHE_KIB = 32 * 1024;

/** Widens SQLite's page cache for an import's transaction; answers what it was, to restore. */
export async function widenPageCache(db: Db): Promise<PageCache> {
  if (engineOf(db) !== 'sqlite') return null;
  const before = await sql<{ cache_size: number }>`pragma cache_size`.execute(db);
  await sql.raw(`pragma cache_size = -${IMPORT_PAGE_CACHE_KIB}`).execute(db);
  return Number(before.rows[0]!.cache_size);
}

export async function restorePageCache(db: Db, pageCache: PageCache): Promise<void> {
  if (pageCache !== null) await sql.raw(`pragma cache_size = ${Math.trunc(pageCache)}`).execute(db);
}

export interface PersonNumbered {
  personKey: number;
  employeeNumber: string | null;
}

/** The people's numbers by `who` (see TrainingPersonTable), numbering those not held yet with the employee number given. */
export async function numberPeople(db: Db, orgKey: number, people: ReadonlyMap<string, string | null>): Promise<Map<string, PersonNumbered>> {
  const numbered = new Map<string, PersonNumbered>();
  if (!people.size) return numbered;
  const whoList = [...people.keys()];
  const held = await db.executeQuery<{ who: string; person_key: number; employee_number: string | null }>(
    CompiledQuery.raw(statement(db, 'people', paddedLength(whoList.length), (mark, n) => `select who, person_key, employee_number from training_people where org_key = ${mark()} and who in (${list(n, mark)})`), [orgKey, ...padded(whoList)]),
  );
  for (const p of held.rows) numbered.set(p.who, { personKey: Number(p.person_key), employeeNumber: p.employee_number });
  const added = [...people].filter(([who]) => !numbered.has(who)).map(([who, employeeNumber]) => ({ org_key: orgKey, who, employee_number: employeeNumber }));
  if (added.length) {
    const rows = await db.insertInto('training_people').values(added).returning(['who', 'person_key', 'employee_number']).execute();
    for (const p of rows) numbered.set(p.who, { personKey: Number(p.person_key), employeeNumber: p.employee_number });
  }
  return numbered;
}

/** The course names' numbers, numbering those not held yet. */
export async function numberCourseNames(db: Db, orgKey: number, names: readonly string[]): Promise<Map<string, number>> {
  const numbered = new Map<string, number>();
  if (!names.length) return numbered;
  const held = await db.selectFrom('training_course_names').select(['name', 'course_key']).where('org_key', '=', orgKey).where('name', 'in', [...names]).execute();
  for (const c of held) numbered.set(c.name, Number(c.course_key));
  const added = names.filter((name) => !numbered.has(name)).map((name) => ({ org_key: orgKey, name }));
  if (added.length) {
    const rows = await db.insertInto('training_course_names').values(added).returning(['name', 'course_key']).execute();
    for (const c of rows) numbered.set(c.name, Number(c.course_key));
  }
  return numbered;
}

/** What the report reads of each completion. */
export interface CompletionFacts {
  employee_number: string | null;
  person_name: string | null;
  course_name: string;
  completed_on: string;
  expires_on: string | null;
  cpd_hours: number | null;
}

/** The completions done by the day: those after it had not happened yet. */
export async function completionsBy(db: Db, orgId: string, day: string): Promise<CompletionFacts[]> {
  const rows = await db
    .selectFrom('training_completions as c')
    .innerJoin('training_orgs as o', 'o.org_key', 'c.org_key')
    .innerJoin('training_people as p', 'p.person_key', 'c.person_key')
    .innerJoin('training_course_names as n', 'n.course_key', 'c.course_key')
    .select(['p.employee_number', 'c.person_name', 'n.name as course_name', 'c.completed_day', 'c.expires_day', 'c.cpd_hours'])
    .where('o.org_id', '=', orgId)
    .where('c.completed_day', '<=', dayNumber(day))
    .execute();
  // A few thousand distinct days among any number of completions.
  const days = new Map<number, string>();
  const iso = (d: number) => days.get(d) ?? days.set(d, isoDayOf(d)).get(d)!;
  return rows.map((r) => ({
    employee_number: r.employee_number,
    person_name: r.person_name,
    course_name: r.course_name,
    completed_on: iso(Number(r.completed_day)),
    expires_on: r.expires_day === null ? null : iso(Number(r.expires_day)),
    cpd_hours: r.cpd_hours,
  }));
}

// The statements a batch runs are written out here rather than built with Kysely: for a batch of 500
// rows, building and compiling the statement cost a third of SQLite's time, and its garbage let the
// importing process's heap grow by over 100 MB. Lists are padded to a multiple of STEP (by repeating
// their last value, which changes no answer) and inserts split into such multiples and the rest, so a
// few dozen texts serve every batch and each is prepared once.

const keyParameters = (keys: readonly CompletionKey[]) => padded(keys).flatMap((k) => [k.personKey, k.courseKey, k.completedDay]);
const keyList = (rows: number, mark: () => string) => list(rows, () => `(${mark()}, ${mark()}, ${mark()})`);
const COLUMNS = ['org_key', 'person_key', 'course_key', 'completed_day', 'person_name', 'expires_day', 'cpd_hours', 'run_no'] as const;

export async function completionsAt(db: Db, orgKey: number, keys: readonly CompletionKey[]): Promise<TrainingCompletionRow[]> {
  if (!keys.length) return [];
  const text = statement(db, 'completions', paddedLength(keys.length), (mark, n) => `select ${COLUMNS.join(', ')} from training_completions where org_key = ${mark()} and (person_key, course_key, completed_day) in (${keyList(n, mark)})`);
  return (await db.executeQuery<TrainingCompletionRow>(CompiledQuery.raw(text, [orgKey, ...keyParameters(keys)]))).rows;
}

export async function insertCompletions(db: Db, rows: readonly TrainingCompletionRow[]): Promise<void> {
  for (let start = 0; start < rows.length; ) {
    const left = Math.min(rows.length - start, INSERT_CHUNK);
    const size = left >= STEP ? left - (left % STEP) : left;
    const parameters: unknown[] = [];
    for (let i = start; i < start + size; i++) {
      const r = rows[i]!;
      parameters.push(r.org_key, r.person_key, r.course_key, r.completed_day, r.person_name, r.expires_day, r.cpd_hours, r.run_no);
    }
    const text = statement(db, 'insert', size, (mark, n) => `insert into training_completions (${COLUMNS.join(', ')}) values ${list(n, () => `(${COLUMNS.map(mark).join(', ')})`)}`);
    await db.executeQuery(CompiledQuery.raw(text, parameters));
    start += size;
  }
}

/** Marks completions as confirmed by a run that found them unchanged. */
export async function stampCompletions(db: Db, orgKey: number, keys: readonly CompletionKey[], run: number): Promise<void> {
  for (let i = 0; i < keys.length; i += INSERT_CHUNK) {
    const some = keys.slice(i, i + INSERT_CHUNK);
    const text = statement(db, 'stamp', paddedLength(some.length), (mark, n) => `update training_completions set run_no = ${mark()} where org_key = ${mark()} and (person_key, course_key, completed_day) in (${keyList(n, mark)})`);
    await db.executeQuery(CompiledQuery.raw(text, [run, orgKey, ...keyParameters(some)]));
  }
}

export async function updateCompletion(db: Db, row: TrainingCompletionRow): Promise<void> {
  const { org_key, person_key, course_key, completed_day, ...rest } = row;
  await db
    .updateTable('training_completions')
    .set(rest)
    .where('org_key', '=', org_key)
    .where('person_key', '=', person_key)
    .where('course_key', '=', course_key)
    .where('completed_day', '=', completed_day)
    .execute();
}

export async function countCompletions(db: Db, orgId: string): Promise<number> {
  const orgKey = await orgKeyOf(db, orgId);
  if (orgKey === undefined) return 0;
  const row = await db.selectFrom('training_completions').select((eb) => eb.fn.countAll().as('n')).where('org_key', '=', orgKey).executeTakeFirst();
  return Number(row?.n ?? 0);
}

// The training module's tables: each organisation's courses, its settings, and the completions its
// e-learning exports listed.
import type { Db } from '../../platform/db/database.js';
import type { TrainingCompletionRow, TrainingCourseRow, TrainingSettingsRow } from '../../platform/db/schema.js';

/** Rows per insert statement: 11 columns each stays well inside both engines' parameter limits. */
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

/** What the report reads of each completion. */
export type CompletionFacts = Pick<TrainingCompletionRow, 'employee_number' | 'person_name' | 'course_name' | 'completed_on' | 'expires_on' | 'cpd_hours'>;

/** The completions done by the day: those after it had not happened yet. */
export async function completionsBy(db: Db, orgId: string, day: string): Promise<CompletionFacts[]> {
  return db
    .selectFrom('training_completions')
    .select(['employee_number', 'person_name', 'course_name', 'completed_on', 'expires_on', 'cpd_hours'])
    .where('org_id', '=', orgId)
    .where('completed_on', '<=', day)
    .execute();
}

export async function completionsByKeys(db: Db, orgId: string, keys: readonly string[]): Promise<TrainingCompletionRow[]> {
  if (!keys.length) return [];
  return db.selectFrom('training_completions').selectAll().where('org_id', '=', orgId).where('completion_key', 'in', [...keys]).execute();
}

export async function insertCompletions(db: Db, rows: TrainingCompletionRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) await db.insertInto('training_completions').values(rows.slice(i, i + INSERT_CHUNK)).execute();
}

/** Marks completions as confirmed by a run that found them unchanged. */
export async function stampCompletions(db: Db, orgId: string, keys: readonly string[], runId: string): Promise<void> {
  for (let i = 0; i < keys.length; i += INSERT_CHUNK) {
    await db.updateTable('training_completions').set({ run_id: runId }).where('org_id', '=', orgId).where('completion_key', 'in', keys.slice(i, i + INSERT_CHUNK)).execute();
  }
}

export async function updateCompletion(db: Db, row: TrainingCompletionRow): Promise<void> {
  const { org_id, completion_key, created_at: _created, ...rest } = row;
  await db.updateTable('training_completions').set(rest).where('org_id', '=', org_id).where('completion_key', '=', completion_key).execute();
}

export async function countCompletions(db: Db, orgId: string): Promise<number> {
  const row = await db.selectFrom('training_completions').select((eb) => eb.fn.countAll().as('n')).where('org_id', '=', orgId).executeTakeFirst();
  return Number(row?.n ?? 0);
}

// Tables of the exercises module: exercises and their numbers, participants, injects, decision points,
// observations, findings and actions. Rows in, rows out; the rules live in the service and domain.
import type { Db } from '../../platform/db/database.js';
import { nextYearlyNumber } from '../../platform/db/yearly-numbers.js';
import type {
  ExerciseActionRow,
  ExerciseDecisionPointRow,
  ExerciseFindingRow,
  ExerciseInjectRow,
  ExerciseObservationRow,
  ExerciseParticipantRow,
  ExerciseRow,
  NewExerciseRow,
} from '../../platform/db/schema.js';

export async function insertExercise(db: Db, row: NewExerciseRow): Promise<void> {
  await db.insertInto('exercises').values(row).execute();
}

export async function findExercise(db: Db, orgId: string, id: string): Promise<ExerciseRow | undefined> {
  return db.selectFrom('exercises').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export async function exercisesOf(db: Db, orgId: string): Promise<ExerciseRow[]> {
  return db.selectFrom('exercises').selectAll().where('org_id', '=', orgId).orderBy('created_at', 'desc').orderBy('reference', 'desc').execute();
}

/**
 * Changes a row if it is still at the version read, moving the version on; false when someone changed
 * it first. The scope column keeps the change inside its organisation or exercise.
 */
async function updateAtVersion(db: Db, table: 'exercises' | 'exercise_findings' | 'exercise_actions', scope: readonly ['org_id' | 'exercise_id', string], id: string, version: number, patch: object): Promise<boolean> {
  // One statement for three tables: typed as the one whose columns the scope and version name.
  const result = await db
    .updateTable(table as 'exercise_actions')
    .set({ ...patch, version: version + 1 })
    .where(scope[0] as 'exercise_id', '=', scope[1])
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function updateExercise(db: Db, orgId: string, id: string, version: number, patch: Partial<NewExerciseRow>): Promise<boolean> {
  return updateAtVersion(db, 'exercises', ['org_id', orgId], id, version, patch);
}

/** The next number for the year (see platform/db/yearly-numbers.ts). */
export async function nextNumber(db: Db, orgId: string, year: number): Promise<number> {
  return nextYearlyNumber(db, 'exercise_numbers', orgId, year);
}

// ---- The plan: participants, injects, decision points ----

export async function participantsOf(db: Db, exerciseIds: readonly string[]): Promise<ExerciseParticipantRow[]> {
  if (!exerciseIds.length) return [];
  return db.selectFrom('exercise_participants').selectAll().where('exercise_id', 'in', exerciseIds).orderBy('exercise_id').orderBy('seq').execute();
}

export async function injectsOf(db: Db, exerciseIds: readonly string[]): Promise<ExerciseInjectRow[]> {
  if (!exerciseIds.length) return [];
  return db.selectFrom('exercise_injects').selectAll().where('exercise_id', 'in', exerciseIds).orderBy('exercise_id').orderBy('seq').execute();
}

export async function decisionPointsOf(db: Db, exerciseIds: readonly string[]): Promise<ExerciseDecisionPointRow[]> {
  if (!exerciseIds.length) return [];
  return db.selectFrom('exercise_decision_points').selectAll().where('exercise_id', 'in', exerciseIds).orderBy('exercise_id').orderBy('seq').execute();
}

/** Replaces whichever parts of a planned exercise's plan are given. */
export async function replacePlan(
  db: Db,
  exerciseId: string,
  plan: { participants?: ExerciseParticipantRow[] | undefined; injects?: ExerciseInjectRow[] | undefined; decisionPoints?: ExerciseDecisionPointRow[] | undefined },
): Promise<void> {
  if (plan.participants) {
    await db.deleteFrom('exercise_participants').where('exercise_id', '=', exerciseId).execute();
    if (plan.participants.length) await db.insertInto('exercise_participants').values(plan.participants).execute();
  }
  if (plan.injects) {
    await db.deleteFrom('exercise_injects').where('exercise_id', '=', exerciseId).execute();
    if (plan.injects.length) await db.insertInto('exercise_injects').values(plan.injects).execute();
  }
  if (plan.decisionPoints) {
    await db.deleteFrom('exercise_decision_points').where('exercise_id', '=', exerciseId).execute();
    if (plan.decisionPoints.length) await db.insertInto('exercise_decision_points').values(plan.decisionPoints).execute();
  }
}

export async function updateDecisionPoint(db: Db, exerciseId: string, id: string, patch: Partial<ExerciseDecisionPointRow>): Promise<void> {
  await db.updateTable('exercise_decision_points').set(patch).where('exercise_id', '=', exerciseId).where('id', '=', id).execute();
}

export async function updateInject(db: Db, exerciseId: string, id: string, patch: Partial<ExerciseInjectRow>): Promise<void> {
  await db.updateTable('exercise_injects').set(patch).where('exercise_id', '=', exerciseId).where('id', '=', id).execute();
}

// ---- The run and the review ----

export async function observationsOf(db: Db, exerciseId: string): Promise<ExerciseObservationRow[]> {
  return db.selectFrom('exercise_observations').selectAll().where('exercise_id', '=', exerciseId).orderBy('at').orderBy('recorded_at').execute();
}

export async function insertObservation(db: Db, row: ExerciseObservationRow): Promise<void> {
  await db.insertInto('exercise_observations').values(row).execute();
}

export async function findingsOf(db: Db, exerciseIds: readonly string[]): Promise<ExerciseFindingRow[]> {
  if (!exerciseIds.length) return [];
  return db.selectFrom('exercise_findings').selectAll().where('exercise_id', 'in', exerciseIds).orderBy('exercise_id').orderBy('seq').execute();
}

export async function insertFinding(db: Db, row: ExerciseFindingRow): Promise<void> {
  await db.insertInto('exercise_findings').values(row).execute();
}

export async function updateFinding(db: Db, exerciseId: string, id: string, version: number, patch: Partial<ExerciseFindingRow>): Promise<boolean> {
  return updateAtVersion(db, 'exercise_findings', ['exercise_id', exerciseId], id, version, patch);
}

export async function actionsOf(db: Db, exerciseIds: readonly string[]): Promise<ExerciseActionRow[]> {
  if (!exerciseIds.length) return [];
  return db.selectFrom('exercise_actions').selectAll().where('exercise_id', 'in', exerciseIds).orderBy('exercise_id').orderBy('seq').execute();
}

/** The last order number given to the exercise's findings or actions (0 for none). */
export async function lastSeq(db: Db, table: 'exercise_findings' | 'exercise_actions', exerciseId: string): Promise<number> {
  const row = await db
    .selectFrom(table as 'exercise_actions')
    .select((eb) => eb.fn.max('seq').as('n'))
    .where('exercise_id', '=', exerciseId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function insertActions(db: Db, rows: ExerciseActionRow[]): Promise<void> {
  if (rows.length) await db.insertInto('exercise_actions').values(rows).execute();
}

export async function updateAction(db: Db, exerciseId: string, id: string, version: number, patch: Partial<ExerciseActionRow>): Promise<boolean> {
  return updateAtVersion(db, 'exercise_actions', ['exercise_id', exerciseId], id, version, patch);
}

// What every change to an exercise shares: finding it, refusing a stale version with who changed it,
// checking the times people give against the exercise clock, and naming each bad field.
import type { ExerciseDetail } from '../../contract/exercises.js';
import { parseInstant } from '../../platform/as-of.js';
import type { RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import type { ExerciseRow } from '../../platform/db/schema.js';
import { Conflict, type FieldProblem, NotFound, StaleChange, ValidationFailed } from '../../platform/errors.js';
import * as accounts from '../accounts/service.js';
import { exerciseStatus } from './domain/exercise-summary.js';
import { detailOf } from './exercise-views.js';
import * as store from './store.js';

/** What a change needs: the database, who acts and when (the demo has no request). */
export type ExerciseChangeContext = Pick<RequestContext, 'db' | 'actor' | 'now'>;

export const NEEDS_CORRECTING = 'The exercise’s details need correcting.';
const STALE_MESSAGE = 'This exercise was changed by someone else since you loaded it. Their version is shown; make your change again if it is still needed.';

/** A minute's grace for a device clock a little ahead of the server's; beyond that a time is in the future. */
export const FUTURE_GRACE_MS = 60_000;

export async function loadExercise(db: Db, orgId: string, id: string): Promise<ExerciseRow> {
  const row = await store.findExercise(db, orgId, id);
  if (!row) throw new NotFound('There is no exercise with that id in this organisation.');
  return row;
}

export function throwIfAny(problems: ReadonlyArray<FieldProblem | null>): void {
  const real = problems.filter((p): p is FieldProblem => p !== null);
  if (real.length) throw new ValidationFailed(real.length === 1 ? `${real[0]!.message}.` : NEEDS_CORRECTING, real);
}

/** A 409 carrying the record as it now stands, who changed it and when. */
export async function staleRefusal(db: Db, current: ExerciseDetail, message: string, changedById: string | null, changedAt: string): Promise<StaleChange> {
  return accounts.staleChangeBy(db, message, current, changedById, changedAt);
}

/** Refuses a change to the exercise made against an old version. */
export async function refuseStale(db: Db, orgId: string, id: string, now: Date): Promise<never> {
  const row = await loadExercise(db, orgId, id);
  throw await staleRefusal(db, await detailOf(db, row, now), STALE_MESSAGE, row.updated_by, row.updated_at);
}

/** Moves the exercise on a version, or refuses when the version read is stale. */
export async function touch(tx: Db, ctx: ExerciseChangeContext, row: ExerciseRow, version: number, patch: Partial<ExerciseRow> = {}): Promise<void> {
  if (version !== row.version || !(await store.updateExercise(tx, row.org_id, row.id, version, { ...patch, updated_at: ctx.now.toISOString(), updated_by: ctx.actor.userId }))) {
    await refuseStale(tx, row.org_id, row.id, ctx.now);
  }
}

/** Recording during the run (decisions, injects, observations) needs the clock running. */
export function assertRunning(row: ExerciseRow): void {
  const status = exerciseStatus(row.started_at, row.ended_at);
  if (status !== 'running') {
    throw new Conflict(status === 'planned' ? 'The exercise has not started: start its clock first.' : 'The exercise has finished: its clock is stopped, so nothing more is recorded on it.', 'exercise-not-running');
  }
}

/**
 * A time someone gives for the exercise: with its offset, not in the future, and not before the clock
 * started (when it has). Absent means now.
 */
export function exerciseInstant(text: string | undefined, field: string, row: ExerciseRow | null, now: Date): Date {
  const at = text === undefined ? now : parseInstant(text, field);
  if (at.getTime() > now.getTime() + FUTURE_GRACE_MS) {
    throw new ValidationFailed('A time cannot be in the future.', [{ field, message: `${text} is in the future: record what has happened, when it happened`, value: text }]);
  }
  if (row?.started_at && at.getTime() < Date.parse(row.started_at)) {
    throw new ValidationFailed('A time cannot be before the exercise started.', [{ field, message: `${text ?? at.toISOString()} is before the exercise’s clock started (${row.started_at})`, value: text }]);
  }
  return at;
}

export async function memberProblem(db: Db, orgId: string, accountId: string | null | undefined, field: string): Promise<FieldProblem | null> {
  if (!accountId || (await accounts.isMember(db, orgId, accountId))) return null;
  return { field, message: 'Choose someone with a role in this organisation' };
}

export function dateProblem(value: string | null | undefined, field: string): FieldProblem | null {
  if (!value) return null;
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  return ok ? null : { field, message: `${value} is not a date in the calendar (YYYY-MM-DD)`, value };
}

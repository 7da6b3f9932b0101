// Running an exercise against its clock: starting and stopping it, recording when each decision point
// was reached, releasing injects and noting observations. Every time given is checked against the
// clock (with its offset, not before the start, not in the future), and stopping the clock records the
// exercise in the evidence library for CAF D1.c.
import { randomUUID } from 'node:crypto';
import type { ClockBody, DecisionBody, ExerciseDetail, ObservationBody } from '../../contract/exercises.js';
import { recordAudit } from '../../platform/audit/audit-trail.js';
import { inTransaction } from '../../platform/db/transaction.js';
import type { Db } from '../../platform/db/database.js';
import { Conflict, NotFound, ValidationFailed } from '../../platform/errors.js';
import { exerciseStatus } from './domain/exercise-summary.js';
import { recordExerciseEvidence } from './exercise-evidence.js';
import { assertRunning, type ExerciseChangeContext, exerciseInstant, loadExercise, touch } from './exercise-records.js';
import { detailOf } from './exercise-views.js';
import * as store from './store.js';

async function reloaded(ctx: ExerciseChangeContext, orgId: string, id: string): Promise<ExerciseDetail> {
  return detailOf(ctx.db, await loadExercise(ctx.db, orgId, id), ctx.now);
}

export async function startExercise(ctx: ExerciseChangeContext, orgId: string, id: string, body: ClockBody): Promise<ExerciseDetail> {
  const at = exerciseInstant(body.at, 'at', null, ctx.now);
  return inTransaction(ctx.db, async (tx) => {
    const row = await loadExercise(tx, orgId, id);
    if (exerciseStatus(row.started_at, row.ended_at) !== 'planned') throw new Conflict(`The exercise’s clock already started at ${row.started_at}.`, 'exercise-started');
    await touch(tx, ctx, row, body.version, { started_at: at.toISOString() });
    await recordAudit(tx, ctx.actor, { action: 'exercise.start', entityType: 'exercise', entityId: id, orgId, after: { startedAt: at.toISOString() } }, ctx.now);
    return reloaded({ ...ctx, db: tx }, orgId, id);
  });
}

export async function stopExercise(ctx: ExerciseChangeContext, orgId: string, id: string, body: ClockBody): Promise<ExerciseDetail> {
  return inTransaction(ctx.db, async (tx) => {
    const row = await loadExercise(tx, orgId, id);
    assertRunning(row);
    const at = exerciseInstant(body.at, 'at', row, ctx.now).toISOString();
    await assertNothingAfter(tx, id, at);
    await touch(tx, ctx, row, body.version, { ended_at: at });
    const completed = await detailOf(tx, (await store.findExercise(tx, orgId, id))!, ctx.now);
    const evidenceId = await recordExerciseEvidence({ ...ctx, db: tx }, orgId, completed);
    await store.updateExercise(tx, orgId, id, completed.version, { evidence_id: evidenceId });
    await recordAudit(tx, ctx.actor, { action: 'exercise.stop', entityType: 'exercise', entityId: id, orgId, after: { endedAt: at, evidenceId, decisionsMet: completed.decisionsMet, decisionsLate: completed.decisionsLate, decisionsMissed: completed.decisionsMissed } }, ctx.now);
    return reloaded({ ...ctx, db: tx }, orgId, id);
  });
}

/** The clock cannot stop before something already recorded on it happened. */
async function assertNothingAfter(tx: Db, id: string, endedAt: string): Promise<void> {
  const [points, injects, observations] = await Promise.all([store.decisionPointsOf(tx, [id]), store.injectsOf(tx, [id]), store.observationsOf(tx, id)]);
  const times = [...points.map((p) => p.reached_at), ...injects.map((i) => i.released_at), ...observations.map((o) => o.at)].filter((t): t is string => t !== null).map(Date.parse);
  const latest = Math.max(...times);
  if (times.length && latest > Date.parse(endedAt)) {
    const last = new Date(latest).toISOString();
    throw new ValidationFailed('The exercise cannot end before what was recorded during it.', [{ field: 'at', message: `Something was recorded at ${last}: end the exercise then or later`, value: endedAt }]);
  }
}

export async function recordDecision(ctx: ExerciseChangeContext, orgId: string, id: string, decisionId: string, body: DecisionBody): Promise<ExerciseDetail> {
  return inTransaction(ctx.db, async (tx) => {
    const row = await loadExercise(tx, orgId, id);
    const point = (await store.decisionPointsOf(tx, [id])).find((p) => p.id === decisionId);
    if (!point) throw new NotFound('This exercise has no such decision point.');
    assertRunning(row);
    // Absent: now, or the time already recorded when only the note changes.
    const reachedAt = body.reachedAt === null ? null : body.reachedAt === undefined && point.reached_at ? point.reached_at : exerciseInstant(body.reachedAt, 'reachedAt', row, ctx.now).toISOString();
    const note = body.note === undefined ? point.note : body.note?.trim() || null;
    await touch(tx, ctx, row, body.version);
    await store.updateDecisionPoint(tx, id, decisionId, { reached_at: reachedAt, note, recorded_at: ctx.now.toISOString(), recorded_by: ctx.actor.userId });
    await recordAudit(tx, ctx.actor, { action: 'exercise.decision-record', entityType: 'exercise', entityId: id, orgId, before: { key: point.key, reachedAt: point.reached_at, note: point.note }, after: { key: point.key, reachedAt, note } }, ctx.now);
    return reloaded({ ...ctx, db: tx }, orgId, id);
  });
}

export async function releaseInject(ctx: ExerciseChangeContext, orgId: string, id: string, injectId: string, body: ClockBody): Promise<ExerciseDetail> {
  return inTransaction(ctx.db, async (tx) => {
    const row = await loadExercise(tx, orgId, id);
    const inject = (await store.injectsOf(tx, [id])).find((i) => i.id === injectId);
    if (!inject) throw new NotFound('This exercise has no such inject.');
    assertRunning(row);
    if (inject.released_at) throw new Conflict(`That inject was already released at ${inject.released_at}.`, 'inject-released');
    const at = exerciseInstant(body.at, 'at', row, ctx.now).toISOString();
    await touch(tx, ctx, row, body.version);
    await store.updateInject(tx, id, injectId, { released_at: at, released_by: ctx.actor.userId });
    await recordAudit(tx, ctx.actor, { action: 'exercise.inject-release', entityType: 'exercise', entityId: id, orgId, after: { atMinute: inject.at_minute, releasedAt: at } }, ctx.now);
    return reloaded({ ...ctx, db: tx }, orgId, id);
  });
}

/** Observations are added, never edited, so they take no version: observers need not wait for each other. */
export async function addObservation(ctx: ExerciseChangeContext, orgId: string, id: string, body: ObservationBody): Promise<ExerciseDetail> {
  return inTransaction(ctx.db, async (tx) => {
    const row = await loadExercise(tx, orgId, id);
    assertRunning(row);
    const at = exerciseInstant(body.at, 'at', row, ctx.now).toISOString();
    const observation = { id: randomUUID(), exercise_id: id, at, text: body.text.trim(), recorded_at: ctx.now.toISOString(), recorded_by: ctx.actor.userId };
    await store.insertObservation(tx, observation);
    await recordAudit(tx, ctx.actor, { action: 'exercise.observation-add', entityType: 'exercise', entityId: id, orgId, after: { at, text: observation.text } }, ctx.now);
    return reloaded({ ...ctx, db: tx }, orgId, id);
  });
}

// The review of an exercise: findings, each with the bottleneck it shows, and the actions that follow
// from them. Findings and actions may be added while the exercise runs and after it has finished
// (reviews happen afterwards), not before it starts. Each carries its own version.
import { randomUUID } from 'node:crypto';
import type { ExerciseActionBody, ExerciseActionChangeBody, ExerciseDetail, FindingBody, FindingChangeBody } from '../../contract/exercises.js';
import { recordAudit } from '../../platform/audit/audit-trail.js';
import type { Db } from '../../platform/db/database.js';
import type { ExerciseActionRow, ExerciseFindingRow, ExerciseRow } from '../../platform/db/schema.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { Conflict, type FieldProblem, NotFound } from '../../platform/errors.js';
import { exerciseStatus } from './domain/exercise-summary.js';
import { dateProblem, type ExerciseChangeContext, loadExercise, memberProblem, staleRefusal, throwIfAny } from './exercise-records.js';
import { detailOf } from './exercise-views.js';
import * as store from './store.js';

type ActionPlan = Pick<ExerciseActionBody, 'title' | 'ownerId' | 'dueOn'>;

function assertStarted(row: ExerciseRow): void {
  if (exerciseStatus(row.started_at, row.ended_at) === 'planned') throw new Conflict('The exercise has not started: findings come from running it.', 'exercise-not-started');
}

async function decisionPointProblem(db: Db, exerciseId: string, decisionPointId: string | null | undefined): Promise<FieldProblem | null> {
  if (!decisionPointId || (await store.decisionPointsOf(db, [exerciseId])).some((p) => p.id === decisionPointId)) return null;
  return { field: 'decisionPointId', message: 'Choose one of this exercise’s decision points', value: decisionPointId };
}

async function actionProblems(db: Db, orgId: string, actions: readonly ActionPlan[], prefix: string): Promise<Array<FieldProblem | null>> {
  return (await Promise.all(actions.map(async (a, i) => [dateProblem(a.dueOn, `${prefix}${i}.dueOn`), await memberProblem(db, orgId, a.ownerId, `${prefix}${i}.ownerId`)]))).flat();
}

async function actionRows(tx: Db, ctx: ExerciseChangeContext, exerciseId: string, findingId: string, actions: readonly ActionPlan[]): Promise<ExerciseActionRow[]> {
  const at = ctx.now.toISOString();
  const last = await store.lastSeq(tx, 'exercise_actions', exerciseId);
  return actions.map((a, i) => ({ id: randomUUID(), exercise_id: exerciseId, finding_id: findingId, seq: last + i + 1, title: a.title.trim(), owner_id: a.ownerId ?? null, due_on: a.dueOn ?? null, status: 'open', version: 1, created_at: at, updated_at: at, updated_by: ctx.actor.userId }));
}

const auditOfAction = (a: Partial<ExerciseActionRow>) => ({ title: a.title, ownerId: a.owner_id, dueOn: a.due_on, status: a.status });

export async function addFinding(ctx: ExerciseChangeContext, orgId: string, id: string, body: FindingBody): Promise<ExerciseDetail> {
  await loadExercise(ctx.db, orgId, id); // another organisation's exercise is not found before its details are checked
  throwIfAny([await decisionPointProblem(ctx.db, id, body.decisionPointId), ...(await actionProblems(ctx.db, orgId, body.actions ?? [], 'actions.'))]);
  return inTransaction(ctx.db, async (tx) => {
    const row = await loadExercise(tx, orgId, id);
    assertStarted(row);
    const at = ctx.now.toISOString();
    const finding: ExerciseFindingRow = {
      id: randomUUID(),
      exercise_id: id,
      seq: (await store.lastSeq(tx, 'exercise_findings', id)) + 1,
      title: body.title.trim(),
      detail: body.detail?.trim() || null,
      bottleneck: body.bottleneck,
      severity: body.severity,
      decision_point_id: body.decisionPointId ?? null,
      version: 1,
      created_at: at,
      updated_at: at,
      updated_by: ctx.actor.userId,
    };
    await store.insertFinding(tx, finding);
    const actions = await actionRows(tx, ctx, id, finding.id, body.actions ?? []);
    await store.insertActions(tx, actions);
    await recordAudit(tx, ctx.actor, { action: 'exercise.finding-add', entityType: 'exercise', entityId: id, orgId, after: { title: finding.title, bottleneck: finding.bottleneck, severity: finding.severity, actions: actions.map(auditOfAction) } }, ctx.now);
    return detailOf(tx, row, ctx.now);
  });
}

export async function changeFinding(ctx: ExerciseChangeContext, orgId: string, id: string, findingId: string, body: FindingChangeBody): Promise<ExerciseDetail> {
  await loadExercise(ctx.db, orgId, id);
  throwIfAny([await decisionPointProblem(ctx.db, id, body.decisionPointId)]);
  return inTransaction(ctx.db, async (tx) => {
    const row = await loadExercise(tx, orgId, id);
    const finding = (await store.findingsOf(tx, [id])).find((f) => f.id === findingId);
    if (!finding) throw new NotFound('This exercise has no such finding.');
    const patch: Partial<ExerciseFindingRow> = {
      ...(body.title !== undefined ? { title: body.title.trim() } : {}),
      ...(body.detail !== undefined ? { detail: body.detail?.trim() || null } : {}),
      ...(body.bottleneck !== undefined ? { bottleneck: body.bottleneck } : {}),
      ...(body.severity !== undefined ? { severity: body.severity } : {}),
      ...(body.decisionPointId !== undefined ? { decision_point_id: body.decisionPointId ?? null } : {}),
    };
    if (!(await store.updateFinding(tx, id, findingId, body.version, { ...patch, updated_at: ctx.now.toISOString(), updated_by: ctx.actor.userId }))) {
      throw await staleRefusal(tx, await detailOf(tx, row, ctx.now), 'This finding was changed by someone else since you loaded it. Theirs is shown; make your change again.', finding.updated_by, finding.updated_at);
    }
    const before = Object.fromEntries(Object.keys(patch).map((k) => [k, finding[k as keyof ExerciseFindingRow]]));
    await recordAudit(tx, ctx.actor, { action: 'exercise.finding-change', entityType: 'exercise', entityId: id, orgId, before, after: patch }, ctx.now);
    return detailOf(tx, row, ctx.now);
  });
}

export async function addAction(ctx: ExerciseChangeContext, orgId: string, id: string, findingId: string, body: ExerciseActionBody): Promise<ExerciseDetail> {
  throwIfAny(await actionProblems(ctx.db, orgId, [body], ''));
  return inTransaction(ctx.db, async (tx) => {
    const row = await loadExercise(tx, orgId, id);
    if (!(await store.findingsOf(tx, [id])).some((f) => f.id === findingId)) throw new NotFound('This exercise has no such finding.');
    const [action] = await actionRows(tx, ctx, id, findingId, [body]);
    await store.insertActions(tx, [action!]);
    await recordAudit(tx, ctx.actor, { action: 'exercise.action-add', entityType: 'exercise', entityId: id, orgId, after: auditOfAction(action!) }, ctx.now);
    return detailOf(tx, row, ctx.now);
  });
}

export async function changeAction(ctx: ExerciseChangeContext, orgId: string, id: string, actionId: string, body: ExerciseActionChangeBody): Promise<ExerciseDetail> {
  throwIfAny([dateProblem(body.dueOn, 'dueOn'), await memberProblem(ctx.db, orgId, body.ownerId, 'ownerId')]);
  return inTransaction(ctx.db, async (tx) => {
    const row = await loadExercise(tx, orgId, id);
    const action = (await store.actionsOf(tx, [id])).find((a) => a.id === actionId);
    if (!action) throw new NotFound('This exercise has no such action.');
    const patch: Partial<ExerciseActionRow> = {
      ...(body.title !== undefined ? { title: body.title.trim() } : {}),
      ...(body.ownerId !== undefined ? { owner_id: body.ownerId ?? null } : {}),
      ...(body.dueOn !== undefined ? { due_on: body.dueOn ?? null } : {}),
      ...(body.status !== undefined ? { status: body.status } : {}),
    };
    if (!(await store.updateAction(tx, id, actionId, body.version, { ...patch, updated_at: ctx.now.toISOString(), updated_by: ctx.actor.userId }))) {
      throw await staleRefusal(tx, await detailOf(tx, row, ctx.now), 'This action was changed by someone else since you loaded it. Theirs is shown; make your change again.', action.updated_by, action.updated_at);
    }
    await recordAudit(tx, ctx.actor, { action: 'exercise.action-change', entityType: 'exercise', entityId: id, orgId, before: auditOfAction(action), after: auditOfAction(patch) }, ctx.now);
    return detailOf(tx, row, ctx.now);
  });
}

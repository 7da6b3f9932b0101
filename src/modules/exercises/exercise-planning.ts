// Planning an exercise: from a scenario in the library (which fills what is not given) or from scratch,
// numbered EX-<year>-<n> in the organisation, and changing the plan while it is still planned. Once
// the clock has started, only the title, description and objectives change: the plan is what the run
// is measured against.
import { randomUUID } from 'node:crypto';
import { type DecisionPointPlan, EXERCISE_ROLE_LABELS, type ExerciseChangeBody, type ExerciseDetail, type ExerciseRole, type InjectPlan, type NewExerciseBody } from '../../contract/exercises.js';
import { recordAudit } from '../../platform/audit/audit-trail.js';
import type { Db } from '../../platform/db/database.js';
import type { ExerciseDecisionPointRow, ExerciseInjectRow, ExerciseParticipantRow, ExerciseRow, NewExerciseRow } from '../../platform/db/schema.js';
import { inTransaction } from '../../platform/db/transaction.js';
import type { FieldProblem } from '../../platform/errors.js';
import { exerciseStatus } from './domain/exercise-summary.js';
import { dateProblem, type ExerciseChangeContext, loadExercise, memberProblem, throwIfAny, touch } from './exercise-records.js';
import { detailOf } from './exercise-views.js';
import { findScenario } from './scenario-library.js';
import * as store from './store.js';

type ParticipantPlan = NonNullable<NewExerciseBody['participants']>[number];

const UK_YEAR = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric' });

/** EX-2026-003: the next number in this organisation for the UK year. */
async function newReference(tx: Db, orgId: string, now: Date): Promise<string> {
  const year = Number(UK_YEAR.format(now));
  return `EX-${year}-${String(await store.nextNumber(tx, orgId, year)).padStart(3, '0')}`;
}

function repeatedKeyProblems(points: readonly DecisionPointPlan[] | undefined): FieldProblem[] {
  if (!points) return [];
  return points.flatMap((p, i) => (points.findIndex((q) => q.key === p.key) < i ? [{ field: `decisionPoints.${i}.key`, message: `The key ${p.key} is used twice: give each decision point its own`, value: p.key }] : []));
}

async function participantProblems(db: Db, orgId: string, participants: readonly ParticipantPlan[] | undefined): Promise<Array<FieldProblem | null>> {
  return Promise.all((participants ?? []).map((p, i) => memberProblem(db, orgId, p.accountId, `participants.${i}.accountId`)));
}

const participantRows = (exerciseId: string, list: readonly ParticipantPlan[]): ExerciseParticipantRow[] =>
  list.map((p, i) => ({ id: randomUUID(), exercise_id: exerciseId, seq: i + 1, name: p.name.trim(), role: p.role.trim(), account_id: p.accountId ?? null }));

const injectRows = (exerciseId: string, list: readonly InjectPlan[]): ExerciseInjectRow[] =>
  [...list]
    .sort((a, b) => a.atMinute - b.atMinute)
    .map((inject, i) => ({ id: randomUUID(), exercise_id: exerciseId, seq: i + 1, at_minute: inject.atMinute, text: inject.text.trim(), released_at: null, released_by: null }));

const decisionRows = (exerciseId: string, list: readonly DecisionPointPlan[]): ExerciseDecisionPointRow[] =>
  list.map((d, i) => ({ id: randomUUID(), exercise_id: exerciseId, seq: i + 1, key: d.key, label: d.label.trim(), target_minutes: d.targetMinutes, reached_at: null, note: null, recorded_at: null, recorded_by: null }));

/** The plan's columns for the details given (only those given). */
function detailColumns(body: Partial<NewExerciseBody>): Partial<NewExerciseRow> {
  const columns: Partial<NewExerciseRow> = {};
  if (body.title !== undefined) columns.title = body.title.trim();
  if (body.format !== undefined) columns.format = body.format;
  if (body.description !== undefined) columns.description = body.description?.trim() || null;
  if (body.plannedFor !== undefined) columns.planned_for = body.plannedFor ?? null;
  if (body.objectives !== undefined) columns.objectives_json = JSON.stringify(body.objectives.map((o) => o.trim()));
  return columns;
}

export async function createExercise(ctx: ExerciseChangeContext, orgId: string, body: NewExerciseBody): Promise<ExerciseDetail> {
  const scenario = body.scenarioId ? findScenario(body.scenarioId) : undefined;
  throwIfAny([
    body.scenarioId && !scenario ? { field: 'scenarioId', message: `There is no scenario ${body.scenarioId} in the library`, value: body.scenarioId } : null,
    dateProblem(body.plannedFor, 'plannedFor'),
    ...repeatedKeyProblems(body.decisionPoints),
    ...(await participantProblems(ctx.db, orgId, body.participants)),
  ]);
  // The scenario's roles become places to fill, named by the role until someone is put in them.
  const participants = body.participants ?? (scenario?.roles ?? []).map((role: ExerciseRole) => ({ name: EXERCISE_ROLE_LABELS[role], role, accountId: null }));
  return inTransaction(ctx.db, async (tx) => {
    const at = ctx.now.toISOString();
    const row: ExerciseRow = {
      id: randomUUID(),
      org_id: orgId,
      reference: await newReference(tx, orgId, ctx.now),
      title: body.title.trim(),
      scenario_id: scenario?.id ?? null,
      format: body.format,
      description: null,
      objectives_json: JSON.stringify(scenario?.objectives ?? []),
      planned_for: null,
      started_at: null,
      ended_at: null,
      evidence_id: null,
      ...detailColumns(body),
      version: 1,
      created_at: at,
      created_by: ctx.actor.userId,
      updated_at: at,
      updated_by: ctx.actor.userId,
    };
    await store.insertExercise(tx, row);
    const plan = {
      participants: participantRows(row.id, participants),
      injects: injectRows(row.id, body.injects ?? scenario?.injects ?? []),
      decisionPoints: decisionRows(row.id, body.decisionPoints ?? scenario?.decisionPoints ?? []),
    };
    await store.replacePlan(tx, row.id, plan);
    await recordAudit(
      tx,
      ctx.actor,
      { action: 'exercise.create', entityType: 'exercise', entityId: row.id, orgId, after: { reference: row.reference, title: row.title, scenarioId: row.scenario_id, format: row.format, plannedFor: row.planned_for, injects: plan.injects.length, decisionPoints: plan.decisionPoints.map((d) => `${d.key}@${d.target_minutes}`) } },
      ctx.now,
    );
    return detailOf(tx, row, ctx.now);
  });
}

/** What may change once the clock has started. */
const CHANGEABLE_WHEN_STARTED = new Set(['title', 'description', 'objectives', 'version']);

export async function changeExercise(ctx: ExerciseChangeContext, orgId: string, id: string, body: ExerciseChangeBody): Promise<ExerciseDetail> {
  const current = await loadExercise(ctx.db, orgId, id);
  if (exerciseStatus(current.started_at, current.ended_at) !== 'planned') {
    throwIfAny(Object.keys(body).filter((k) => !CHANGEABLE_WHEN_STARTED.has(k)).map((field) => ({ field, message: 'The exercise has started: its plan is what the run is measured against, so only the title, description and objectives can change' })));
  }
  throwIfAny([dateProblem(body.plannedFor, 'plannedFor'), ...repeatedKeyProblems(body.decisionPoints), ...(await participantProblems(ctx.db, orgId, body.participants))]);
  return inTransaction(ctx.db, async (tx) => {
    const row = await loadExercise(tx, orgId, id);
    const { version, participants, injects, decisionPoints, ...details } = body;
    const columns = detailColumns(details);
    const changed = Object.fromEntries(Object.entries(columns).filter(([k, v]) => row[k as keyof ExerciseRow] !== v));
    if (!Object.keys(changed).length && !participants && !injects && !decisionPoints) {
      if (version !== row.version) await touch(tx, ctx, row, version);
      return detailOf(tx, row, ctx.now);
    }
    await touch(tx, ctx, row, version, changed);
    await store.replacePlan(tx, id, {
      participants: participants && participantRows(id, participants),
      injects: injects && injectRows(id, injects),
      decisionPoints: decisionPoints && decisionRows(id, decisionPoints),
    });
    const before = Object.fromEntries(Object.keys(changed).map((k) => [k, row[k as keyof ExerciseRow]]));
    const after = { ...changed, ...(participants ? { participants: participants.length } : {}), ...(injects ? { injects: injects.length } : {}), ...(decisionPoints ? { decisionPoints: decisionPoints.map((d) => `${d.key}@${d.targetMinutes}`) } : {}) };
    await recordAudit(tx, ctx.actor, { action: 'exercise.change', entityType: 'exercise', entityId: id, orgId, before, after }, ctx.now);
    return detailOf(tx, (await store.findExercise(tx, orgId, id))!, ctx.now);
  });
}

// From stored rows to what the API answers: each exercise's decision points placed against the clock
// as of an instant, its summary counts, and the detail with its plan, run and review.
import type { Bottleneck, DecisionPoint, ExerciseActionStatus, ExerciseDetail, ExerciseFormat, ExerciseSummary, FindingSeverity } from '../../contract/exercises.js';
import { ukDateOf } from '../../platform/as-of.js';
import type { Db } from '../../platform/db/database.js';
import type { ExerciseActionRow, ExerciseDecisionPointRow, ExerciseFindingRow, ExerciseRow } from '../../platform/db/schema.js';
import { peopleByIds } from '../accounts/service.js';
import { decisionStanding, minutesElapsed } from './domain/decision-state.js';
import { actionOverdue, exerciseStatus, summaryCounts } from './domain/exercise-summary.js';
import * as store from './store.js';

const ms = (iso: string | null) => (iso === null ? null : Date.parse(iso));

export function byExercise<T extends { exercise_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const r of rows) grouped.set(r.exercise_id, [...(grouped.get(r.exercise_id) ?? []), r]);
  return grouped;
}

export function decisionPointsView(row: ExerciseRow, points: readonly ExerciseDecisionPointRow[], asOf: Date): DecisionPoint[] {
  return points.map((p) => ({
    id: p.id,
    key: p.key,
    label: p.label,
    targetMinutes: p.target_minutes,
    reachedAt: p.reached_at,
    note: p.note,
    ...decisionStanding({ startedAt: ms(row.started_at), endedAt: ms(row.ended_at), targetMinutes: p.target_minutes, reachedAt: ms(p.reached_at), asOf: asOf.getTime() }),
  }));
}

/** An exercise's summary from its rows. */
export function summaryOf(row: ExerciseRow, points: DecisionPoint[], findings: readonly ExerciseFindingRow[], actions: readonly ExerciseActionRow[]): ExerciseSummary {
  const status = exerciseStatus(row.started_at, row.ended_at);
  return {
    id: row.id,
    orgId: row.org_id,
    reference: row.reference,
    title: row.title,
    scenarioId: row.scenario_id,
    format: row.format as ExerciseFormat,
    status,
    plannedFor: row.planned_for,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    ...summaryCounts({ status, decisions: points.map((p) => ({ state: p.state, reached: p.reachedAt !== null })), findings: findings.length, actions: actions.map((a) => ({ status: a.status as ExerciseActionStatus })) }),
    version: row.version,
  };
}

/** Summaries of many exercises in three queries. */
export async function summariesOf(db: Db, rows: readonly ExerciseRow[], asOf: Date): Promise<ExerciseSummary[]> {
  const ids = rows.map((r) => r.id);
  const [points, findings, actions] = await Promise.all([store.decisionPointsOf(db, ids), store.findingsOf(db, ids), store.actionsOf(db, ids)]);
  const [pointsBy, findingsBy, actionsBy] = [byExercise(points), byExercise(findings), byExercise(actions)];
  return rows.map((row) => summaryOf(row, decisionPointsView(row, pointsBy.get(row.id) ?? [], asOf), findingsBy.get(row.id) ?? [], actionsBy.get(row.id) ?? []));
}

export function actionView(a: ExerciseActionRow, names: ReadonlyMap<string, string>, today: string) {
  const status = a.status as ExerciseActionStatus;
  return {
    id: a.id,
    findingId: a.finding_id,
    title: a.title,
    ownerId: a.owner_id,
    ownerName: a.owner_id ? (names.get(a.owner_id) ?? null) : null,
    dueOn: a.due_on,
    status,
    overdue: actionOverdue(status, a.due_on, today),
    version: a.version,
  };
}

export async function namesOf(db: Db, ids: ReadonlyArray<string | null>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((p): p is string => p !== null))];
  return new Map((await peopleByIds(db, wanted)).map((p) => [p.id, p.name]));
}

export async function detailOf(db: Db, row: ExerciseRow, asOf: Date): Promise<ExerciseDetail> {
  const ids = [row.id];
  const [participants, injects, points, observations, findings, actions] = await Promise.all([
    store.participantsOf(db, ids),
    store.injectsOf(db, ids),
    store.decisionPointsOf(db, ids),
    store.observationsOf(db, row.id),
    store.findingsOf(db, ids),
    store.actionsOf(db, ids),
  ]);
  const names = await namesOf(db, [...observations.map((o) => o.recorded_by), ...actions.map((a) => a.owner_id)]);
  const decisionPoints = decisionPointsView(row, points, asOf);
  const started = ms(row.started_at);
  const today = ukDateOf(asOf);
  return {
    ...summaryOf(row, decisionPoints, findings, actions),
    description: row.description,
    objectives: JSON.parse(row.objectives_json) as string[],
    participants: participants.map((p) => ({ id: p.id, name: p.name, role: p.role, accountId: p.account_id })),
    injects: injects.map((i) => ({ id: i.id, atMinute: i.at_minute, text: i.text, releasedAt: i.released_at })),
    decisionPoints,
    observations: observations.map((o) => ({ id: o.id, at: o.at, minute: minutesElapsed(started, ms(row.ended_at), Date.parse(o.at)), text: o.text, by: (o.recorded_by && names.get(o.recorded_by)) || 'Unknown' })),
    findings: findings.map((f) => ({
      id: f.id,
      title: f.title,
      detail: f.detail,
      bottleneck: f.bottleneck as Bottleneck,
      severity: f.severity as FindingSeverity,
      decisionPointId: f.decision_point_id,
      actions: actions.filter((a) => a.finding_id === f.id).map((a) => actionView(a, names, today)),
      version: f.version,
    })),
    evidenceId: row.evidence_id,
    asOf: asOf.toISOString(),
  };
}

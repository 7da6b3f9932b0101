// Reading exercises: the list and one exercise with the clock as of an instant, the scenario library,
// every action across the organisation's exercises (its improvement plan), and the comparison over time.
import type { Bottleneck, ExerciseActionList, ExerciseActionStatus, ExerciseComparison, ExerciseDetail, ExerciseList, ScenarioList } from '../../contract/exercises.js';
import { ukDateOf } from '../../platform/as-of.js';
import type { Db } from '../../platform/db/database.js';
import { type ComparedExercise, compareExercises } from './domain/comparison.js';
import { loadExercise } from './exercise-records.js';
import { actionView, byExercise, decisionPointsView, detailOf, namesOf, summariesOf, summaryOf } from './exercise-views.js';
import { scenarioLibrary } from './scenario-library.js';
import * as store from './store.js';

export function exerciseScenarios(): ScenarioList {
  return { items: scenarioLibrary() };
}

/** Newest first: by when it ran or is planned for, then by when it was planned. */
export async function listExercises(db: Db, orgId: string, asOf: Date): Promise<ExerciseList> {
  const items = await summariesOf(db, await store.exercisesOf(db, orgId), asOf);
  const when = (e: (typeof items)[number]) => e.startedAt ?? (e.plannedFor ? `${e.plannedFor}T12:00:00.000Z` : '');
  return { asOf: asOf.toISOString(), items: items.sort((a, b) => when(b).localeCompare(when(a))) };
}

export async function getExercise(db: Db, orgId: string, id: string, asOf: Date): Promise<ExerciseDetail> {
  return detailOf(db, await loadExercise(db, orgId, id), asOf);
}

export async function listExerciseActions(db: Db, orgId: string, asOf: Date): Promise<ExerciseActionList> {
  const exercises = await store.exercisesOf(db, orgId);
  const ids = exercises.map((e) => e.id);
  const [findings, actions] = await Promise.all([store.findingsOf(db, ids), store.actionsOf(db, ids)]);
  const names = await namesOf(db, actions.map((a) => a.owner_id));
  const findingOf = new Map(findings.map((f) => [f.id, f]));
  const referenceOf = new Map(exercises.map((e) => [e.id, e.reference]));
  const today = ukDateOf(asOf);
  const items = actions.map((a) => {
    const finding = findingOf.get(a.finding_id)!;
    return { ...actionView(a, names, today), exerciseId: a.exercise_id, exerciseReference: referenceOf.get(a.exercise_id)!, findingTitle: finding.title, bottleneck: finding.bottleneck as Bottleneck };
  });
  // What is still to do first, soonest due first; done last.
  const rank = (i: (typeof items)[number]) => (i.status === 'done' ? 1 : 0);
  return { asOf: asOf.toISOString(), items: items.sort((a, b) => rank(a) - rank(b) || (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') || a.exerciseReference.localeCompare(b.exerciseReference)) };
}

/** Completed exercises (ended by the as-of instant) compared over time. */
export async function compareExercisesOverTime(db: Db, orgId: string, asOf: Date): Promise<ExerciseComparison> {
  const completed = (await store.exercisesOf(db, orgId)).filter((e) => e.ended_at !== null && Date.parse(e.ended_at) <= asOf.getTime());
  const ids = completed.map((e) => e.id);
  const [points, findings, actions] = await Promise.all([store.decisionPointsOf(db, ids), store.findingsOf(db, ids), store.actionsOf(db, ids)]);
  const [pointsBy, findingsBy, actionsBy] = [byExercise(points), byExercise(findings), byExercise(actions)];
  const bottleneckOf = new Map(findings.map((f) => [f.id, f.bottleneck as Bottleneck]));
  const compared: ComparedExercise[] = completed.map((row) => {
    const decisionPoints = decisionPointsView(row, pointsBy.get(row.id) ?? [], asOf);
    const summary = summaryOf(row, decisionPoints, findingsBy.get(row.id) ?? [], actionsBy.get(row.id) ?? []);
    return {
      id: row.id,
      reference: row.reference,
      title: row.title,
      endedAt: row.ended_at!,
      counts: { decisionsMet: summary.decisionsMet, decisionsLate: summary.decisionsLate, decisionsMissed: summary.decisionsMissed },
      decisionPoints,
      findings: (findingsBy.get(row.id) ?? []).map((f) => ({ bottleneck: f.bottleneck as Bottleneck })),
      actions: (actionsBy.get(row.id) ?? []).map((a) => ({ bottleneck: bottleneckOf.get(a.finding_id)!, status: a.status as ExerciseActionStatus })),
    };
  });
  return { asOf: asOf.toISOString(), ...compareExercises(compared) };
}

// Exercises compared over time. Decision trends: the minutes each completed exercise took to reach
// decision points sharing a key. Bottlenecks: the latest completed exercise against the one before it,
// for each bottleneck the earlier one found —
//   recurred      the latest found it again;
//   closed        the latest did not, and no action from either exercise on it is still open;
//   actions-open  the latest did not, but actions on it remain open.
import type { Bottleneck, BottleneckOutcome, ExerciseActionStatus } from '../../../contract/exercises.js';
import { BOTTLENECKS } from '../../../contract/exercises.js';
import type { SummaryCounts } from './exercise-summary.js';

export interface ComparedExercise {
  id: string;
  reference: string;
  title: string;
  endedAt: string;
  counts: Pick<SummaryCounts, 'decisionsMet' | 'decisionsLate' | 'decisionsMissed'>;
  decisionPoints: ReadonlyArray<{ key: string; label: string; targetMinutes: number; actualMinutes: number | null }>;
  findings: ReadonlyArray<{ bottleneck: Bottleneck }>;
  actions: ReadonlyArray<{ bottleneck: Bottleneck; status: ExerciseActionStatus }>;
}

export interface BottleneckComparison {
  bottleneck: Bottleneck;
  earlier: number;
  latest: number;
  actionsOpen: number;
  outcome: BottleneckOutcome;
}

function countBy(findings: ReadonlyArray<{ bottleneck: Bottleneck }>): Partial<Record<Bottleneck, number>> {
  const counts: Partial<Record<Bottleneck, number>> = {};
  for (const f of findings) counts[f.bottleneck] = (counts[f.bottleneck] ?? 0) + 1;
  return counts;
}

export function bottleneckOutcome(earlier: number, latest: number, actionsOpen: number): BottleneckOutcome | null {
  if (earlier === 0) return null;
  if (latest > 0) return 'recurred';
  return actionsOpen > 0 ? 'actions-open' : 'closed';
}

/** Latest against the one before; exercises in the order they ended. Empty with fewer than two. */
export function compareBottlenecks(exercises: readonly ComparedExercise[]): BottleneckComparison[] {
  if (exercises.length < 2) return [];
  const [earlier, latest] = [exercises.at(-2)!, exercises.at(-1)!];
  const [before, after] = [countBy(earlier.findings), countBy(latest.findings)];
  return BOTTLENECKS.flatMap((bottleneck) => {
    const actionsOpen = [...earlier.actions, ...latest.actions].filter((a) => a.bottleneck === bottleneck && a.status !== 'done').length;
    const outcome = bottleneckOutcome(before[bottleneck] ?? 0, after[bottleneck] ?? 0, actionsOpen);
    return outcome ? [{ bottleneck, earlier: before[bottleneck]!, latest: after[bottleneck] ?? 0, actionsOpen, outcome }] : [];
  });
}

/** Each decision key in the order first seen, with the label the latest exercise gave it. */
export function decisionTrends(exercises: readonly ComparedExercise[]) {
  const trends = new Map<string, { key: string; label: string; points: Array<{ exerciseId: string; targetMinutes: number; actualMinutes: number | null }> }>();
  for (const exercise of exercises) {
    for (const d of exercise.decisionPoints) {
      const trend = trends.get(d.key) ?? { key: d.key, label: d.label, points: [] };
      trend.label = d.label;
      trend.points.push({ exerciseId: exercise.id, targetMinutes: d.targetMinutes, actualMinutes: d.actualMinutes });
      trends.set(d.key, trend);
    }
  }
  return [...trends.values()];
}

/** The comparison over time, exercises ordered by when they ended. */
export function compareExercises(completed: readonly ComparedExercise[]) {
  const exercises = [...completed].sort((a, b) => a.endedAt.localeCompare(b.endedAt) || a.reference.localeCompare(b.reference));
  return {
    exercises: exercises.map((e) => ({ id: e.id, reference: e.reference, title: e.title, endedAt: e.endedAt, findingsByBottleneck: countBy(e.findings), ...e.counts })),
    decisionTrends: decisionTrends(exercises),
    bottlenecks: compareBottlenecks(exercises),
  };
}

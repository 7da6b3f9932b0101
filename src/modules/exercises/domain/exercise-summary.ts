// What an exercise adds up to: where it stands, and the counts its summary shows — decisions met, late
// and missed (never reached in a completed exercise), findings, and actions not yet done.
import type { DecisionState, ExerciseActionStatus, ExerciseStatus } from '../../../contract/exercises.js';

export function exerciseStatus(startedAt: string | null, endedAt: string | null): ExerciseStatus {
  if (startedAt === null) return 'planned';
  return endedAt === null ? 'running' : 'completed';
}

export interface SummaryFacts {
  status: ExerciseStatus;
  decisions: ReadonlyArray<{ state: DecisionState; reached: boolean }>;
  findings: number;
  actions: ReadonlyArray<{ status: ExerciseActionStatus }>;
}

export interface SummaryCounts {
  decisionsMet: number;
  decisionsLate: number;
  decisionsMissed: number;
  findingCount: number;
  openActions: number;
}

export function summaryCounts(facts: SummaryFacts): SummaryCounts {
  return {
    decisionsMet: facts.decisions.filter((d) => d.state === 'met').length,
    decisionsLate: facts.decisions.filter((d) => d.state === 'late').length,
    decisionsMissed: facts.status === 'completed' ? facts.decisions.filter((d) => !d.reached).length : 0,
    findingCount: facts.findings,
    openActions: facts.actions.filter((a) => a.status !== 'done').length,
  };
}

/** An action still to do whose due date has passed (dates are UK calendar dates, compared as text). */
export function actionOverdue(status: ExerciseActionStatus, dueOn: string | null, today: string): boolean {
  return status !== 'done' && dueOn !== null && dueOn < today;
}

// Checks on what people give for an incident that need no database: the times of milestones, and the
// record's own fields. Problems name the field, so a form can show each beside its box.
import { MILESTONE_LABELS, type Milestone } from '../../contract/incidents.js';
import { parseInstant } from '../../platform/as-of.js';
import { type FieldProblem, ValidationFailed } from '../../platform/errors.js';
import { type MilestoneInstants, orderProblems } from './domain/milestones.js';

/** A few minutes' grace for clocks that disagree; beyond that, a time in the future is a mistake. */
export const FUTURE_GRACE_MS = 5 * 60_000;

export const NEEDS_CORRECTING = 'The incident’s details need correcting.';

/** An instant given for a milestone: with its offset, and not in the future. */
export function milestoneInstant(text: string, field: string, now: Date): number {
  const at = parseInstant(text, field).getTime();
  if (at > now.getTime() + FUTURE_GRACE_MS) {
    throw new ValidationFailed('A time cannot be in the future.', [{ field, message: `${text} is in the future: record what has happened, when it happened.`, value: text }]);
  }
  return at;
}

/** Refuses milestones out of order, naming the one that moved. */
export function assertInOrder(times: MilestoneInstants, changed: Milestone | undefined, fieldOf: (m: Milestone) => string): void {
  const problems = orderProblems(times, changed);
  if (problems.length) {
    throw new ValidationFailed(
      problems[0]!.message,
      problems.map((p) => ({ field: fieldOf(p.milestone), message: p.message })),
    );
  }
}

export function titleProblem(title: string | undefined): FieldProblem | null {
  if (title !== undefined && !title.trim()) return { field: 'title', message: 'Give the incident a title' };
  return null;
}

export function describeMilestone(m: Milestone): string {
  return MILESTONE_LABELS[m].toLowerCase();
}

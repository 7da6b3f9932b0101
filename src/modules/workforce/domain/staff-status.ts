// Where a member of staff stands on a given day, from their ESR assignments: current, leaver or future
// starter, whether they are a new starter still within their induction window, and which assignment
// says where they work. Pure: dates are calendar dates (YYYY-MM-DD), compared as text, and the day is
// given, never read from a clock.
import { daysBetween } from '../../../platform/as-of.js';

export type StaffStatus = 'current' | 'leaver' | 'future';

/** The facts of one assignment these rules read. */
export interface AssignmentFacts {
  assignmentNumber: string;
  primary: boolean;
  /** The first day worked. */
  startDate: string;
  /** The last day worked (ESR's end date), or null while the assignment is open-ended. */
  endDate: string | null;
  fte: number | null;
  division: string | null;
  department: string | null;
  position: string | null;
  staffGroup: string | null;
}

/** Induction is due within this many days of starting, unless the organisation says otherwise. */
export const DEFAULT_INDUCTION_DAYS = 28;

/** Current on the day: started on or before it, and not ended before it (the end date is the last day worked). */
export function isCurrentOn(assignment: Pick<AssignmentFacts, 'startDate' | 'endDate'>, day: string): boolean {
  return assignment.startDate <= day && (assignment.endDate === null || assignment.endDate >= day);
}

/**
 * Current while any assignment is current; a future starter when nothing is current and an assignment
 * is still to start (someone returning after leaving is one too: they are coming, not gone); otherwise
 * a leaver, every assignment having ended before the day. A person with no assignments is a leaver.
 */
export function statusOn(assignments: readonly Pick<AssignmentFacts, 'startDate' | 'endDate'>[], day: string): StaffStatus {
  if (assignments.some((a) => isCurrentOn(a, day))) return 'current';
  if (assignments.some((a) => a.startDate > day)) return 'future';
  return 'leaver';
}

/**
 * A new starter: current, and the day falls within the induction window counted from the start of
 * their earliest current assignment (the start day is day 0, so a 28-day window covers days 0 to 27).
 * Someone who moves to a new assignment is not new while an older one is still current.
 */
export function isNewStarterOn(assignments: readonly Pick<AssignmentFacts, 'startDate' | 'endDate'>[], day: string, inductionDays = DEFAULT_INDUCTION_DAYS): boolean {
  const current = assignments.filter((a) => isCurrentOn(a, day));
  if (!current.length) return false;
  const earliest = current.reduce((min, a) => (a.startDate < min ? a.startDate : min), current[0]!.startDate);
  return daysBetween(earliest, day) < inductionDays;
}

/**
 * The assignment that says where a person works on the day: among their current assignments (or, when
 * none is current, all of them), the primary one; else the one with the greatest FTE; else the latest
 * to start; then the lowest assignment number, so the answer never depends on the order rows came in.
 */
export function attributedAssignment<A extends AssignmentFacts>(assignments: readonly A[], day: string): A | null {
  const current = assignments.filter((a) => isCurrentOn(a, day));
  const pool = current.length ? current : assignments;
  let best: A | null = null;
  for (const a of pool) if (!best || ranksAbove(a, best)) best = a;
  return best;
}

function ranksAbove(a: AssignmentFacts, b: AssignmentFacts): boolean {
  if (a.primary !== b.primary) return a.primary;
  const fa = a.fte ?? -1;
  const fb = b.fte ?? -1;
  if (fa !== fb) return fa > fb;
  if (a.startDate !== b.startDate) return a.startDate > b.startDate;
  return a.assignmentNumber < b.assignmentNumber;
}

/** Where a person stands on a day: what the register lists and what imports compare. */
export interface StaffStanding {
  status: StaffStatus;
  newStarter: boolean;
  division: string | null;
  department: string | null;
  position: string | null;
  staffGroup: string | null;
  /** The assignment the division, department, position and staff group come from. */
  assignmentNumber: string | null;
}

export function standingOn(assignments: readonly AssignmentFacts[], day: string, inductionDays = DEFAULT_INDUCTION_DAYS): StaffStanding {
  const attributed = attributedAssignment(assignments, day);
  return {
    status: statusOn(assignments, day),
    newStarter: isNewStarterOn(assignments, day, inductionDays),
    division: attributed?.division ?? null,
    department: attributed?.department ?? null,
    position: attributed?.position ?? null,
    staffGroup: attributed?.staffGroup ?? null,
    assignmentNumber: attributed?.assignmentNumber ?? null,
  };
}

/** The day a current person started: the earliest start among their current assignments (null unless current). */
export function currentSinceOn(assignments: readonly Pick<AssignmentFacts, 'startDate' | 'endDate'>[], day: string): string | null {
  let since: string | null = null;
  for (const a of assignments) if (isCurrentOn(a, day) && (since === null || a.startDate < since)) since = a.startDate;
  return since;
}

/** A leaver's last day worked: the latest end date among their assignments (null unless a leaver). */
export function leftOnDay(assignments: readonly Pick<AssignmentFacts, 'startDate' | 'endDate'>[], day: string): string | null {
  if (statusOn(assignments, day) !== 'leaver') return null;
  let last: string | null = null;
  for (const a of assignments) if (a.endDate !== null && (last === null || a.endDate > last)) last = a.endDate;
  return last;
}

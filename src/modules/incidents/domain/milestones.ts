// An incident's milestones: which time each currently has (the latest entry or correction wins, and
// every earlier one is kept), the order they must fall in, and the status they imply.
import { type IncidentStatus, MILESTONE_LABELS, MILESTONES, type Milestone, type TimelineKind } from '../../../contract/incidents.js';

export type MilestoneInstants = Partial<Record<Milestone, number>>;

export function isMilestone(kind: string): kind is Milestone {
  return (MILESTONES as readonly string[]).includes(kind);
}

/** A stored timeline entry as the rules need it: in the order recorded. */
export interface TimelineFact {
  id: string;
  seq: number;
  kind: TimelineKind;
  /** Epoch milliseconds; null when a correction withdrew the milestone. */
  at: number | null;
  estimated: boolean;
  corrects: string | null;
}

/** The entries a later correction replaced: kept in the history, no longer counted. */
export function supersededIds(facts: readonly TimelineFact[]): Set<string> {
  return new Set(facts.map((f) => f.corrects).filter((c): c is string => c !== null));
}

/** Each milestone's current time: its latest entry that no correction replaced (a withdrawal clears it). */
export function currentMilestones(facts: readonly TimelineFact[]): { times: MilestoneInstants; estimated: Partial<Record<Milestone, boolean>> } {
  const replaced = supersededIds(facts);
  const times: MilestoneInstants = {};
  const estimated: Partial<Record<Milestone, boolean>> = {};
  for (const f of [...facts].sort((a, b) => a.seq - b.seq)) {
    if (!isMilestone(f.kind) || replaced.has(f.id)) continue;
    if (f.at === null) {
      delete times[f.kind];
      delete estimated[f.kind];
    } else {
      times[f.kind] = f.at;
      estimated[f.kind] = f.estimated;
    }
  }
  return { times, estimated };
}

export interface OrderProblem {
  milestone: Milestone;
  message: string;
}

/**
 * Milestones present must fall in their order (equal times allowed): a milestone before one that must
 * come first is refused, naming both, rather than making a negative duration in the metrics.
 */
export function orderProblems(times: MilestoneInstants, changed?: Milestone): OrderProblem[] {
  const present = MILESTONES.filter((m) => times[m] !== undefined);
  const problems: OrderProblem[] = [];
  for (let i = 0; i < present.length; i += 1) {
    for (let j = i + 1; j < present.length; j += 1) {
      const earlier = present[i]!;
      const later = present[j]!;
      if (times[later]! < times[earlier]!) {
        const blamed = changed === earlier ? earlier : later;
        const other = blamed === later ? earlier : later;
        problems.push({
          milestone: blamed,
          message: `${MILESTONE_LABELS[later]} cannot be before ${MILESTONE_LABELS[earlier].toLowerCase()}: ${MILESTONE_LABELS[blamed].toLowerCase()} is ${new Date(times[blamed]!).toISOString()} and ${MILESTONE_LABELS[other].toLowerCase()} is ${new Date(times[other]!).toISOString()}.`,
        });
      }
    }
  }
  return problems;
}

/** Where an incident stands, from the furthest milestone it has reached. */
export function statusOf(times: MilestoneInstants): IncidentStatus {
  if (times.closed !== undefined) return 'closed';
  if (times.recovered !== undefined) return 'recovered';
  if (times.contained !== undefined || times.eradicated !== undefined) return 'contained';
  if (times.triaged !== undefined) return 'investigating';
  if (times.acknowledged !== undefined) return 'acknowledged';
  return 'new';
}

/** The moment the organisation became aware: detection, or the internal report when detection was not recorded. */
export function awarenessOf(times: MilestoneInstants): number | null {
  return times.detected ?? times.reported ?? null;
}

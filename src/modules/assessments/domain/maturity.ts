// The views of maturity an assessment gives: progress and counts per level, a heatmap by objective
// and principle, and CIS coverage per implementation group. Plain data in, plain data out.
import { NOT_APPLICABLE } from './levels.js';
import type { OutcomeStanding } from './profile-status.js';
import type { ReviewState } from './response-rules.js';

export interface OutcomeFacts {
  ref: string;
  parentRef: string | null;
  level: string | null;
  /** The node's levels, lowest first. */
  levels: readonly string[];
  reviewState: ReviewState;
  dueOn: string | null;
  standing: OutcomeStanding;
  implementationGroups?: readonly string[];
  /** Mean of the safeguard dimension steps, 0–1, when scored. */
  score?: number | null;
}

export interface Progress {
  outcomes: number;
  answered: number;
  agreed: number;
  readyForReview: number;
  /** Outcomes past their own due date and not yet agreed. */
  overdue: number;
  /** Level id → count; 'not-applicable' and 'unanswered' included. */
  byLevel: Record<string, number>;
}

export function progressOf(outcomes: readonly OutcomeFacts[], today: string): Progress {
  const byLevel: Record<string, number> = {};
  for (const o of outcomes) {
    const key = o.level ?? 'unanswered';
    byLevel[key] = (byLevel[key] ?? 0) + 1;
  }
  return {
    outcomes: outcomes.length,
    answered: outcomes.filter((o) => o.level !== null).length,
    agreed: outcomes.filter((o) => o.reviewState === 'agreed').length,
    readyForReview: outcomes.filter((o) => o.reviewState === 'ready-for-review').length,
    overdue: outcomes.filter((o) => isOverdue(o, today)).length,
    byLevel,
  };
}

export function isOverdue(o: Pick<OutcomeFacts, 'dueOn' | 'reviewState'>, today: string): boolean {
  return o.dueOn !== null && o.dueOn < today && o.reviewState !== 'agreed';
}

export interface OutlineNode {
  ref: string;
  parentRef: string | null;
  title: string;
  type: string;
}

export interface HeatmapRow {
  objective: { ref: string; title: string } | null;
  principle: { ref: string; title: string };
  cells: Array<{ ref: string; level: string | null; height: number | null; standing: OutcomeStanding['standing']; rungsBelow: number }>;
  below: number;
}

/**
 * One row per principle (the outcomes' parent), under its objective (the parent's parent), in the
 * outline's order. Each cell's height is its level's position on its ladder, 0 (lowest) to 1 (top),
 * so outcomes with two or three levels share one colour scale.
 */
export function heatmapRows(outline: readonly OutlineNode[], outcomes: readonly OutcomeFacts[]): HeatmapRow[] {
  const byRef = new Map(outline.map((n) => [n.ref, n]));
  const rows = new Map<string, HeatmapRow>();
  for (const outcome of outcomes) {
    const parent = outcome.parentRef ? byRef.get(outcome.parentRef) : undefined;
    const principle = parent ?? { ref: '—', title: 'Requirements', parentRef: null, type: 'group' };
    const grand = parent?.parentRef ? byRef.get(parent.parentRef) : undefined;
    let row = rows.get(principle.ref);
    if (!row) {
      row = { objective: grand ? { ref: grand.ref, title: grand.title } : null, principle: { ref: principle.ref, title: principle.title }, cells: [], below: 0 };
      rows.set(principle.ref, row);
    }
    row.cells.push({ ref: outcome.ref, level: outcome.level, height: heightOf(outcome.levels, outcome.level), standing: outcome.standing.standing, rungsBelow: outcome.standing.rungsBelow });
    if (outcome.standing.standing === 'below') row.below += 1;
  }
  return [...rows.values()];
}

export function heightOf(levels: readonly string[], level: string | null): number | null {
  if (level === null || level === NOT_APPLICABLE) return null;
  const index = levels.indexOf(level);
  if (index < 0) return null;
  return levels.length === 1 ? 1 : index / (levels.length - 1);
}

export interface GroupCoverage {
  group: string;
  /** Safeguards of this group (cumulative groups list a safeguard under each it belongs to). */
  safeguards: number;
  notApplicable: number;
  implemented: number;
  partly: number;
  notImplemented: number;
  unanswered: number;
  /** Implemented share of the applicable safeguards, 0–1 (null when none apply). */
  coverage: number | null;
  /** Mean dimension score of the scored safeguards, 0–1. */
  meanScore: number | null;
}

/** CIS coverage per implementation group: of the safeguards in the group, how many are implemented. */
export function coverageByGroup(safeguards: readonly OutcomeFacts[], groups: readonly string[]): GroupCoverage[] {
  return groups.map((group) => {
    const members = safeguards.filter((s) => s.implementationGroups?.includes(group));
    const at = (s: OutcomeFacts, rung: 'top' | 'bottom') => s.level !== null && s.level !== NOT_APPLICABLE && s.levels.indexOf(s.level) === (rung === 'top' ? s.levels.length - 1 : 0);
    const notApplicable = members.filter((s) => s.level === NOT_APPLICABLE).length;
    const unanswered = members.filter((s) => s.level === null).length;
    const implemented = members.filter((s) => at(s, 'top')).length;
    const notImplemented = members.filter((s) => at(s, 'bottom')).length;
    const applicable = members.length - notApplicable;
    const scores = members.map((s) => s.score).filter((v): v is number => typeof v === 'number');
    return {
      group,
      safeguards: members.length,
      notApplicable,
      implemented,
      partly: members.length - notApplicable - unanswered - implemented - notImplemented,
      notImplemented,
      unanswered,
      coverage: applicable > 0 ? implemented / applicable : null,
      meanScore: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
    };
  });
}

// Where an assessment stands against its profile: which outcomes are below the expected level and by
// how much, and the status that follows by the assessment's rule (DSPT: Standards Met when every
// outcome meets the profile, else the label the organisation configured).
import { NOT_APPLICABLE, rankOf, rungsBelow } from './levels.js';

export interface OutcomeAgainstProfile {
  ref: string;
  /** The node's levels, lowest first. */
  levels: readonly string[];
  /** The level recorded, 'not-applicable', or null while unanswered. */
  level: string | null;
  /** The profile's level, 'not-applicable', or null when the profile sets none. */
  expected: string | null;
}

export type Standing = 'meets' | 'below' | 'unanswered' | 'no-target';

export interface OutcomeStanding {
  ref: string;
  standing: Standing;
  /** Rungs below the expected level (0 unless below). */
  rungsBelow: number;
  reason: string | null;
}

/** One outcome against its expected level. Only the profile can make an outcome not applicable. */
export function standingOf(outcome: OutcomeAgainstProfile): OutcomeStanding {
  const { ref, levels, level, expected } = outcome;
  if (level === null) return { ref, standing: 'unanswered', rungsBelow: 0, reason: null };
  if (expected === null) return { ref, standing: 'no-target', rungsBelow: 0, reason: null };
  if (expected === NOT_APPLICABLE) return { ref, standing: 'meets', rungsBelow: 0, reason: null };
  if (level === NOT_APPLICABLE) {
    return { ref, standing: 'below', rungsBelow: (rankOf(levels, expected) ?? 0) + 1, reason: 'marked not applicable, but the profile expects a level' };
  }
  const below = rungsBelow(levels, level, expected);
  return below > 0 ? { ref, standing: 'below', rungsBelow: below, reason: `${below} ${below === 1 ? 'level' : 'levels'} below the profile` } : { ref, standing: 'meets', rungsBelow: 0, reason: null };
}

export interface StatusRule {
  /** The status label id when every outcome meets the profile. */
  met: string;
  /** The status label id when any outcome is below it. */
  below: string;
}

export const DEFAULT_STATUS_RULE: StatusRule = { met: 'standards-met', below: 'standards-not-met' };

export interface AssessmentStatus {
  /** 'met' and 'below' are final only when nothing is unanswered; until then the status is provisional. */
  state: 'met' | 'below' | 'incomplete';
  /** The status label id the rule gives on the answers so far. */
  labelId: string;
  provisional: boolean;
  outcomes: number;
  meets: number;
  below: number;
  unanswered: number;
  noTarget: number;
}

export function assessmentStatus(standings: readonly OutcomeStanding[], rule: StatusRule): AssessmentStatus {
  const count = (s: Standing) => standings.filter((o) => o.standing === s).length;
  const below = count('below');
  const unanswered = count('unanswered');
  const labelId = below > 0 ? rule.below : rule.met;
  const state = below > 0 ? 'below' : unanswered > 0 ? 'incomplete' : 'met';
  return { state, labelId, provisional: unanswered > 0, outcomes: standings.length, meets: count('meets'), below, unanswered, noTarget: count('no-target') };
}

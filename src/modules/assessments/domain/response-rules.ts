// What a response may hold, and what a change to it leaves behind. Pure: the service loads the
// response and the node, calls applyResponseChange, and stores the result (or reports the problems).
import { type IndicatorAnswer, INDICATOR_ANSWERS, type Indicator, levelFromIndicators } from './indicator-rule.js';
import { NOT_APPLICABLE } from './levels.js';
import { dimensionProblems, type DimensionScores, levelFromDimensions, SAFEGUARD_DIMENSIONS } from './safeguard-dimensions.js';

/** How a catalogue's requirements are answered. */
export type ResponseStyle = 'outcome' | 'safeguard' | 'checklist';

export const REVIEW_STATES = ['to-do', 'in-progress', 'ready-for-review', 'agreed'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];
export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  'to-do': 'To do',
  'in-progress': 'In progress',
  'ready-for-review': 'Ready for review',
  agreed: 'Agreed',
};

export interface ResponseState {
  /** The level a person chose ('not-applicable' included), or null to follow the indicators or dimensions. */
  chosenLevel: string | null;
  notApplicableReason: string | null;
  overrideReason: string | null;
  indicatorAnswers: Record<string, IndicatorAnswer>;
  dimensions: DimensionScores;
  narrative: string | null;
  ownerId: string | null;
  dueOn: string | null;
  reviewState: ReviewState;
}

export interface NodeFacts {
  ref: string;
  style: ResponseStyle;
  /** The node's levels, lowest first. */
  levels: readonly string[];
  /** Indicators of good practice under it, when a checklist is loaded. */
  indicators: readonly Indicator[];
}

export interface ResponseChange {
  level?: string | null;
  notApplicableReason?: string | null;
  overrideReason?: string | null;
  indicatorAnswers?: Record<string, IndicatorAnswer | null>;
  dimensions?: Record<string, number | null>;
  narrative?: string | null;
  ownerId?: string | null;
  dueOn?: string | null;
  reviewState?: ReviewState;
}

export interface ResolvedResponse extends ResponseState {
  /** The level the indicators or dimensions imply, when they imply one. */
  derivedLevel: string | null;
  /** The level that counts: the one chosen, else the derived one. */
  level: string | null;
  /** True when the chosen level differs from the derived one (it needs its justification). */
  overridden: boolean;
}

type Problem = { field: string; message: string };

export const EMPTY_RESPONSE: ResponseState = {
  chosenLevel: null,
  notApplicableReason: null,
  overrideReason: null,
  indicatorAnswers: {},
  dimensions: {},
  narrative: null,
  ownerId: null,
  dueOn: null,
  reviewState: 'to-do',
};

/** The levels and flags that follow from what a response holds. */
export function resolveResponse(state: ResponseState, node: NodeFacts): ResolvedResponse {
  let derivedLevel: string | null = null;
  if (node.style === 'outcome' && node.indicators.length) derivedLevel = levelFromIndicators(node.indicators, state.indicatorAnswers).level;
  if (node.style === 'safeguard') derivedLevel = levelFromDimensions(state.dimensions, node.levels);
  const level = state.chosenLevel ?? derivedLevel;
  const overridden = state.chosenLevel !== null && state.chosenLevel !== NOT_APPLICABLE && derivedLevel !== null && state.chosenLevel !== derivedLevel;
  return { ...state, derivedLevel, level, overridden };
}

const SUBSTANTIVE: ReadonlyArray<keyof ResponseChange> = ['level', 'notApplicableReason', 'overrideReason', 'indicatorAnswers', 'dimensions', 'narrative'];

/** The response after a change, or the problems that stop it. Nothing partial: all or none. */
export function applyResponseChange(current: ResponseState, change: ResponseChange, node: NodeFacts): { ok: true; next: ResolvedResponse } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = [];
  const next: ResponseState = { ...current, indicatorAnswers: { ...current.indicatorAnswers }, dimensions: { ...current.dimensions } };

  if (change.level !== undefined) {
    if (change.level !== null && change.level !== NOT_APPLICABLE && !node.levels.includes(change.level)) {
      problems.push({ field: 'level', message: `is not a level of ${node.ref}: use ${[...node.levels, NOT_APPLICABLE].join(', ')}` });
    } else if (node.style === 'safeguard' && change.level !== null && change.level !== NOT_APPLICABLE) {
      problems.push({ field: 'level', message: 'follows from the four dimensions for a safeguard: score "implemented" instead, or mark it not applicable' });
    } else next.chosenLevel = change.level;
  }
  if (change.notApplicableReason !== undefined) next.notApplicableReason = blankToNull(change.notApplicableReason);
  if (change.overrideReason !== undefined) next.overrideReason = blankToNull(change.overrideReason);
  if (change.narrative !== undefined) next.narrative = blankToNull(change.narrative);
  if (change.ownerId !== undefined) next.ownerId = change.ownerId;
  if (change.dueOn !== undefined) {
    if (change.dueOn !== null && !isCalendarDate(change.dueOn)) problems.push({ field: 'dueOn', message: 'must be a date as YYYY-MM-DD' });
    else next.dueOn = change.dueOn;
  }

  if (change.indicatorAnswers !== undefined) {
    if (node.style !== 'outcome' || node.indicators.length === 0) problems.push({ field: 'indicatorAnswers', message: `${node.ref} has no indicators of good practice loaded` });
    else {
      const known = new Set(node.indicators.map((i) => i.ref));
      for (const [ref, answer] of Object.entries(change.indicatorAnswers)) {
        if (!known.has(ref)) problems.push({ field: `indicatorAnswers.${ref}`, message: `is not an indicator of ${node.ref}` });
        else if (answer === null) delete next.indicatorAnswers[ref];
        else if (!INDICATOR_ANSWERS.includes(answer)) problems.push({ field: `indicatorAnswers.${ref}`, message: `must be one of ${INDICATOR_ANSWERS.join(', ')}` });
        else next.indicatorAnswers[ref] = answer;
      }
    }
  }
  if (change.dimensions !== undefined) {
    if (node.style !== 'safeguard') problems.push({ field: 'dimensions', message: `${node.ref} is not a safeguard: it takes a level, not dimension scores` });
    else {
      problems.push(...dimensionProblems(change.dimensions));
      for (const d of SAFEGUARD_DIMENSIONS) {
        const value = change.dimensions[d];
        if (value === null) delete next.dimensions[d];
        else if (value !== undefined) next.dimensions[d] = value;
      }
    }
  }

  const resolved = resolveResponse(next, node);
  if (resolved.chosenLevel === NOT_APPLICABLE && !resolved.notApplicableReason) problems.push({ field: 'notApplicableReason', message: 'say why this does not apply to the organisation' });
  if (resolved.overridden && !resolved.overrideReason) {
    problems.push({ field: 'overrideReason', message: `the indicators imply ${resolved.derivedLevel}: justify choosing ${resolved.chosenLevel}, or clear the chosen level to follow them` });
  }

  const substantive = SUBSTANTIVE.some((field) => change[field] !== undefined);
  if (change.reviewState !== undefined) {
    if (change.reviewState === 'agreed' && resolved.level === null) problems.push({ field: 'reviewState', message: 'an outcome can be agreed only once it has a level' });
    next.reviewState = change.reviewState;
  } else if (substantive) {
    // Work on an outcome starts it; a changed answer reopens one already agreed or waiting for review.
    next.reviewState = 'in-progress';
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, next: resolveResponse(next, node) };
}

function blankToNull(text: string | null): string | null {
  return text === null || text.trim() === '' ? null : text.trim();
}

export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCFullYear() === Number(match[1]) && date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

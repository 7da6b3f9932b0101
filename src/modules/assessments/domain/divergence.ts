// Where the self-assessment and the independent review disagree, outcome by outcome.
import { NOT_APPLICABLE, rankOf } from './levels.js';

export type Divergence = 'agrees' | 'review-lower' | 'review-higher' | 'not-reviewed' | 'self-unanswered' | 'applicability';

export interface DivergenceOf {
  divergence: Divergence;
  /** Rungs between the two levels (0 when they agree or cannot be compared). */
  rungs: number;
}

export function divergenceOf(levels: readonly string[], self: string | null, review: string | null): DivergenceOf {
  if (review === null) return { divergence: 'not-reviewed', rungs: 0 };
  if (self === null) return { divergence: 'self-unanswered', rungs: 0 };
  if (self === review) return { divergence: 'agrees', rungs: 0 };
  if (self === NOT_APPLICABLE || review === NOT_APPLICABLE) return { divergence: 'applicability', rungs: 0 };
  const a = rankOf(levels, self);
  const b = rankOf(levels, review);
  if (a === null || b === null) return { divergence: 'applicability', rungs: 0 };
  return b < a ? { divergence: 'review-lower', rungs: a - b } : { divergence: 'review-higher', rungs: b - a };
}

/** Counts for the review summary: how many agree, and how many the reviewer rated lower or higher. */
export function divergenceSummary(items: readonly DivergenceOf[]): Record<Divergence, number> {
  const summary: Record<Divergence, number> = { agrees: 0, 'review-lower': 0, 'review-higher': 0, 'not-reviewed': 0, 'self-unanswered': 0, applicability: 0 };
  for (const item of items) summary[item.divergence] += 1;
  return summary;
}

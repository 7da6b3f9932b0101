// A campaign's completion figures from its items on a day: how many, decided, by decision, unassigned
// (went to the fallback reviewer), overdue after the due date, and outstanding by reviewer.
import type { ReviewDecision, ReviewerVia, ReviewFigures } from '../../../contract/access-reviews.js';

export interface FigureItem {
  reviewerId: string;
  reviewerVia: ReviewerVia;
  decision: ReviewDecision | null;
}

/**
 * The figures on `today` (a UK day). Items are overdue only after the due day, and only while
 * outstanding: a campaign due today is not late yet. Reviewers with most outstanding come first.
 */
export function reviewFigures(items: readonly FigureItem[], dueOn: string, today: string, nameOf: (id: string) => string): ReviewFigures {
  const decided = items.filter((i) => i.decision !== null);
  const outstanding = items.length - decided.length;
  const count = (d: ReviewDecision) => decided.filter((i) => i.decision === d).length;
  const byReviewer = new Map<string, { items: number; outstanding: number; unassigned: number }>();
  for (const item of items) {
    const held = byReviewer.get(item.reviewerId) ?? { items: 0, outstanding: 0, unassigned: 0 };
    held.items += 1;
    if (item.decision === null) held.outstanding += 1;
    if (item.reviewerVia === 'fallback') held.unassigned += 1;
    byReviewer.set(item.reviewerId, held);
  }
  return {
    items: items.length,
    decided: decided.length,
    outstanding,
    byDecision: { keep: count('keep'), revoke: count('revoke'), change: count('change') },
    unassigned: items.filter((i) => i.reviewerVia === 'fallback').length,
    overdue: today > dueOn ? outstanding : 0,
    percentDecided: items.length === 0 ? 0 : Math.floor((decided.length * 100) / items.length),
    byReviewer: [...byReviewer]
      .map(([id, f]) => ({ reviewer: { id, name: nameOf(id) }, ...f }))
      .sort((a, b) => b.outstanding - a.outstanding || a.reviewer.name.localeCompare(b.reviewer.name)),
  };
}

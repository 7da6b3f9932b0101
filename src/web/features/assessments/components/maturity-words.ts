// The maturity views in words: deadlines, level abbreviations, heat bands, changes between two
// assessments and the reviewer's divergence. Plain functions, so each rule has its table of cases.
import type { TagColour } from '../../../components/Tag';
import type { ComparedWith } from '../api/get-comparison';
import { formatDate } from '../../../lib/format';

export const NOT_APPLICABLE = 'not-applicable';

/** "207 days left", "Due today", "Overdue by 3 days": how a due date stands today. */
export function daysLeftWords(daysLeft: number): string {
  if (daysLeft === 0) return 'Due today';
  if (daysLeft > 0) return `${plural(daysLeft, 'day')} left`;
  return `Overdue by ${plural(-daysLeft, 'day')}`;
}

/** "207 days left, due 30 June 2026", "Due today, 30 June 2026", "Overdue by 3 days (due 2 December 2026)". */
export function deadlineWords(daysLeft: number | null, dueOn: string | null): string {
  if (dueOn === null || daysLeft === null) return 'No deadline set';
  const due = formatDate(dueOn);
  if (daysLeft === 0) return `Due today, ${due}`;
  if (daysLeft > 0) return `${daysLeftWords(daysLeft)}, due ${due}`;
  return `${daysLeftWords(daysLeft)} (due ${due})`;
}

/** "1 outcome", "3 outcomes". */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

/** A level's short form for a heatmap cell: the initials of its label ("Partially achieved" → PA). */
export function levelAbbreviation(label: string): string {
  if (/^not applicable$/i.test(label.trim())) return 'N/A';
  return label
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase())
    .join('');
}

/** Turns level ids into their labels; no level reads "Not answered". */
export function levelLabeller(levels: ReadonlyArray<{ id: string; label: string }>): (level: string | null) => string {
  const labels = new Map(levels.map((l) => [l.id, l.label]));
  return (level) => {
    if (level === null) return 'Not answered';
    if (level === NOT_APPLICABLE) return 'Not applicable';
    return labels.get(level) ?? level;
  };
}

export type HeatBand = 'none' | 0 | 1 | 2 | 3 | 4;

/** A cell's height on its ladder (0 lowest, 1 top) in five bands of colour; no level has none. */
export function heatBand(height: number | null): HeatBand {
  if (height === null || Number.isNaN(height)) return 'none';
  return Math.round(Math.min(1, Math.max(0, height)) * 4) as 0 | 1 | 2 | 3 | 4;
}

export type Change = 'same' | 'up' | 'down' | 'new' | 'not-compared';

/**
 * What a comparison row's change means. "up" is this assessment's level above the other's: against
 * the review that is the reviewer rating it lower.
 */
export function changeWords(change: Change, against: ComparedWith): { text: string; colour: TagColour } {
  const byKind: Record<ComparedWith, Record<Change, { text: string; colour: TagColour }>> = {
    previous: {
      up: { text: 'Up on last year', colour: 'green' },
      down: { text: 'Down on last year', colour: 'red' },
      same: { text: 'Same as last year', colour: 'grey' },
      new: { text: 'New: not answered last year', colour: 'blue' },
      'not-compared': { text: 'Not compared', colour: 'white' },
    },
    review: {
      up: { text: 'Reviewer rated lower', colour: 'red' },
      down: { text: 'Reviewer rated higher', colour: 'blue' },
      same: { text: 'Reviewer agrees', colour: 'green' },
      new: { text: 'Not reviewed', colour: 'grey' },
      'not-compared': { text: 'Not compared', colour: 'white' },
    },
  };
  return byKind[against][change];
}

/** The order comparison counts are listed in, most telling first. */
export const CHANGE_ORDER: readonly Change[] = ['down', 'up', 'same', 'new', 'not-compared'];

export type Divergence = 'agrees' | 'review-lower' | 'review-higher' | 'not-reviewed' | 'self-unanswered' | 'applicability';

/** How the reviewer's level stands against the organisation's own, for the read-only review. */
export function divergenceWords(divergence: Divergence): { text: string; colour: TagColour } {
  switch (divergence) {
    case 'agrees':
      return { text: 'Reviewer agrees', colour: 'green' };
    case 'review-lower':
      return { text: 'Reviewer rated lower', colour: 'red' };
    case 'review-higher':
      return { text: 'Reviewer rated higher', colour: 'blue' };
    case 'not-reviewed':
      return { text: 'Not reviewed', colour: 'grey' };
    case 'self-unanswered':
      return { text: 'Not self-assessed yet', colour: 'yellow' };
    case 'applicability':
      return { text: 'Differ on whether it applies', colour: 'orange' };
  }
}

export const OPINION_LABELS = {
  substantial: 'Substantial assurance',
  moderate: 'Moderate assurance',
  limited: 'Limited assurance',
  unsatisfactory: 'Unsatisfactory assurance',
} as const;

/** A share from 0 to 1 as a whole percentage; null (nothing to count) as a dash in words. */
export function percent(share: number | null): string {
  if (share === null || Number.isNaN(share)) return 'None apply';
  return `${Math.round(share * 100)}%`;
}

/** The status against the profile, with what makes it provisional. */
export function statusWords(status: { label: string; provisional: boolean; unanswered: number; below: number }): { label: string; detail: string } {
  const parts: string[] = [];
  if (status.provisional) parts.push(`provisional: ${plural(status.unanswered, 'outcome')} not answered yet`);
  parts.push(status.below === 0 ? 'no outcomes below the profile' : `${plural(status.below, 'outcome')} below the profile`);
  return { label: status.label, detail: parts.join('; ') };
}

/** An evidence item's state as a tag. */
export function evidenceStateWords(state: string): { text: string; colour: TagColour } {
  if (state === 'expired') return { text: 'Expired', colour: 'red' };
  if (state === 'expiring') return { text: 'Expiring soon', colour: 'orange' };
  if (state === 'review-due') return { text: 'Review due', colour: 'yellow' };
  const words = state.replace(/-/g, ' ');
  return { text: words.charAt(0).toUpperCase() + words.slice(1), colour: 'grey' };
}

// The assessment's codes in words, and the colour of the tag each is shown in, so every page of this
// feature says "Ready for review" or "Below by 2 levels" the same way.
import type { TagColour } from '../../../components/Tag';
import { formatDate } from '../../../lib/format';
import type { AssessmentSummary, ResponseView, Suggestion } from '../../../../contract/assessments';

export const NOT_APPLICABLE = 'not-applicable';

export const STATES: Record<AssessmentSummary['state'], { text: string; colour: TagColour }> = {
  draft: { text: 'Draft', colour: 'white' },
  'in-review': { text: 'In review', colour: 'blue' },
  submitted: { text: 'Submitted', colour: 'green' },
  archived: { text: 'Archived', colour: 'grey' },
};

export const REVIEW_STATES: Record<ResponseView['reviewState'], string> = {
  'to-do': 'To do',
  'in-progress': 'In progress',
  'ready-for-review': 'Ready for review',
  agreed: 'Agreed',
};

export const DIVERGENCE: Record<ResponseView['divergence'], string> = {
  agrees: 'Agrees',
  'review-lower': 'Reviewer’s level is lower',
  'review-higher': 'Reviewer’s level is higher',
  'not-reviewed': 'Not reviewed',
  'self-unanswered': 'Reviewed, not yet answered',
  applicability: 'Applicability differs',
};

export const EVIDENCE_STATES: Record<string, { text: string; colour: TagColour }> = {
  current: { text: 'Current', colour: 'green' },
  expiring: { text: 'Expiring soon', colour: 'yellow' },
  expired: { text: 'Expired', colour: 'red' },
  'review-due': { text: 'Review due', colour: 'orange' },
  'not-yet-valid': { text: 'Not yet valid', colour: 'grey' },
};

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "31 of 47 answered". */
export function progressWords(progress: { answered: number; outcomes: number }): string {
  return `${progress.answered} of ${progress.outcomes} answered`;
}

/** The status label, marked provisional while outcomes are unanswered. */
export function statusWords(status: { label: string; provisional: boolean }): string {
  return status.provisional ? `${status.label} (provisional)` : status.label;
}

/** Days to the deadline in words; a past deadline counts up as overdue. */
export function daysLeftWords(daysLeft: number | null): string {
  if (daysLeft === null) return 'No deadline';
  if (daysLeft === 0) return 'Due today';
  if (daysLeft < 0) return `${plural(-daysLeft, 'day')} overdue`;
  return `${plural(daysLeft, 'day')} left`;
}

/** Where an answer stands against the expected level. */
export function standingWords(response: Pick<ResponseView, 'standing' | 'rungsBelow'>): string {
  switch (response.standing) {
    case 'meets':
      return 'Meets';
    case 'below':
      return `Below by ${plural(response.rungsBelow, 'level')}`;
    case 'unanswered':
      return 'Unanswered';
    case 'no-target':
      return 'No expected level';
  }
}

/** A level's label from the catalogue's list, with "Not applicable" added. */
export function levelLabel(labels: ReadonlyArray<{ id: string; label: string }>, level: string | null, none = 'Not answered'): string {
  if (level === null) return none;
  if (level === NOT_APPLICABLE) return 'Not applicable';
  return labels.find((entry) => entry.id === level)?.label ?? level;
}

/** The colour of a level's tag: the lowest rung red, the top green, those between yellow. */
export function levelColour(levels: readonly string[], level: string | null): TagColour {
  if (level === null) return 'white';
  if (level === NOT_APPLICABLE) return 'grey';
  const rank = levels.indexOf(level);
  if (rank === -1) return 'white';
  if (rank === levels.length - 1) return 'green';
  if (rank === 0) return 'red';
  return 'yellow';
}

/** A suggested level with how firmly it follows: "at least Partially achieved", "no level follows". */
export function suggestedLevelWords(labels: ReadonlyArray<{ id: string; label: string }>, suggestion: Pick<Suggestion, 'level' | 'qualifier'>): string {
  if (suggestion.qualifier === 'none' || suggestion.level === null) return 'No level follows';
  const label = levelLabel(labels, suggestion.level);
  if (suggestion.qualifier === 'at-least') return `At least ${label}`;
  if (suggestion.qualifier === 'at-most') return `At most ${label}`;
  return label;
}

/** The first words of a long narrative, cut at a word. */
export function excerpt(text: string | null, max = 200): string {
  if (!text) return '';
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A calendar day (YYYY-MM-DD) as "30 June 2026"; noon UTC is the same day in London all year. */
export function dayWords(day: string | null, fallback = ''): string {
  return day ? formatDate(`${day}T12:00:00Z`, fallback) : fallback;
}

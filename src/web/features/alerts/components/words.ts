// Alert triage in words: durations in hours and minutes ("1 h 12 min"), shares as whole percentages,
// and the contract's codes as people say them. The labels are copied from the contract (the web app
// imports its types only, never its code); the Record types make the compiler notice a new value.
import type { TagColour } from '../../../components/Tag';
import type { AlertAction, AlertSeverity, Classification, SocFigure } from '../../../../contract/alerts';

export const SEVERITY_ORDER: readonly AlertSeverity[] = ['critical', 'high', 'medium', 'low', 'informational'];
export const SEVERITY_LABELS: Record<AlertSeverity, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low', informational: 'Informational' };

export const CLASSIFICATION_LABELS: Record<Classification, string> = {
  'true-positive': 'True positive',
  'benign-positive': 'Benign positive',
  'false-positive': 'False positive',
  undetermined: 'Undetermined',
};

export type ActionStatus = AlertAction['status'];
export const ACTION_STATUS_ORDER: readonly ActionStatus[] = ['open', 'in-progress', 'done'];
export const ACTION_STATUS_WORDS: Record<ActionStatus, { text: string; colour: TagColour }> = {
  open: { text: 'Open', colour: 'blue' },
  'in-progress': { text: 'In progress', colour: 'yellow' },
  done: { text: 'Done', colour: 'green' },
};

export const SURVEY_STATUS_WORDS: Record<SocFigure['status'], string> = {
  V: 'V, verified at the publisher',
  S: 'S, given alike by two or more secondary sources',
};

const MINUTES_PER_DAY = 24 * 60;
/** From two days, a duration reads in days and hours: "3 d 4 h" says more than "76 h". */
const DAYS_FROM_MINUTES = 2 * MINUTES_PER_DAY;

/**
 * A duration given in minutes, as a triage team says it: "under 1 min", "45 min", "1 h 12 min",
 * "3 h", "3 d 4 h". Rounded to the minute (to the hour from two days); `fallback` when not measured.
 */
export function minutesWords(minutes: number | null | undefined, fallback = 'Not measured'): string {
  if (minutes === null || minutes === undefined || !Number.isFinite(minutes) || minutes < 0) return fallback;
  if (minutes > 0 && minutes < 0.5) return 'under 1 min';
  if (minutes >= DAYS_FROM_MINUTES) {
    const hours = Math.round(minutes / 60);
    const days = Math.floor(hours / 24);
    return joinParts([days, 'd'], [hours % 24, 'h']);
  }
  const whole = Math.round(minutes);
  if (whole < 60) return `${whole} min`;
  return joinParts([Math.floor(whole / 60), 'h'], [whole % 60, 'min']);
}

function joinParts(big: [number, string], small: [number, string]): string {
  const head = `${big[0].toLocaleString('en-GB')} ${big[1]}`;
  return small[0] === 0 ? head : `${head} ${small[0]} ${small[1]}`;
}

/**
 * A share from 0 to 1 as a whole percentage, as the findings say it ("41%"). A share that rounds to
 * 0% or 100% without being either says so ("under 1%", "over 99%"), so nothing looks all or none
 * that is not; `fallback` when there is nothing to take a share of.
 */
export function shareWords(share: number | null | undefined, fallback = 'Not measured'): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return fallback;
  if (share > 0 && share < 0.005) return 'under 1%';
  if (share < 1 && share >= 0.995) return 'over 99%';
  return `${Math.round(share * 100)}%`;
}

const oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** Alerts a day to one decimal: "4,484", "12.5". */
export function perDayWords(perDay: number): string {
  return oneDecimal.format(perDay);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

/** A published figure in its own unit: "83%", "4,484 alerts a day", "27% of time". */
export function surveyValueWords(value: number, unit: string): string {
  if (unit === 'pct' || unit === '%') return `${oneDecimal.format(value)}%`;
  return `${oneDecimal.format(value)} ${unit}`;
}

// Vulnerability findings in words: severities, deadlines and their rules as a Trust's patching team
// says them. The labels are copied from the contract (the web app imports its types only); the Record
// types make the compiler notice a new value.
import type { TagColour } from '../../../components/Tag';
import type { FindingDeadlineView, FindingView } from '../../../../contract/vulnerabilities';
import { formatDate } from '../../../lib/format';

export type Severity = FindingView['severity'];
export type FindingState = FindingView['state'];
export type DeadlineRule = FindingDeadlineView['rule'];

export const SEVERITY_ORDER: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
export const SEVERITY_LABELS: Record<Severity, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low', info: 'Information' };
export const SEVERITY_COLOURS: Record<Severity, TagColour> = { critical: 'red', high: 'orange', medium: 'yellow', low: 'blue', info: 'grey' };

export const STATE_ORDER: readonly FindingState[] = ['open', 'fixed'];
export const STATE_LABELS: Record<FindingState, string> = { open: 'Open', fixed: 'Fixed' };

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

/** "31 March 2026" from "2026-03-31"; `fallback` when there is no day. */
export function dayWords(day: string | null | undefined, fallback = 'None'): string {
  return day ? formatDate(`${day}T12:00:00Z`, day) : fallback;
}

/** Whole days from one UK date (YYYY-MM-DD) to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const UK_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The UK calendar day (YYYY-MM-DD) an instant falls on, as the deadlines count days. */
export function ukDayOf(instant: string): string {
  return UK_DAY.format(new Date(instant));
}

/**
 * Where a finding stands against its deadline at the as-of instant, in a few words: an open one is
 * overdue, due today or has days left; a fixed one was fixed in time or late (its deadline is read at
 * the day it was fixed).
 */
export function standingWords(state: FindingState, deadline: FindingDeadlineView | null): string {
  if (!deadline) return 'Not yet seen on this day';
  if (deadline.dueOn === null) return 'No deadline';
  if (state === 'fixed') return deadline.pastDue ? `Fixed ${plural(deadline.daysOverdue, 'day')} late` : 'Fixed in time';
  if (deadline.pastDue) return `${plural(deadline.daysOverdue, 'day')} overdue`;
  if (deadline.daysLeft === 0) return 'Due today';
  return `${plural(deadline.daysLeft ?? 0, 'day')} left`;
}

/**
 * Which rule set a finding's due date, in a sentence. The known exploited days run from the later of
 * the day it was seen and the day the catalogue listed it, so their number comes from the settings.
 */
export function ruleWords(severity: Severity, deadline: FindingDeadlineView, kevDays?: number): string {
  const label = SEVERITY_LABELS[severity].toLowerCase();
  switch (deadline.rule) {
    case 'severity':
      return `${plural(deadline.dueOn ? daysBetween(deadline.startedOn, deadline.dueOn) : 0, 'day')} from ${dayWords(deadline.startedOn)}, the deadline for ${label} findings.`;
    case 'kev-days':
      return `${kevDays === undefined ? 'The days' : plural(kevDays, 'day')} allowed for a known exploited vulnerability, from the later of the day it was seen and the day the catalogue listed it: sooner than the deadline for ${label} findings.`;
    case 'kev-due-date':
      return `The known exploited catalogue’s due date, ${dayWords(deadline.dueOn)}: sooner than the days allowed from ${dayWords(deadline.startedOn)}.`;
    case 'none':
      return `No deadline: ${label} findings have none.`;
  }
}

/** Days to fix as a setting reads: "14 days", or "No deadline". */
export function settingWords(days: number | null): string {
  return days === null ? 'No deadline' : plural(days, 'day');
}

/** A mean or median number of days, to one decimal place; `fallback` when nothing was fixed. */
export function meanDaysWords(days: number | null, fallback = 'Nothing fixed yet'): string {
  return days === null ? fallback : plural(Math.round(days * 10) / 10, 'day');
}

/** A percentage already worked out: "92.5%", or the fallback when there was nothing to count. */
export function percentWords(percent: number | null, fallback = 'Nothing decided yet'): string {
  return percent === null ? fallback : `${percent.toLocaleString('en-GB', { maximumFractionDigits: 1 })}%`;
}

/** A host as people name it: its name, else its address. */
export function hostWords(host: { name: string | null; ip: string | null }): string {
  return host.name ?? host.ip ?? 'Unnamed host';
}

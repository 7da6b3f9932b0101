// Remediation deadlines: when a finding must be fixed by, how old it is and how late, and how well a
// set of findings met their deadlines. Everything is counted in whole UK calendar days: a finding
// first seen at 23:30 and checked at 00:30 the next day is one day old, and the days the clocks
// change count as one day each, however many hours they have.
import { addDays, daysBetween, ukDateOf } from '../../../platform/as-of.js';
import type { FieldProblem } from '../../../platform/errors.js';
import { percentilesOf } from '../../../platform/statistics.js';

/** A finding's severity as scanners rate it; null when the scanner gave none. */
export type FindingSeverity = 'critical' | 'high' | 'medium' | 'low' | 'info';

/** Days allowed to fix a finding, from the day it was seen; null where a severity has no deadline. */
export interface DeadlineSettings {
  critical: number | null;
  high: number | null;
  medium: number | null;
  low: number | null;
  /** Days allowed once the vulnerability is in the known exploited catalogue (or its due date, if sooner). */
  kev: number;
}

/**
 * Critical and high as Cyber Essentials asks (14 days); 21 for known exploited vulnerabilities, the
 * usual gap between an entry's date added and its due date. Medium and low are Bulwark's own.
 */
export const DEFAULT_DEADLINE_SETTINGS: Readonly<DeadlineSettings> = Object.freeze({ critical: 14, high: 14, medium: 30, low: 90, kev: 21 });

/** The longest deadline a setting may give: beyond a year a deadline stops meaning anything. */
export const MAX_DEADLINE_DAYS = 365;

const SEVERITY_FIELDS = ['critical', 'high', 'medium', 'low'] as const;

/** Settings as given (an organisation's form or API body) checked whole, naming each bad field. */
export function checkDeadlineSettings(input: unknown): { ok: true; value: DeadlineSettings } | { ok: false; problems: FieldProblem[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, problems: [{ field: 'settings', message: 'Give the deadlines as an object with critical, high, medium, low and kev.' }] };
  }
  const given = input as Record<string, unknown>;
  const problems: FieldProblem[] = [];
  const known = new Set<string>([...SEVERITY_FIELDS, 'kev']);
  for (const key of Object.keys(given)) {
    if (!known.has(key)) problems.push({ field: key, message: `${key} is not a deadline setting; the settings are critical, high, medium, low and kev.` });
  }
  const days = (field: string, allowNone: boolean): number | null => {
    const value = given[field];
    if (value === null && allowNone) return null;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_DEADLINE_DAYS) return value;
    const none = allowNone ? ', or null for no deadline' : '';
    problems.push({ field, message: `${field} must be a whole number of days from 1 to ${MAX_DEADLINE_DAYS}${none}.`, ...(value === undefined ? {} : { value: String(JSON.stringify(value)).slice(0, 40) }) });
    return null;
  };
  const value: DeadlineSettings = {
    critical: days('critical', true),
    high: days('high', true),
    medium: days('medium', true),
    low: days('low', true),
    kev: days('kev', false) ?? 0,
  };
  return problems.length ? { ok: false, problems } : { ok: true, value };
}

/** Whole UK calendar days from one instant to another: the days between the UK dates they fall on. */
export function ukDaysFrom(from: Date, to: Date): number {
  return daysBetween(ukDateOf(from), ukDateOf(to));
}

/** The catalogue's dates for a CVE that is known to be exploited. */
export interface KevListing {
  dateAdded: string;
  dueDate: string;
}

export interface Deadline {
  /** The UK date the clock started: the day the finding was seen (or seen again). */
  startedOn: string;
  /** The last UK date on which fixing it is within its deadline; null when it has none. */
  dueOn: string | null;
  /** Which rule set the date: the severity's days, the known exploited days, or the catalogue's due date. */
  rule: 'severity' | 'kev-days' | 'kev-due-date' | 'none';
  /** A catalogue due date that had passed before the finding was seen, so was not used. */
  kevDueDateBeforeSeen: boolean;
}

/** The severity's days: an unrated finding is held to the high deadline, as Cyber Essentials does; info has none. */
function severityDays(severity: FindingSeverity | null, settings: DeadlineSettings): number | null {
  if (severity === 'info') return null;
  return settings[severity ?? 'high'];
}

/**
 * A finding's deadline from the instant it was seen: the earlier of its severity's deadline and, for a
 * known exploited vulnerability, the known exploited deadline. That one runs from the later of the day
 * seen and the day the catalogue added it (a finding is not late for a listing that did not yet exist),
 * and is cut short by the catalogue's due date when that is sooner. A due date already past when the
 * finding was seen is not used: it would make the finding late on its first day, for a period in which
 * nobody knew of it.
 */
export function deadlineOf(seenAt: Date, severity: FindingSeverity | null, kev: KevListing | null, settings: DeadlineSettings): Deadline {
  const startedOn = ukDateOf(seenAt);
  const days = severityDays(severity, settings);
  let dueOn = days === null ? null : addDays(startedOn, days);
  let rule: Deadline['rule'] = days === null ? 'none' : 'severity';
  let kevDueDateBeforeSeen = false;
  if (kev) {
    let kevDue = addDays(kev.dateAdded > startedOn ? kev.dateAdded : startedOn, settings.kev);
    let kevRule: Deadline['rule'] = 'kev-days';
    if (kev.dueDate < startedOn) kevDueDateBeforeSeen = true;
    else if (kev.dueDate < kevDue) {
      kevDue = kev.dueDate;
      kevRule = 'kev-due-date';
    }
    if (dueOn === null || kevDue < dueOn) {
      dueOn = kevDue;
      rule = kevRule;
    }
  }
  return { startedOn, dueOn, rule, kevDueDateBeforeSeen };
}

export interface DeadlineStanding {
  /** Whole UK days from the day the clock started to the as-of day (or the day it was fixed). */
  ageDays: number;
  pastDue: boolean;
  /** Days after the due date: 0 when not past due. */
  daysOverdue: number;
  /** Days left to the due date at the as-of day (0 on the day itself); null when past due or no deadline. */
  daysLeft: number | null;
}

/**
 * Where a deadline stands on a UK day: the as-of day for an open finding, the day it was fixed for a
 * fixed one. Fixing on the due date itself is in time; the day after is one day overdue.
 */
export function standingOn(deadline: Deadline, day: string): DeadlineStanding {
  const ageDays = daysBetween(deadline.startedOn, day);
  if (deadline.dueOn === null) return { ageDays, pastDue: false, daysOverdue: 0, daysLeft: null };
  const left = daysBetween(day, deadline.dueOn);
  return left < 0 ? { ageDays, pastDue: true, daysOverdue: -left, daysLeft: null } : { ageDays, pastDue: false, daysOverdue: 0, daysLeft: left };
}

/** One stretch of time a finding was open: from when it was seen to when it was fixed (null while open). */
export interface OpenPeriod {
  openedAt: Date;
  fixedAt: Date | null;
}

/** Why a finding's open periods cannot be read (out of order, overlapping, fixed before opened), or null. */
export function problemWithPeriods(periods: readonly OpenPeriod[]): string | null {
  if (periods.length === 0) return 'A finding has at least one open period.';
  for (let i = 0; i < periods.length; i++) {
    const { openedAt, fixedAt } = periods[i]!;
    if (Number.isNaN(openedAt.getTime()) || (fixedAt && Number.isNaN(fixedAt.getTime()))) return `Period ${i + 1} has a date that is not a date.`;
    if (fixedAt && fixedAt < openedAt) return `Period ${i + 1} is fixed before it was opened.`;
    const next = periods[i + 1];
    if (next && !fixedAt) return `Period ${i + 1} is still open, so no period can follow it.`;
    if (next && fixedAt && next.openedAt < fixedAt) return `Period ${i + 2} opens before period ${i + 1} was fixed.`;
  }
  return null;
}

export interface FindingClock {
  /** The UK date the finding was first seen, across all its periods. */
  firstSeenOn: string;
  /** How many times it was seen again after being fixed. */
  reopenings: number;
  /** Whether it is open at the as-of instant. */
  open: boolean;
  /** The deadline of the latest period begun by the as-of instant: the clock restarts when a finding is seen again. */
  deadline: Deadline;
  standing: DeadlineStanding;
}

/**
 * A finding's clock at an as-of instant, from its open periods (oldest first). Periods begun after
 * the as-of instant are not yet known, and a fix after it has not yet happened. A re-opened finding's
 * deadline runs from its re-opening, since the fix that closed the earlier period was real work done in
 * time or not; the earlier periods stay in its history and in the figures. Null when the finding was
 * not yet seen at the as-of instant.
 */
export function clockAt(periods: readonly OpenPeriod[], severity: FindingSeverity | null, kev: KevListing | null, settings: DeadlineSettings, asOf: Date): FindingClock | null {
  const known = periods.filter((period) => period.openedAt <= asOf);
  const current = known[known.length - 1];
  if (!current) return null;
  const fixedAt = current.fixedAt && current.fixedAt <= asOf ? current.fixedAt : null;
  const deadline = deadlineOf(current.openedAt, severity, kev, settings);
  return {
    firstSeenOn: ukDateOf(known[0]!.openedAt),
    reopenings: known.length - 1,
    open: fixedAt === null,
    deadline,
    standing: standingOn(deadline, ukDateOf(fixedAt ?? asOf)),
  };
}

export interface FindingHistory {
  periods: readonly OpenPeriod[];
  severity: FindingSeverity | null;
  kev: KevListing | null;
}

export interface RemediationFigures {
  /** Fixes made by the as-of instant: each period fixed counts once, so a finding fixed twice counts twice. */
  fixed: number;
  /** Periods with a deadline whose outcome is known: fixed, or still open after their due date. */
  decided: number;
  /** Of those, the ones fixed on or before their due date. */
  withinDeadline: number;
  /** withinDeadline as a percentage of decided; null when none is decided. */
  percentWithinDeadline: number | null;
  /** Mean and median whole UK days from opening to fix, over the fixes; null when there are none. */
  meanDaysToRemediate: number | null;
  medianDaysToRemediate: number | null;
  /** Findings open at the as-of instant and past their due date. */
  openPastDue: number;
}

/**
 * How a set of findings met their deadlines at an as-of instant. A period still open after its due
 * date counts against the percentage as well as a late fix does, so leaving old findings unfixed does
 * not flatter it; a period still open within its deadline is not yet decided and counts for neither.
 */
export function remediationFigures(findings: readonly FindingHistory[], settings: DeadlineSettings, asOf: Date): RemediationFigures {
  const durations: number[] = [];
  let decided = 0;
  let withinDeadline = 0;
  let openPastDue = 0;
  for (const finding of findings) {
    const outcome = remediationOutcome(finding, settings, asOf);
    durations.push(...outcome.durations);
    decided += outcome.decided;
    withinDeadline += outcome.withinDeadline;
    openPastDue += outcome.openPastDue;
  }
  return figuresOf(durations, decided, withinDeadline, openPastDue);
}

export interface RemediationOutcome {
  /** Whole UK days from opening to fix, for each period fixed by the as-of instant. */
  durations: number[];
  decided: number;
  withinDeadline: number;
  openPastDue: number;
}

/** One finding's part in remediationFigures: each of its periods begun by the as-of instant. */
export function remediationOutcome(finding: FindingHistory, settings: DeadlineSettings, asOf: Date): RemediationOutcome {
  const asOfDay = ukDateOf(asOf);
  const outcome: RemediationOutcome = { durations: [], decided: 0, withinDeadline: 0, openPastDue: 0 };
  for (const period of finding.periods) {
    if (period.openedAt > asOf) continue;
    const deadline = deadlineOf(period.openedAt, finding.severity, finding.kev, settings);
    const fixedAt = period.fixedAt && period.fixedAt <= asOf ? period.fixedAt : null;
    const standing = standingOn(deadline, fixedAt ? ukDateOf(fixedAt) : asOfDay);
    if (fixedAt) outcome.durations.push(standing.ageDays);
    else if (standing.pastDue) outcome.openPastDue += 1;
    if (deadline.dueOn === null) continue;
    if (fixedAt) {
      outcome.decided += 1;
      if (!standing.pastDue) outcome.withinDeadline += 1;
    } else if (standing.pastDue) {
      outcome.decided += 1;
    }
  }
  return outcome;
}

/** The figures from the fixes' durations and the counts of periods decided, in time and open past due. */
export function figuresOf(durations: readonly number[], decided: number, withinDeadline: number, openPastDue: number): RemediationFigures {
  const [median] = percentilesOf(Float64Array.from(durations), [50]);
  return {
    fixed: durations.length,
    decided,
    withinDeadline,
    percentWithinDeadline: decided === 0 ? null : (withinDeadline * 100) / decided,
    meanDaysToRemediate: durations.length === 0 ? null : durations.reduce((sum, days) => sum + days, 0) / durations.length,
    medianDaysToRemediate: median ?? null,
    openPastDue,
  };
}

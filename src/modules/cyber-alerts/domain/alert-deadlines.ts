// The two clocks an NHS cyber alert runs: 48 hours from issue to acknowledge it, and the organisation's
// remediation deadline for its severity to fix it where it applies. The first is counted in real
// hours (an instant), so the night the clocks change is 47 or 49 hours long on the wall but 48 here;
// the second in whole UK calendar days, as vulnerability findings are.
import { addDays, ukDateOf } from '../../../platform/as-of.js';

export type CyberAlertSeverity = 'critical' | 'high' | 'medium' | 'low';
export type CyberAlertState = 'new' | 'acknowledged' | 'remediated' | 'closed';
export type Applicability = 'applicable' | 'not-applicable';

/** Hours from issue within which an alert is to be acknowledged. */
export const ACKNOWLEDGE_WITHIN_HOURS = 48;
const HOUR_MS = 3_600_000;

/** What the clocks need to know of an alert: when things happened (null for not yet). */
export interface AlertTimeline {
  issuedAt: Date;
  applicability: Applicability | null;
  acknowledgedAt: Date | null;
  remediatedAt: Date | null;
  closedAt: Date | null;
}

/** Days allowed to remediate by severity; a severity's null (no deadline for findings) falls back to kev. */
export interface RemediationDays {
  critical: number | null;
  high: number | null;
  medium: number | null;
  low: number | null;
  kev: number;
}

export function acknowledgeDueAt(issuedAt: Date): Date {
  return new Date(issuedAt.getTime() + ACKNOWLEDGE_WITHIN_HOURS * HOUR_MS);
}

/**
 * The UK date to remediate by when nobody gave one: the issue date plus the organisation's days for
 * the severity. An alert is a warning that something is being attacked, so a severity without a
 * finding deadline still gets one: the known-exploited days.
 */
export function defaultRemediateBy(issuedAt: Date, severity: CyberAlertSeverity, days: RemediationDays): string {
  return addDays(ukDateOf(issuedAt), days[severity] ?? days.kev);
}

/** Whether something had happened by the as-of instant: a time after it is not yet known then. */
const happenedBy = (at: Date | null, asOf: Date): boolean => at !== null && at.getTime() <= asOf.getTime();

/** Not acknowledged (nor closed) at the as-of instant, and past the 48 hours. */
export function acknowledgementOverdue(alert: AlertTimeline, asOf: Date): boolean {
  if (happenedBy(alert.acknowledgedAt, asOf) || happenedBy(alert.closedAt, asOf)) return false;
  return asOf.getTime() > acknowledgeDueAt(alert.issuedAt).getTime();
}

/** Acknowledged after the 48 hours, or overdue and still not acknowledged at the as-of instant. */
export function acknowledgedLate(alert: AlertTimeline, asOf: Date): boolean {
  if (happenedBy(alert.acknowledgedAt, asOf)) return alert.acknowledgedAt!.getTime() > acknowledgeDueAt(alert.issuedAt).getTime();
  return acknowledgementOverdue(alert, asOf);
}

/** Confirmed applicable, neither remediated nor closed at the as-of instant, and the UK date is past remediate-by. */
export function remediationOverdue(alert: AlertTimeline, remediateBy: string, asOf: Date): boolean {
  if (alert.applicability !== 'applicable') return false;
  if (happenedBy(alert.remediatedAt, asOf) || happenedBy(alert.closedAt, asOf)) return false;
  return ukDateOf(asOf) > remediateBy;
}

/** Acknowledgement falls due within this many hours (and is not yet overdue): worth a reminder. */
export function acknowledgementDueWithin(alert: AlertTimeline, hours: number, asOf: Date): boolean {
  if (happenedBy(alert.acknowledgedAt, asOf) || happenedBy(alert.closedAt, asOf)) return false;
  const due = acknowledgeDueAt(alert.issuedAt).getTime();
  return asOf.getTime() <= due && due - asOf.getTime() <= hours * HOUR_MS;
}

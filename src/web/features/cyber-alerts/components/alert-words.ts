// The words and small rules the register's pages share: how a state, severity and applicability read,
// which tag colour each takes, what an alert's overdue flags say, and turning a UK wall time typed in
// the record form into an instant with its offset.
import type { TagColour } from '../../../components/Tag';
import type { CyberAlertSummary } from '../api/cyber-alerts';

export const STATE_LABELS: Record<CyberAlertSummary['state'], string> = { new: 'New', acknowledged: 'Acknowledged', remediated: 'Remediated', closed: 'Closed' };
export const STATE_COLOURS: Record<CyberAlertSummary['state'], TagColour> = { new: 'blue', acknowledged: 'purple', remediated: 'green', closed: 'grey' };
export const SEVERITY_LABELS: Record<CyberAlertSummary['severity'], string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' };

/** The person's word on applicability, or what the findings suggest until someone gives it. */
export function applicabilityInWords(alert: Pick<CyberAlertSummary, 'applicability' | 'computed'>): string {
  if (alert.applicability) return alert.applicability.value === 'applicable' ? 'Applies (confirmed)' : 'Does not apply (confirmed)';
  if (!alert.computed.likely) return 'Not confirmed; no host in the findings matches';
  const hosts = `${alert.computed.hosts} ${alert.computed.hosts === 1 ? 'host' : 'hosts'}`;
  return `Not confirmed; likely to apply (${hosts} in the findings)`;
}

/** The alert's overdue flags as tags: what a reader must act on first. */
export function overdueTags(alert: Pick<CyberAlertSummary, 'acknowledgementOverdue' | 'remediationOverdue' | 'acknowledgedLate' | 'acknowledgedAt'>): Array<{ key: string; text: string; colour: TagColour }> {
  const tags: Array<{ key: string; text: string; colour: TagColour }> = [];
  if (alert.acknowledgementOverdue) tags.push({ key: 'ack', text: 'Acknowledgement overdue', colour: 'red' });
  else if (alert.acknowledgedLate && alert.acknowledgedAt) tags.push({ key: 'late', text: 'Acknowledged late', colour: 'orange' });
  if (alert.remediationOverdue) tags.push({ key: 'fix', text: 'Remediation overdue', colour: 'red' });
  return tags;
}

const UK_WALL = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

function ukWallTimeOf(at: Date): string {
  const parts = Object.fromEntries(UK_WALL.formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/**
 * The instant a UK date and time (HH:MM) names, as ISO 8601; null when either is not well formed or
 * the time does not exist that day (the hour skipped when the clocks go forward). In the hour
 * repeated when they go back, the first (summer time) is meant.
 */
export function instantFromUkWallTime(day: string, time: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day.trim());
  const t = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!d || !t) return null;
  const naive = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  const wanted = `${d[1]}-${d[2]}-${d[3]} ${t[1]!.padStart(2, '0')}:${t[2]}`;
  // London is UTC or an hour ahead: try summer time first.
  for (const offsetHours of [1, 0]) {
    const at = new Date(naive - offsetHours * 3_600_000);
    if (ukWallTimeOf(at) === wanted) return at.toISOString();
  }
  return null;
}

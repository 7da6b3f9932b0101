// Response-time metrics over a set of incidents: how long from one milestone to the next, as mean,
// median and 90th percentile, overall and by kind and severity; a monthly trend; and how many met the
// organisation's targets. An incident lacking either milestone of a metric is left out of that metric
// and counted as missing, never guessed. Durations are real elapsed time between UTC instants, so a
// change to or from British Summer Time neither adds nor loses an hour.
import {
  type DetectionSource,
  INCIDENT_KINDS,
  type IncidentKind,
  type MetricId,
  METRICS,
  type MetricSummary,
  type Milestone,
  SEVERITIES,
  type Severity,
  type TargetMetric,
  type TargetOutcome,
  type TrendPoint,
} from '../../../contract/incidents.js';
import { percentile } from '../../../platform/statistics.js';
import { HOUR } from './clock.js';
import type { MilestoneInstants } from './milestones.js';

/** Where each metric starts and ends. 'notify' ends at the first notification to the ICO. */
export const METRIC_SPANS: Record<MetricId, { from: Milestone; to: Milestone | 'ico-notified'; label: string }> = {
  detect: { from: 'occurred', to: 'detected', label: 'Time to detect' },
  acknowledge: { from: 'detected', to: 'acknowledged', label: 'Time to acknowledge' },
  triage: { from: 'detected', to: 'triaged', label: 'Time to triage' },
  contain: { from: 'detected', to: 'contained', label: 'Time to contain' },
  recover: { from: 'detected', to: 'recovered', label: 'Time to recover' },
  close: { from: 'detected', to: 'closed', label: 'Time to close' },
  lifecycle: { from: 'occurred', to: 'contained', label: 'Occurrence to containment' },
  notify: { from: 'detected', to: 'ico-notified', label: 'Time to notify the ICO' },
};

export interface MetricIncident {
  id: string;
  kind: IncidentKind;
  severity: Severity;
  detectionSource: DetectionSource | null;
  times: MilestoneInstants;
  occurredEstimated: boolean;
  /** When the incident was recorded, epoch ms: places an incident with no milestones in a period. */
  recordedAt: number;
  /** First ICO notification, epoch ms. */
  icoNotifiedAt: number | null;
  /** Reportable to the ICO (null when not graded): only these count towards 'notify'. */
  icoReportable: boolean | null;
}

/** The instant that places an incident in a period or a month: awareness, else occurrence, else when it was recorded. */
export function anchorOf(incident: MetricIncident): number {
  return incident.times.detected ?? incident.times.occurred ?? incident.recordedAt;
}

/** Hours from one end of the metric to the other, or null when either is missing (or it does not apply). */
export function durationHours(incident: MetricIncident, metric: MetricId): number | null {
  const span = METRIC_SPANS[metric];
  if (metric === 'notify' && incident.icoReportable !== true) return null;
  const start = incident.times[span.from];
  const end = span.to === 'ico-notified' ? incident.icoNotifiedAt : incident.times[span.to];
  if (start === undefined || end === undefined || end === null) return null;
  return (end - start) / HOUR;
}

/** Whether an incident is counted at all for a metric: 'notify' concerns only reportable ones. */
function appliesTo(incident: MetricIncident, metric: MetricId): boolean {
  return metric !== 'notify' || incident.icoReportable === true;
}

export { percentile };

const round = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);

export function summarise(incidents: readonly MetricIncident[], metric: MetricId): MetricSummary {
  const relevant = incidents.filter((i) => appliesTo(i, metric));
  const measured: number[] = [];
  let estimated = 0;
  for (const incident of relevant) {
    const hours = durationHours(incident, metric);
    if (hours === null) continue;
    measured.push(hours);
    if (incident.occurredEstimated && METRIC_SPANS[metric].from === 'occurred') estimated += 1;
  }
  measured.sort((a, b) => a - b);
  const mean = measured.length ? measured.reduce((s, h) => s + h, 0) / measured.length : null;
  return {
    metric,
    count: measured.length,
    missing: relevant.length - measured.length,
    estimated,
    meanHours: round(mean),
    medianHours: round(percentile(measured, 50)),
    p90Hours: round(percentile(measured, 90)),
  };
}

export function summariseAll(incidents: readonly MetricIncident[]): MetricSummary[] {
  return METRICS.map((m) => summarise(incidents, m));
}

export function inPeriod(incidents: readonly MetricIncident[], from: number, to: number): MetricIncident[] {
  return incidents.filter((i) => anchorOf(i) >= from && anchorOf(i) <= to);
}

export type Targets = Record<TargetMetric, Record<Severity, number>>;

/** How many met each target, missed it (open incidents already past it included), are still within it, or cannot be judged. */
export function targetOutcomes(incidents: readonly MetricIncident[], targets: Targets, asOf: number): TargetOutcome[] {
  const out: TargetOutcome[] = [];
  for (const [metric, bySeverity] of Object.entries(targets) as Array<[TargetMetric, Record<Severity, number>]>) {
    const span = METRIC_SPANS[metric];
    for (const severity of SEVERITIES) {
      const targetHours = bySeverity[severity];
      const outcome: TargetOutcome = { metric, severity, targetHours, met: 0, missed: 0, pending: 0, unknown: 0 };
      for (const incident of incidents.filter((i) => i.severity === severity)) {
        const start = incident.times[span.from];
        const end = span.to === 'ico-notified' ? incident.icoNotifiedAt ?? undefined : incident.times[span.to];
        if (start === undefined) outcome.unknown += 1;
        else if (end !== undefined) outcome[(end - start) / HOUR <= targetHours ? 'met' : 'missed'] += 1;
        // Closed without reaching this milestone: there is nothing left to wait for, and nothing to judge.
        else if (incident.times.closed !== undefined) outcome.unknown += 1;
        else outcome[(asOf - start) / HOUR > targetHours ? 'missed' : 'pending'] += 1;
      }
      out.push(outcome);
    }
  }
  return out;
}

const MONTH = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit' });

/** The UK calendar month (YYYY-MM) an instant falls in. */
export function ukMonthOf(ms: number): string {
  return MONTH.format(new Date(ms)).slice(0, 7);
}

/** Every month from one to another, inclusive: YYYY-MM. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  while (`${y}-${String(m).padStart(2, '0')}` <= last) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return months;
}

/** Month by month (UK calendar): how many incidents, of which kind, and the median of each metric. */
export function monthlyTrend(incidents: readonly MetricIncident[], from: number, to: number): TrendPoint[] {
  const byMonth = new Map<string, MetricIncident[]>();
  for (const i of inPeriod(incidents, from, to)) {
    const month = ukMonthOf(anchorOf(i));
    byMonth.set(month, [...(byMonth.get(month) ?? []), i]);
  }
  return monthsBetween(ukMonthOf(from), ukMonthOf(to)).map((month) => {
    const these = byMonth.get(month) ?? [];
    return {
      month,
      incidents: these.length,
      byKind: Object.fromEntries(INCIDENT_KINDS.map((k) => [k, these.filter((i) => i.kind === k).length])) as Record<IncidentKind, number>,
      medianHours: Object.fromEntries(METRICS.map((m) => [m, summarise(these, m).medianHours])) as Record<MetricId, number | null>,
    };
  });
}

/** The share (0–100) of measured incidents whose metric came within a number of hours, for banded survey figures. */
export function shareWithin(incidents: readonly MetricIncident[], metric: MetricId, hours: number): { pct: number | null; count: number } {
  const measured = incidents.map((i) => durationHours(i, metric)).filter((h): h is number => h !== null);
  if (!measured.length) return { pct: null, count: 0 };
  return { pct: round((100 * measured.filter((h) => h <= hours).length) / measured.length), count: measured.length };
}

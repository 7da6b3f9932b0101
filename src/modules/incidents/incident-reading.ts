// Reading the register: the list with clocks as of an instant, one incident in full, response-time
// metrics over a period with the published figures beside them.
import { readFileSync } from 'node:fs';
import { type DetectionSource, INCIDENT_KINDS, type IncidentDetail, type IncidentKind, type Severity, type TimelineKind, type IncidentList, type IncidentMetrics, type IncidentStatus, SEVERITIES, benchmarkSet, type BenchmarkSet } from '../../contract/incidents.js';
import { parseAsOf, parsePeriodStart } from '../../platform/as-of.js';
import type { Db } from '../../platform/db/database.js';
import { ValidationFailed } from '../../platform/errors.js';
import { compareWithBenchmarks } from './domain/benchmarks.js';
import { inPeriod, type MetricIncident, monthlyTrend, summariseAll, targetOutcomes } from './domain/metrics.js';
import { incidentDetailOf, loadIncident } from './incident-changes.js';
import { dhscThresholdOf, incidentSettings } from './incident-settings.js';
import { currentMilestones, type TimelineFact } from './domain/milestones.js';
import { icoReportable } from './domain/reportability.js';
import { summariesOf } from './incident-views.js';
import * as store from './store.js';

export interface IncidentCriteria {
  status?: IncidentStatus | 'open' | undefined;
  kind?: string | undefined;
  severity?: string | undefined;
  text?: string | undefined;
}

export async function listIncidents(db: Db, orgId: string, criteria: IncidentCriteria, asOf: Date): Promise<IncidentList> {
  const rows = await store.listIncidents(db, orgId, { kind: criteria.kind, severity: criteria.severity, text: criteria.text?.trim() || undefined });
  const items = await summariesOf(db, rows, await dhscThresholdOf(db, orgId), asOf);
  const status = criteria.status;
  return { asOf: asOf.toISOString(), items: status ? items.filter((i) => (status === 'open' ? i.status !== 'closed' : i.status === status)) : items };
}

export async function getIncident(db: Db, orgId: string, id: string, asOf: Date): Promise<IncidentDetail> {
  return incidentDetailOf(db, await loadIncident(db, orgId, id), asOf);
}

/**
 * Every incident of the organisation as the metrics see it, read in three narrow queries and built
 * straight from the rows: the metrics need nine facts of each, not its register summary.
 */
export async function metricIncidents(db: Db, orgId: string): Promise<MetricIncident[]> {
  const [rows, events, notified] = await Promise.all([store.metricRowsOf(db, orgId), store.milestoneEventsOfOrg(db, orgId), store.firstIcoNotificationsOfOrg(db, orgId)]);
  const eventsOf = new Map<string, TimelineFact[]>();
  for (const e of events) {
    const facts = eventsOf.get(e.incident_id) ?? [];
    facts.push({ id: e.id, seq: e.seq, kind: e.kind as TimelineKind, at: e.at === null ? null : Date.parse(e.at), estimated: e.estimated === 1, corrects: e.corrects });
    eventsOf.set(e.incident_id, facts);
  }
  const icoAt = new Map(notified.map((n) => [n.incident_id, Date.parse(String(n.sent_at))]));
  return rows.map((row) => {
    const { times, estimated } = currentMilestones(eventsOf.get(row.id) ?? []);
    return {
      id: row.id,
      kind: row.kind as IncidentKind,
      severity: row.severity as Severity,
      detectionSource: row.detection_source as DetectionSource | null,
      times,
      occurredEstimated: estimated.occurred === true,
      recordedAt: Date.parse(row.created_at),
      icoNotifiedAt: icoAt.get(row.id) ?? null,
      icoReportable: icoReportable(row.breach_likelihood, row.breach_harm),
    };
  });
}

let benchmarks: BenchmarkSet | null = null;

/** The published figures shipped with Bulwark (content/benchmarks), read once and checked against the contract. */
export function incidentBenchmarks(): BenchmarkSet {
  benchmarks ??= benchmarkSet.parse(JSON.parse(readFileSync(new URL('../../../content/benchmarks/incident-response.json', import.meta.url), 'utf8')));
  return benchmarks;
}

export interface MetricsPeriod {
  from?: string | undefined;
  to?: string | undefined;
}

/** The period asked for: dates mean whole UK days; by default the twelve months up to the as-of instant. */
export function periodOf(period: MetricsPeriod, asOf: Date): { from: Date; to: Date } {
  const to = period.to ? parseAsOf(period.to, 'to') : asOf;
  let from: Date;
  if (period.from) {
    from = parsePeriodStart(period.from);
  } else {
    from = new Date(to);
    from.setUTCFullYear(from.getUTCFullYear() - 1);
  }
  if (from.getTime() > to.getTime()) throw new ValidationFailed('The period ends before it starts.', [{ field: 'from', message: 'Choose a start on or before the end.', value: period.from ?? '' }]);
  return { from, to };
}

export async function incidentMetrics(db: Db, orgId: string, period: MetricsPeriod, asOf: Date): Promise<IncidentMetrics> {
  const { from, to } = periodOf(period, asOf);
  const settings = await incidentSettings(db, orgId);
  const all = await metricIncidents(db, orgId);
  const these = inPeriod(all, from.getTime(), to.getTime());
  const set = incidentBenchmarks();
  return {
    asOf: asOf.toISOString(),
    from: from.toISOString(),
    to: to.toISOString(),
    incidents: these.length,
    overall: summariseAll(these),
    byKind: INCIDENT_KINDS.map((kind) => {
      const group = these.filter((i) => i.kind === kind);
      return { kind, incidents: group.length, metrics: summariseAll(group) };
    }),
    bySeverity: SEVERITIES.map((severity) => {
      const group = these.filter((i) => i.severity === severity);
      return { severity, incidents: group.length, metrics: summariseAll(group) };
    }),
    targets: targetOutcomes(these, settings.targets, asOf.getTime()),
    trend: monthlyTrend(all, from.getTime(), to.getTime()),
    benchmarks: { version: set.version, comparisons: compareWithBenchmarks(set.figures, these) },
  };
}

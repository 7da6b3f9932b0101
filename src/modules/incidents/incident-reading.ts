// Reading the register: the list with clocks as of an instant, one incident in full, response-time
// metrics over a period with the published figures beside them.
import { readFileSync } from 'node:fs';
import { INCIDENT_KINDS, type IncidentDetail, type IncidentList, type IncidentMetrics, type IncidentStatus, SEVERITIES, benchmarkSet, type BenchmarkSet } from '../../contract/incidents.js';
import { parseAsOf } from '../../platform/as-of.js';
import type { Db } from '../../platform/db/database.js';
import { ValidationFailed } from '../../platform/errors.js';
import { compareWithBenchmarks } from './domain/benchmarks.js';
import { inPeriod, type MetricIncident, monthlyTrend, summariseAll, targetOutcomes } from './domain/metrics.js';
import type { DhscThreshold } from './domain/reportability.js';
import { incidentDetailOf, loadIncident } from './incident-changes.js';
import { incidentSettings } from './incident-settings.js';
import { factsOfMany, metricIncidentOf, summariesOf } from './incident-views.js';
import * as store from './store.js';

export interface IncidentCriteria {
  status?: IncidentStatus | 'open' | undefined;
  kind?: string | undefined;
  severity?: string | undefined;
  text?: string | undefined;
}

async function thresholdOf(db: Db, orgId: string): Promise<DhscThreshold> {
  const settings = await incidentSettings(db, orgId);
  return { likelihoodAtLeast: settings.dhscLikelihoodAtLeast, harmAtLeast: settings.dhscHarmAtLeast };
}

export async function listIncidents(db: Db, orgId: string, criteria: IncidentCriteria, asOf: Date): Promise<IncidentList> {
  const rows = await store.listIncidents(db, orgId, { kind: criteria.kind, severity: criteria.severity, text: criteria.text?.trim() || undefined });
  const items = await summariesOf(db, rows, await thresholdOf(db, orgId), asOf);
  const status = criteria.status;
  return { asOf: asOf.toISOString(), items: status ? items.filter((i) => (status === 'open' ? i.status !== 'closed' : i.status === status)) : items };
}

export async function getIncident(db: Db, orgId: string, id: string, asOf: Date): Promise<IncidentDetail> {
  return incidentDetailOf(db, await loadIncident(db, orgId, id), asOf);
}

/** Every incident of the organisation as the metrics see it. */
export async function metricIncidents(db: Db, orgId: string, asOf: Date): Promise<MetricIncident[]> {
  const many = await factsOfMany(db, await store.listIncidents(db, orgId), await thresholdOf(db, orgId), asOf);
  return many.map(({ facts, notifications }) => metricIncidentOf(facts, notifications));
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

/**
 * The first instant of a UK day: the end of the day before, plus a millisecond. Counted from the day
 * before rather than back 24 hours, because the days the clocks change are 23 and 25 hours long.
 */
function startOfUkDay(date: string): Date {
  parseAsOf(date, 'from'); // refuses a date not in the calendar, naming it
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const dayBefore = new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
  return new Date(parseAsOf(dayBefore, 'from').getTime() + 1);
}

/** The period asked for: dates mean whole UK days; by default the twelve months up to the as-of instant. */
export function periodOf(period: MetricsPeriod, asOf: Date): { from: Date; to: Date } {
  const to = period.to ? parseAsOf(period.to, 'to') : asOf;
  let from: Date;
  if (period.from) {
    const start = period.from.trim();
    from = /^\d{4}-\d{2}-\d{2}$/.test(start) ? startOfUkDay(start) : parseAsOf(start, 'from');
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
  const all = await metricIncidents(db, orgId, asOf);
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

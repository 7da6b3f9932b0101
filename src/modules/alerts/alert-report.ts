// The triage report: the stored alerts of a period read as packed numbers, fed through the pure
// accumulator, then the findings in words (with the actions they became) and the published SOC survey
// figures beside ours.
import { readFileSync } from 'node:fs';
import type { AlertReport } from '../../contract/alerts.js';
import { parseAsOf, parsePeriodStart } from '../../platform/as-of.js';
import type { Db } from '../../platform/db/database.js';
import { ValidationFailed } from '../../platform/errors.js';
import { alertSettings } from './alert-settings.js';
import { parseSocFigures, SOC_FIGURES_FILE, socComparisons, type SocFigureSet } from './domain/soc-figures.js';
import { createTriageAccumulator } from './domain/triage-accumulator.js';
import { triageFindings } from './domain/triage-findings.js';
import * as store from './store.js';

/** Without a start, the report covers the 90 days to its end: a quarter, long enough for a trend. */
export const DEFAULT_PERIOD_DAYS = 90;

export interface ReportPeriod {
  from?: string | undefined;
  to?: string | undefined;
}

/** The period asked for: dates are whole UK days (a `to` date includes that day), instants as given. */
export function reportPeriod(period: ReportPeriod, asOf: Date): { from: Date; to: Date } {
  // parseAsOf reads a date as the end of that UK day and an instant as given.
  const to = period.to ? parseAsOf(period.to, 'to') : asOf;
  const from = period.from ? parsePeriodStart(period.from) : new Date(to.getTime() - DEFAULT_PERIOD_DAYS * 86_400_000);
  if (from.getTime() >= to.getTime()) throw new ValidationFailed('The period ends before it starts.', [{ field: 'from', message: 'Choose a start before the end.', value: period.from ?? '' }]);
  if (to.getTime() - from.getTime() > store.MAX_PACKED_PERIOD_MS) {
    throw new ValidationFailed('The period is too long for one report.', [{ field: 'from', message: 'Choose a period of at most 388 days; compare years with two reports.', value: period.from ?? '' }]);
  }
  return { from, to };
}

let figures: SocFigureSet | null = null;
function socFigures(): SocFigureSet {
  figures ??= parseSocFigures(JSON.parse(readFileSync(SOC_FIGURES_FILE, 'utf8')));
  return figures;
}

const OWNER_SHIFT = 2 ** 12;
const SEVERITY_SHIFT = 2 ** 22;
const CREATED_SHIFT = 2 ** 28;
const CLOSE_SHIFT = 2 ** 26;

export async function alertReport(db: Db, orgId: string, period: ReportPeriod, asOf: Date): Promise<AlertReport> {
  const { from, to } = reportPeriod(period, asOf);
  const fromMs = from.getTime();
  const toMs = to.getTime();
  const [settings, rules, owners, openAtStart, facts, actions] = await Promise.all([
    alertSettings(db, orgId),
    store.namesById(db, orgId, 'rule'),
    store.namesById(db, orgId, 'owner'),
    store.openAt(db, orgId, fromMs),
    store.packedFacts(db, orgId, fromMs, toMs),
    store.listActions(db, orgId),
  ]);
  const accumulator = createTriageAccumulator({ from, to, asOf, targets: settings.targets, openAtStart });
  const { codes, durations } = facts;
  // Seconds from the period's start: the analytics work to the second.
  const createdSecond = new Float64Array(codes.length);
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    const second = Math.floor(code / CREATED_SHIFT);
    const low = code - second * CREATED_SHIFT;
    const rest = Math.floor(low / SEVERITY_SHIFT);
    const d = durations[i]!;
    createdSecond[i] = second;
    accumulator.add(low % OWNER_SHIFT, rest % 8, Math.floor(rest / 8) - 1, (Math.floor(low / OWNER_SHIFT) % 1024) - 1, fromMs + second * 1000, (d % CLOSE_SHIFT) - 1, Math.floor(d / CLOSE_SHIFT) - 1, i);
  }
  const analysis = accumulator.result({ rules, owners });
  // The worst breaches are named by their place in the period; look up just those alerts' own ids.
  const ids = await alertIdsOf(db, orgId, fromMs, createdSecond, analysis.breaches.map((b) => Number(b.alertId)));
  const actionOf = new Map(actions.map((a) => [a.finding_key, a.id]));
  const set = socFigures();
  return {
    asOf: asOf.toISOString(),
    period: { from: from.toISOString(), to: to.toISOString() },
    totals: analysis.totals,
    rules: analysis.rules,
    pareto: analysis.pareto,
    backlog: analysis.backlog,
    analysts: analysis.analysts,
    breaches: analysis.breaches.map((b) => ({ ...b, alertId: ids.get(Number(b.alertId)) ?? b.alertId })),
    findings: triageFindings(analysis, settings.targets).map((f) => ({ ...f, actionId: actionOf.get(f.key) ?? null })),
    targets: settings.targets,
    benchmarks: { version: set.version, figures: socComparisons(set.figures, analysis).map(({ dataPeriod: _period, ...figure }) => figure) },
  };
}

/**
 * The source ids of alerts by their place in the period's order. Alerts created in the same second
 * are told apart by their rank among those, which a read of that second meets in the same order.
 */
async function alertIdsOf(db: Db, orgId: string, fromMs: number, createdSecond: Float64Array, places: readonly number[]): Promise<Map<number, string>> {
  const ids = new Map<number, string>();
  // One read per second that holds a breach, however many breaches it holds.
  const bySecond = new Map<number, string[]>();
  for (const place of places) {
    const second = createdSecond[place]!;
    let first = place;
    while (first > 0 && createdSecond[first - 1] === second) first--;
    let inSecond = bySecond.get(second);
    if (!inSecond) {
      const start = fromMs + second * 1000;
      inSecond = await store.alertIdsCreatedIn(db, orgId, start, start + 1000);
      bySecond.set(second, inSecond);
    }
    const id = inSecond[place - first];
    if (id !== undefined) ids.set(place, id);
  }
  return ids;
}

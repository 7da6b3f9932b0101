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

export async function alertReport(db: Db, orgId: string, period: ReportPeriod, asOf: Date): Promise<AlertReport> {
  const { from, to } = reportPeriod(period, asOf);
  const fromMs = from.getTime();
  const toMs = to.getTime();
  const orgKey = await store.orgKeyOf(db, orgId);
  const [settings, rules, owners, openAtStart, facts, actions] = await Promise.all([
    alertSettings(db, orgId),
    store.namesById(db, orgId, 'rule'),
    store.namesById(db, orgId, 'owner'),
    orgKey === undefined ? 0 : store.openAt(db, orgKey, fromMs),
    orgKey === undefined ? store.NO_FACTS : store.factsCreatedIn(db, orgKey, fromMs, toMs),
    store.listActions(db, orgId),
  ]);
  const accumulator = createTriageAccumulator({ from, to, asOf, targets: settings.targets, openAtStart });
  const { createdMs, triageSeconds, closeSeconds } = facts;
  // Seconds from the period's start: the analytics work to the second.
  const createdSecond = new Float64Array(createdMs.length);
  for (let i = 0; i < createdMs.length; i++) {
    const code = facts.facts[i]!;
    const second = Math.floor((createdMs[i]! - fromMs) / 1000);
    createdSecond[i] = second;
    // rule + 2^12 (analyst + 1) + 2^22 (severity + 8 (classification + 1)), as the store packs it (packedSql).
    accumulator.add(code & 4095, (code >> 22) & 7, (code >> 25) - 1, ((code >> 12) & 1023) - 1, fromMs + second * 1000, triageSeconds[i]!, closeSeconds[i]!, i);
  }
  const analysis = accumulator.result({ rules, owners });
  // The worst breaches are named by their place in the period; look up just those alerts' own ids.
  const ids = orgKey === undefined ? new Map<number, string>() : await alertIdsOf(db, orgKey, fromMs, createdSecond, analysis.breaches.map((b) => Number(b.alertId)));
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
async function alertIdsOf(db: Db, orgKey: number, fromMs: number, createdSecond: Float64Array, places: readonly number[]): Promise<Map<number, string>> {
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
      inSecond = await store.alertIdsCreatedIn(db, orgKey, start, start + 1000);
      bySecond.set(second, inSecond);
    }
    const id = inSecond[place - first];
    if (id !== undefined) ids.set(place, id);
  }
  return ids;
}

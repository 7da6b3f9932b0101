// Alert-triage analytics in one pass over the alert history: volume, noise, speed and load per
// detection rule and per analyst, the daily backlog and the triage targets missed. Rows arrive as
// integer codes, not objects, and land in typed arrays indexed by those codes, so that a million
// alerts streamed from the store cost tens of milliseconds; partial results from several workers merge
// exactly.
//
// How the figures are worked out (docs/alerts.md says the same for readers):
// - The period holds the alerts created in [from, to); every other alert is ignored.
// - Rates are over classified alerts (classification given; "undetermined" counts as classified but
//   is neither a false nor a benign positive).
// - Time to triage = triaged − created; time to close = closed − created; median and 90th percentile
//   (linear interpolation, as a spreadsheet's PERCENTILE.INC) over the alerts that have it, in minutes.
// - Handling time of a closed alert = closed − (triaged, or created when never triaged).
// - Pareto: rules with any noise (false + benign positives), most first (ties by name); the vital few
//   are the rules up to and including the one that takes the running share of all noise to 80%.
// - Backlog: per UK calendar day from `from` to the earlier of `to` and the as-of instant, alerts
//   created and closed that day, and open at its end = open at the start of the period + created so
//   far − closed so far. Only the period's alerts count as closed; a close after the as-of instant
//   has not happened yet.
// - Triage breach: triaged later than the severity's target after creation, or not triaged by the
//   as-of instant and older than the target then. The 100 longest past their target are listed.
// - An alert is open now when created by the as-of instant and not closed by it.
// - Analysts: the alerts each owner holds; their share is of the alerts that have an owner.
// - Alerts per day = alerts in the period / the UK days of the backlog.
import {
  ALERT_SEVERITIES,
  type AlertFacts,
  type AlertReport,
  type AlertSeverity,
  CLASSIFICATIONS,
  type DurationStats,
  type ParetoEntry,
  type TriageBreach,
  type TriageTargets,
} from '../../../contract/alerts.js';
import { percentilesOf } from '../../../platform/statistics.js';
import { ukDaysBetween, type UkDays } from './uk-days.js';

const TRUE_POSITIVE = CLASSIFICATIONS.indexOf('true-positive');
const BENIGN_POSITIVE = CLASSIFICATIONS.indexOf('benign-positive');
const FALSE_POSITIVE = CLASSIFICATIONS.indexOf('false-positive');
const SEVERITY_COUNT = ALERT_SEVERITIES.length;
/** How many of the worst triage breaches the report lists; the count covers them all. */
export const WORST_BREACHES = 100;
/** The running share of all noise that the vital few rules reach. */
export const VITAL_FEW_SHARE = 0.8;

export type AlertReportParts = Omit<AlertReport, 'findings' | 'benchmarks' | 'asOf' | 'targets' | 'period'>;

/** The report's parts, and what the findings and survey comparisons need beyond them. */
export interface TriageAnalysis extends AlertReportParts {
  /** Each rule's commonest severity (ties to the more severe): its triage is judged by that target. */
  commonestSeverity: Record<string, AlertSeverity>;
  /** Closed alerts in the period, and those of them closed without a classification. */
  closed: number;
  closedUnclassified: number;
  /** Handling minutes of the closed alerts classified as false positives. */
  falsePositiveHandlingMinutes: number;
}

export interface AccumulatorOptions {
  from: Date;
  to: Date;
  asOf: Date;
  targets: TriageTargets;
  /** Alerts created before `from` and still open at it. */
  openAtStart: number;
}

export interface TriageAccumulator {
  /**
   * One alert: rule and owner are indexes into name lists the caller keeps (owner -1 = none);
   * severity is the index in ALERT_SEVERITIES; classification the index in CLASSIFICATIONS or -1;
   * createdMs epoch ms; triage/close are whole seconds from creation, or -1 when not reached.
   * alertIndex names the alert in the breaches list (through `alertIds`); it defaults to the
   * order of the calls.
   */
  add(rule: number, severity: number, classification: number, owner: number, createdMs: number, triageSeconds: number, closeSeconds: number, alertIndex?: number): void;
  /** Partials combine exactly (a caller may split the rows across workers built with the same options). */
  merge(other: TriageAccumulator): void;
  result(names: { rules: string[]; owners: string[]; alertIds?: (i: number) => string }): TriageAnalysis;
}

/** Durations in whole seconds, growing as they come; read once, for their median and 90th percentile. */
class Seconds {
  values = new Int32Array(8);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) this.reserve(this.length * 2);
    this.values[this.length++] = value;
  }

  append(other: Seconds): void {
    this.reserve(this.length + other.length);
    this.values.set(other.values.subarray(0, other.length), this.length);
    this.length += other.length;
  }

  /** The values held, in no particular order (reading their percentiles reorders them). */
  held(): Int32Array {
    return this.values.subarray(0, this.length);
  }

  private reserve(size: number): void {
    if (size <= this.values.length) return;
    const grown = new Int32Array(Math.max(size, this.values.length * 2));
    grown.set(this.values.subarray(0, this.length));
    this.values = grown;
  }
}

function grown<T extends Int32Array | Float64Array>(array: T, size: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(size);
  bigger.set(array);
  return bigger;
}

function add<T extends Int32Array | Float64Array>(into: T, from: T): void {
  for (let i = 0; i < from.length; i++) into[i]! += from[i]!;
}

/** Median and 90th percentile in minutes (seconds / 60, not rounded). */
function durationStats(seconds: Int32Array): DurationStats {
  const [median, p90] = percentilesOf(seconds, [50, 90]) as [number | null, number | null];
  return { count: seconds.length, medianMinutes: median === null ? null : median / 60, p90Minutes: p90 === null ? null : p90 / 60 };
}

const secondsList = (lists: Array<Seconds | undefined>, i: number) => (lists[i] ??= new Seconds());

function allOf(lists: Array<Seconds | undefined>): Int32Array {
  const all = new Seconds();
  for (const list of lists) if (list) all.append(list);
  return all.held();
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const rate = (part: number, whole: number) => (whole ? part / whole : null);

interface Breach {
  over: number;
  index: number;
  rule: number;
  severity: number;
  createdMs: number;
  /** Null while untriaged as of the as-of instant. */
  triagedMs: number | null;
  minutes: number;
}

/** Worse: further past its target; between equals, the earlier alert, so the list never depends on order. */
const worse = (a: Breach, b: Breach) => a.over > b.over || (a.over === b.over && a.index < b.index);

class Accumulator implements TriageAccumulator {
  private readonly fromMs: number;
  private readonly toMs: number;
  private readonly asOfMs: number;
  private readonly targetSeconds: Float64Array;
  private readonly openAtStart: number;
  private readonly days: UkDays;
  private calls = 0;

  // Per rule, indexed by its code.
  private ruleCapacity = 0;
  private ruleAlerts = new Int32Array(0);
  private ruleClassified = new Int32Array(0);
  private ruleTrue = new Int32Array(0);
  private ruleFalse = new Int32Array(0);
  private ruleBenign = new Int32Array(0);
  private ruleBreaches = new Int32Array(0);
  private ruleSeverities = new Int32Array(0);
  private ruleHandlingSeconds = new Float64Array(0);
  private readonly ruleTriage: Array<Seconds | undefined> = [];
  private readonly ruleClose: Array<Seconds | undefined> = [];

  // Per owner, indexed by its code.
  private ownerCapacity = 0;
  private ownerAlerts = new Int32Array(0);
  private ownerClosed = new Int32Array(0);
  private ownerOpen = new Int32Array(0);
  private readonly ownerClose: Array<Seconds | undefined> = [];

  private open = 0;
  private closed = 0;
  private closedUnclassified = 0;
  private falsePositiveHandlingSeconds = 0;
  private readonly createdPerDay: Int32Array;
  private readonly closedPerDay: Int32Array;
  private worst: Breach[] = [];
  private leastWorst = -1;

  constructor(options: AccumulatorOptions) {
    this.fromMs = options.from.getTime();
    this.toMs = options.to.getTime();
    this.asOfMs = options.asOf.getTime();
    this.targetSeconds = Float64Array.from(ALERT_SEVERITIES, (s) => options.targets[s] * 60);
    this.openAtStart = options.openAtStart;
    this.days = ukDaysBetween(this.fromMs, Math.min(this.toMs, this.asOfMs));
    this.createdPerDay = new Int32Array(this.days.days.length);
    this.closedPerDay = new Int32Array(this.days.days.length);
  }

  add(rule: number, severity: number, classification: number, owner: number, createdMs: number, triageSeconds: number, closeSeconds: number, alertIndex = this.calls): void {
    this.calls += 1;
    if (createdMs < this.fromMs || createdMs >= this.toMs) return;
    if (rule >= this.ruleCapacity) this.growRules(rule + 1);
    const asOf = this.asOfMs;

    this.ruleAlerts[rule]! += 1;
    this.ruleSeverities[rule * SEVERITY_COUNT + severity]! += 1;
    if (classification >= 0) {
      this.ruleClassified[rule]! += 1;
      if (classification === FALSE_POSITIVE) this.ruleFalse[rule]! += 1;
      else if (classification === BENIGN_POSITIVE) this.ruleBenign[rule]! += 1;
      else if (classification === TRUE_POSITIVE) this.ruleTrue[rule]! += 1;
    }
    if (triageSeconds >= 0) secondsList(this.ruleTriage, rule).push(triageSeconds);

    const closedMs = closeSeconds >= 0 ? createdMs + closeSeconds * 1000 : Infinity;
    if (closeSeconds >= 0) {
      secondsList(this.ruleClose, rule).push(closeSeconds);
      const handling = Math.max(0, closeSeconds - (triageSeconds >= 0 ? triageSeconds : 0));
      this.ruleHandlingSeconds[rule]! += handling;
      if (classification === FALSE_POSITIVE) this.falsePositiveHandlingSeconds += handling;
      this.closed += 1;
      if (classification < 0) this.closedUnclassified += 1;
    }
    const openNow = createdMs <= asOf && closedMs > asOf;
    if (openNow) this.open += 1;

    if (owner >= 0) {
      if (owner >= this.ownerCapacity) this.growOwners(owner + 1);
      this.ownerAlerts[owner]! += 1;
      if (closeSeconds >= 0) {
        this.ownerClosed[owner]! += 1;
        secondsList(this.ownerClose, owner).push(closeSeconds);
      }
      if (openNow) this.ownerOpen[owner]! += 1;
    }

    if (createdMs <= asOf) {
      const day = this.days.indexOf(createdMs);
      if (day >= 0) this.createdPerDay[day]! += 1;
    }
    if (closedMs <= asOf) {
      const day = this.days.indexOf(closedMs);
      if (day >= 0) this.closedPerDay[day]! += 1;
    }

    const target = this.targetSeconds[severity]!;
    const triagedMs = triageSeconds >= 0 ? createdMs + triageSeconds * 1000 : Infinity;
    if (triagedMs <= asOf) {
      if (triageSeconds > target) this.breach(alertIndex, rule, severity, createdMs, triagedMs, triageSeconds / 60, target);
    } else if (asOf - createdMs > target * 1000) {
      this.breach(alertIndex, rule, severity, createdMs, null, (asOf - createdMs) / 60_000, target);
    }
  }

  private breach(index: number, rule: number, severity: number, createdMs: number, triagedMs: number | null, minutes: number, targetSeconds: number): void {
    this.ruleBreaches[rule]! += 1;
    this.keepIfWorst({ over: minutes - targetSeconds / 60, index, rule, severity, createdMs, triagedMs, minutes });
  }

  /** Keeps the worst breaches seen so far: replacing the least of them is rare once the list is full. */
  private keepIfWorst(breach: Breach): void {
    if (this.worst.length < WORST_BREACHES) {
      this.worst.push(breach);
      if (this.worst.length === WORST_BREACHES) this.findLeastWorst();
      return;
    }
    if (!worse(breach, this.worst[this.leastWorst]!)) return;
    this.worst[this.leastWorst] = breach;
    this.findLeastWorst();
  }

  private findLeastWorst(): void {
    let least = 0;
    for (let i = 1; i < this.worst.length; i++) if (worse(this.worst[least]!, this.worst[i]!)) least = i;
    this.leastWorst = least;
  }

  private growRules(needed: number): void {
    const size = Math.max(needed, this.ruleCapacity * 2, 16);
    this.ruleAlerts = grown(this.ruleAlerts, size);
    this.ruleClassified = grown(this.ruleClassified, size);
    this.ruleTrue = grown(this.ruleTrue, size);
    this.ruleFalse = grown(this.ruleFalse, size);
    this.ruleBenign = grown(this.ruleBenign, size);
    this.ruleBreaches = grown(this.ruleBreaches, size);
    this.ruleSeverities = grown(this.ruleSeverities, size * SEVERITY_COUNT);
    this.ruleHandlingSeconds = grown(this.ruleHandlingSeconds, size);
    this.ruleCapacity = size;
  }

  private growOwners(needed: number): void {
    const size = Math.max(needed, this.ownerCapacity * 2, 16);
    this.ownerAlerts = grown(this.ownerAlerts, size);
    this.ownerClosed = grown(this.ownerClosed, size);
    this.ownerOpen = grown(this.ownerOpen, size);
    this.ownerCapacity = size;
  }

  merge(partial: TriageAccumulator): void {
    if (!(partial instanceof Accumulator)) throw new Error('Only accumulators made by createTriageAccumulator can be merged.');
    const other = partial;
    if (other.fromMs !== this.fromMs || other.toMs !== this.toMs || other.asOfMs !== this.asOfMs) throw new Error('Only accumulators over the same period and as-of instant can be merged.');
    if (other.ruleCapacity > this.ruleCapacity) this.growRules(other.ruleCapacity);
    if (other.ownerCapacity > this.ownerCapacity) this.growOwners(other.ownerCapacity);
    add(this.ruleAlerts, other.ruleAlerts);
    add(this.ruleClassified, other.ruleClassified);
    add(this.ruleTrue, other.ruleTrue);
    add(this.ruleFalse, other.ruleFalse);
    add(this.ruleBenign, other.ruleBenign);
    add(this.ruleBreaches, other.ruleBreaches);
    add(this.ruleSeverities, other.ruleSeverities);
    add(this.ruleHandlingSeconds, other.ruleHandlingSeconds);
    add(this.ownerAlerts, other.ownerAlerts);
    add(this.ownerClosed, other.ownerClosed);
    add(this.ownerOpen, other.ownerOpen);
    add(this.createdPerDay, other.createdPerDay);
    add(this.closedPerDay, other.closedPerDay);
    const appendAll = (into: Array<Seconds | undefined>, from: Array<Seconds | undefined>) =>
      from.forEach((list, i) => list && secondsList(into, i).append(list));
    appendAll(this.ruleTriage, other.ruleTriage);
    appendAll(this.ruleClose, other.ruleClose);
    appendAll(this.ownerClose, other.ownerClose);
    this.open += other.open;
    this.closed += other.closed;
    this.closedUnclassified += other.closedUnclassified;
    this.falsePositiveHandlingSeconds += other.falsePositiveHandlingSeconds;
    for (const breach of other.worst) this.keepIfWorst(breach);
  }

  result(names: { rules: string[]; owners: string[]; alertIds?: (i: number) => string }): TriageAnalysis {
    const ruleName = (i: number) => names.rules[i] ?? `rule ${i}`;
    const used: number[] = [];
    for (let r = 0; r < this.ruleCapacity; r++) if (this.ruleAlerts[r]! > 0) used.push(r);
    used.sort((a, b) => this.ruleAlerts[b]! - this.ruleAlerts[a]! || byName(ruleName(a), ruleName(b)));

    let alerts = 0;
    let classified = 0;
    let falsePositives = 0;
    let benignPositives = 0;
    let handlingSeconds = 0;
    let breaches = 0;
    for (const r of used) {
      alerts += this.ruleAlerts[r]!;
      classified += this.ruleClassified[r]!;
      falsePositives += this.ruleFalse[r]!;
      benignPositives += this.ruleBenign[r]!;
      handlingSeconds += this.ruleHandlingSeconds[r]!;
      breaches += this.ruleBreaches[r]!;
    }

    const commonestSeverity: Record<string, AlertSeverity> = {};
    const rules = used.map((r) => {
      const name = ruleName(r);
      let commonest = 0;
      for (let s = 1; s < SEVERITY_COUNT; s++) if (this.ruleSeverities[r * SEVERITY_COUNT + s]! > this.ruleSeverities[r * SEVERITY_COUNT + commonest]!) commonest = s;
      commonestSeverity[name] = ALERT_SEVERITIES[commonest]!;
      const ruleClassified = this.ruleClassified[r]!;
      return {
        rule: name,
        alerts: this.ruleAlerts[r]!,
        shareOfAlerts: this.ruleAlerts[r]! / alerts,
        classified: ruleClassified,
        truePositives: this.ruleTrue[r]!,
        falsePositives: this.ruleFalse[r]!,
        benignPositives: this.ruleBenign[r]!,
        falsePositiveRate: rate(this.ruleFalse[r]!, ruleClassified),
        benignRate: rate(this.ruleBenign[r]!, ruleClassified),
        timeToTriage: durationStats(this.ruleTriage[r]?.held() ?? new Int32Array(0)),
        timeToClose: durationStats(this.ruleClose[r]?.held() ?? new Int32Array(0)),
        handlingMinutes: this.ruleHandlingSeconds[r]! / 60,
        shareOfHandling: handlingSeconds ? this.ruleHandlingSeconds[r]! / handlingSeconds : 0,
        triageBreaches: this.ruleBreaches[r]!,
      };
    });

    const days = this.days.days;
    let open = this.openAtStart;
    const backlog = days.map((day, i) => {
      open += this.createdPerDay[i]! - this.closedPerDay[i]!;
      return { day, open, created: this.createdPerDay[i]!, closed: this.closedPerDay[i]! };
    });

    let owned = 0;
    for (let o = 0; o < this.ownerCapacity; o++) owned += this.ownerAlerts[o]!;
    const ownerName = (i: number) => names.owners[i] ?? `owner ${i}`;
    const owners: number[] = [];
    for (let o = 0; o < this.ownerCapacity; o++) if (this.ownerAlerts[o]! > 0) owners.push(o);
    owners.sort((a, b) => this.ownerAlerts[b]! - this.ownerAlerts[a]! || byName(ownerName(a), ownerName(b)));
    const analysts = owners.map((o) => ({
      owner: ownerName(o),
      alerts: this.ownerAlerts[o]!,
      closed: this.ownerClosed[o]!,
      openNow: this.ownerOpen[o]!,
      shareOfAlerts: this.ownerAlerts[o]! / owned,
      timeToClose: durationStats(this.ownerClose[o]?.held() ?? new Int32Array(0)),
    }));

    const alertId = names.alertIds ?? String;
    const worstBreaches: TriageBreach[] = [...this.worst]
      .sort((a, b) => (worse(a, b) ? -1 : 1))
      .map((b) => ({
        alertId: alertId(b.index),
        rule: ruleName(b.rule),
        severity: ALERT_SEVERITIES[b.severity]!,
        created: new Date(b.createdMs).toISOString(),
        triaged: b.triagedMs === null ? null : new Date(b.triagedMs).toISOString(),
        targetMinutes: this.targetSeconds[b.severity]! / 60,
        minutes: b.minutes,
      }));

    return {
      totals: {
        alerts,
        open: this.open,
        classified,
        falsePositiveRate: rate(falsePositives, classified),
        benignRate: rate(benignPositives, classified),
        alertsPerDay: days.length ? alerts / days.length : 0,
        timeToTriage: durationStats(allOf(this.ruleTriage)),
        timeToClose: durationStats(allOf(this.ruleClose)),
        triageBreaches: breaches,
      },
      rules,
      pareto: paretoOf(rules),
      backlog,
      analysts,
      breaches: worstBreaches,
      commonestSeverity,
      closed: this.closed,
      closedUnclassified: this.closedUnclassified,
      falsePositiveHandlingMinutes: this.falsePositiveHandlingSeconds / 60,
    };
  }
}

/** Rules by noise, most first; the vital few take the running share of all noise to 80%. */
export function paretoOf(rules: ReadonlyArray<{ rule: string; falsePositives: number; benignPositives: number }>): ParetoEntry[] {
  const noisy = rules
    .map((r) => ({ rule: r.rule, noise: r.falsePositives + r.benignPositives }))
    .filter((r) => r.noise > 0)
    .sort((a, b) => b.noise - a.noise || byName(a.rule, b.rule));
  const total = noisy.reduce((sum, r) => sum + r.noise, 0);
  let running = 0;
  let reached = false;
  return noisy.map(({ rule, noise }) => {
    const inVitalFew = !reached;
    running += noise;
    // Shares as running / total, not summed fractions, so that 80 of 100 is exactly 0.8.
    if (running / total >= VITAL_FEW_SHARE) reached = true;
    return { rule, noise, share: noise / total, cumulativeShare: running / total, inVitalFew };
  });
}

export function createTriageAccumulator(options: AccumulatorOptions): TriageAccumulator {
  return new Accumulator(options);
}

const SEVERITY_CODE = new Map<string, number>(ALERT_SEVERITIES.map((s, i) => [s, i]));
const CLASSIFICATION_CODE = new Map<string, number>(CLASSIFICATIONS.map((c, i) => [c, i]));

/** Whole seconds from one ISO instant to another, or -1 when the second is missing. */
function secondsFrom(startMs: number, instant: string | null): number {
  return instant === null ? -1 : Math.max(0, Math.round((Date.parse(instant) - startMs) / 1000));
}

/** The analytics over alerts given as objects: codes them and runs the accumulator. */
export function analyseAlerts(alerts: readonly AlertFacts[], options: AccumulatorOptions): TriageAnalysis {
  const rules = new Map<string, number>();
  const owners = new Map<string, number>();
  const codeOf = (codes: Map<string, number>, name: string) => {
    let code = codes.get(name);
    if (code === undefined) codes.set(name, (code = codes.size));
    return code;
  };
  const accumulator = createTriageAccumulator(options);
  alerts.forEach((alert, i) => {
    const createdMs = Date.parse(alert.created);
    accumulator.add(
      codeOf(rules, alert.rule),
      SEVERITY_CODE.get(alert.severity)!,
      alert.classification === null ? -1 : CLASSIFICATION_CODE.get(alert.classification)!,
      alert.owner === null ? -1 : codeOf(owners, alert.owner),
      createdMs,
      secondsFrom(createdMs, alert.triaged),
      secondsFrom(createdMs, alert.closed),
      i,
    );
  });
  return accumulator.result({ rules: [...rules.keys()], owners: [...owners.keys()], alertIds: (i) => alerts[i]!.alertId });
}

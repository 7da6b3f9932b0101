// What the alert history says, in plain words a security lead can act on: noisy rules, slow triage,
// a growing backlog, one analyst carrying the queue, alerts closed unclassified, targets missed. Each
// finding has a key that stays the same for the same subject, so that it becomes an action once.
import { ALERT_SEVERITY_LABELS, type TriageFinding, type TriageTargets } from '../../../contract/alerts.js';
import type { TriageAnalysis } from './triage-accumulator.js';

/** The thresholds a finding needs; docs/alerts.md lists them for readers. */
export const FINDING_THRESHOLDS = {
  /** A noisy rule is in the vital few, with at least this share of its classified alerts false or benign… */
  noisyRuleNoiseRate: 0.8,
  /** …and at least this share of all alerts. */
  noisyRuleShareOfAlerts: 0.05,
  /** The backlog grows when open alerts at the end are at least this much above the start… */
  backlogGrowth: 0.2,
  /** …and up by at least this many. */
  backlogRise: 10,
  /** One owner carries more than this many times the mean share… */
  overloadTimesMean: 2,
  /** …among at least this many owners. */
  overloadMinOwners: 3,
  /** More than this share of closed alerts closed without a classification. */
  unclassifiedShare: 0.2,
  /** More than this share of alerts past their triage target. */
  breachShare: 0.1,
} as const;

type FindingInput = Pick<TriageAnalysis, 'totals' | 'rules' | 'pareto' | 'backlog' | 'analysts' | 'commonestSeverity' | 'closed' | 'closedUnclassified'>;

const T = FINDING_THRESHOLDS;
const pct = (share: number) => `${Math.round(share * 100)}%`;
const count = (n: number) => n.toLocaleString('en-GB');
const DAY_IN_WORDS = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayInWords = (day: string) => DAY_IN_WORDS.format(new Date(`${day}T12:00:00Z`));

/** A duration as people say it: minutes up to 90, hours up to two days, then days. */
export function minutesInWords(minutes: number): string {
  const say = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (minutes < 90) return say(Math.round(minutes), 'minute');
  if (minutes < 48 * 60) return say(Math.round(minutes / 6) / 10, 'hour');
  return say(Math.round(minutes / 144) / 10, 'day');
}

const finding = (kind: TriageFinding['kind'], subject: string, text: string, recommendation: string, key = `${kind}:${subject}`): TriageFinding => ({
  key,
  kind,
  subject,
  text,
  recommendation,
  actionId: null,
});

function noisyRules(input: FindingInput): TriageFinding[] {
  const vitalFew = new Set(input.pareto.filter((p) => p.inVitalFew).map((p) => p.rule));
  return input.rules
    .filter((r) => vitalFew.has(r.rule) && r.classified > 0 && (r.falsePositives + r.benignPositives) / r.classified >= T.noisyRuleNoiseRate && r.shareOfAlerts >= T.noisyRuleShareOfAlerts)
    .map((r) => {
      const noise = r.benignPositives
        ? `${pct(r.falsePositiveRate!)} false positive and ${pct(r.benignRate!)} benign positive`
        : `${pct(r.falsePositiveRate!)} false positive`;
      return finding('noisy-rule', r.rule, `Rule "${r.rule}": ${pct(r.shareOfAlerts)} of alerts, ${noise}.`, 'Tune or suppress it.');
    });
}

function slowTriage(input: FindingInput, targets: TriageTargets): TriageFinding[] {
  return input.rules.flatMap((r) => {
    const severity = input.commonestSeverity[r.rule];
    const median = r.timeToTriage.medianMinutes;
    if (!severity || median === null || median <= targets[severity]) return [];
    const text = `Rule "${r.rule}": median time to triage ${minutesInWords(median)}, against a target of ${minutesInWords(targets[severity])} for its mostly ${ALERT_SEVERITY_LABELS[severity].toLowerCase()} alerts.`;
    return [finding('slow-triage', r.rule, text, 'Find what holds its triage up: add context to the alert, automate the first checks, or send it to the team that can act on it.')];
  });
}

function backlogGrowing(input: FindingInput): TriageFinding[] {
  const first = input.backlog[0];
  const last = input.backlog[input.backlog.length - 1];
  if (!first || !last) return [];
  const start = first.open - first.created + first.closed;
  const rise = last.open - start;
  if (rise < T.backlogRise || last.open < start * (1 + T.backlogGrowth)) return [];
  const from = start ? `from ${count(start)} at the start of the period` : 'from none at the start of the period';
  const up = start ? ` (up ${pct(rise / start)})` : '';
  return [
    finding(
      'backlog-growing',
      'Open alerts',
      `Open alerts rose ${from} to ${count(last.open)} at the end of ${dayInWords(last.day)}${up}.`,
      'Clear the oldest open alerts, find which rules feed the queue, and tune them or add analyst time.',
      'backlog-growing',
    ),
  ];
}

function analystOverload(input: FindingInput): TriageFinding[] {
  const owners = input.analysts.length;
  if (owners < T.overloadMinOwners) return [];
  const meanShare = input.analysts.reduce((sum, a) => sum + a.shareOfAlerts, 0) / owners;
  return input.analysts
    .filter((a) => a.shareOfAlerts > T.overloadTimesMean * meanShare)
    .map((a) =>
      finding(
        'analyst-overload',
        a.owner,
        `${a.owner} holds ${pct(a.shareOfAlerts)} of the alerts with an owner, against an average of ${pct(meanShare)} across ${owners} analysts.`,
        'Share the queue more evenly, and check that no rule is routed to one person only.',
      ),
    );
}

function unclassified(input: FindingInput): TriageFinding[] {
  if (!input.closed || input.closedUnclassified / input.closed <= T.unclassifiedShare) return [];
  return [
    finding(
      'unclassified',
      'Classification',
      `${pct(input.closedUnclassified / input.closed)} of closed alerts (${count(input.closedUnclassified)} of ${count(input.closed)}) were closed without a classification.`,
      'Ask for a classification when an alert is closed: without it, noise cannot be measured or tuned away.',
      'unclassified',
    ),
  ];
}

function targetBreaches(input: FindingInput): TriageFinding[] {
  const { alerts, triageBreaches } = input.totals;
  if (!alerts || triageBreaches / alerts <= T.breachShare) return [];
  return [
    finding(
      'target-breaches',
      'Triage targets',
      `${pct(triageBreaches / alerts)} of alerts (${count(triageBreaches)} of ${count(alerts)}) were not triaged within their target.`,
      'Triage by severity first, and check the targets against the analyst time there is.',
      'target-breaches',
    ),
  ];
}

/** The findings, in the order of their kinds, each kind in the order of the report's rules or analysts. */
export function triageFindings(input: FindingInput, targets: TriageTargets): TriageFinding[] {
  return [...noisyRules(input), ...slowTriage(input, targets), ...backlogGrowing(input), ...analystOverload(input), ...unclassified(input), ...targetBreaches(input)];
}

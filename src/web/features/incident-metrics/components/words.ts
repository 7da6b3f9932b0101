// The incident metrics' words: each measured interval and the milestones it runs between, kinds and
// severities as the register names them, durations in the unit people think in, and what could not be
// counted, said plainly. The contract's labels are values of a server module, so the few needed here
// are written out again; their types keep them in step with it.
import type { BenchmarkFigure, IncidentKind, MetricId, Severity, TargetMetric } from '../../../../contract/incidents';

export const METRIC_ORDER: readonly MetricId[] = ['detect', 'acknowledge', 'triage', 'contain', 'recover', 'close', 'lifecycle', 'notify'];
export const KIND_ORDER: readonly IncidentKind[] = ['cyber', 'data-breach', 'near-miss'];
export const SEVERITY_ORDER: readonly Severity[] = ['critical', 'high', 'medium', 'low'];
export const TARGET_METRIC_ORDER: readonly TargetMetric[] = ['acknowledge', 'triage', 'contain', 'recover'];

export const METRIC_LABELS: Record<MetricId, string> = {
  detect: 'Time to detect',
  acknowledge: 'Time to acknowledge',
  triage: 'Time to triage',
  contain: 'Time to contain',
  recover: 'Time to recover',
  close: 'Time to close',
  lifecycle: 'Occurrence to containment',
  notify: 'Time to notify the ICO',
};

/** The milestones each interval runs between, as the "lacked a … time" sentence needs them. */
export const METRIC_SPAN_WORDS: Record<MetricId, { from: string; to: string }> = {
  detect: { from: 'occurred', to: 'detected' },
  acknowledge: { from: 'detected', to: 'acknowledged' },
  triage: { from: 'detected', to: 'triaged' },
  contain: { from: 'detected', to: 'contained' },
  recover: { from: 'detected', to: 'recovered' },
  close: { from: 'detected', to: 'closed' },
  lifecycle: { from: 'occurred', to: 'contained' },
  notify: { from: 'detected', to: 'ICO notification' },
};

export const KIND_LABELS: Record<IncidentKind, string> = {
  cyber: 'Cyber incident',
  'data-breach': 'Data security and protection breach',
  'near-miss': 'Near miss',
};

export const SEVERITY_LABELS: Record<Severity, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' };

/** Likelihood and severity of harm on the notification grid, 1 to 5, in our own short words. */
export const LIKELIHOOD_LABELS = ['Has not occurred', 'Not likely', 'Likely', 'Highly likely', 'Has occurred'] as const;
export const HARM_LABELS = ['No adverse effect', 'Minor', 'Adverse', 'Serious', 'Catastrophic'] as const;

const oneDecimal = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const upToOneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** Below this many hours a duration is said in hours; from it, in days. */
export const DAYS_FROM_HOURS = 72;

/** "5.5 hours", "3.2 days": hours below 72, days from there, one decimal; `fallback` when nothing was measured. */
export function durationWords(hours: number | null, fallback = 'Not measured'): string {
  if (hours === null || !Number.isFinite(hours)) return fallback;
  if (hours > 0 && hours < 0.05) return 'less than 0.1 hours';
  if (hours < DAYS_FROM_HOURS) return `${oneDecimal.format(hours)} hours`;
  return `${oneDecimal.format(hours / 24)} days`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

/**
 * The incidents left out of a metric, honestly: "3 incidents lacked a contained time and are not
 * counted". Either milestone may be the one missing, so both are named when they could be.
 */
export function lackingWords(metric: MetricId, missing: number): string {
  if (missing === 0) return 'None';
  const { from, to } = METRIC_SPAN_WORDS[metric];
  const who = metric === 'notify' ? plural(missing, 'reportable incident') : plural(missing, 'incident');
  const verb = missing === 1 ? 'is' : 'are';
  const lacked = metric === 'notify' ? `a ${from} time or an ${to}` : `${article(from)} ${from} or ${to} time`;
  return `${who} lacked ${lacked} and ${verb} not counted`;
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/** "March 2026" from "2026-03". */
export function monthWords(month: string): string {
  const [year, number] = month.split('-');
  const name = MONTHS[Number(number) - 1];
  return name && year ? `${name} ${year}` : month;
}

/** "Mar" from "2026-03", for a chart's axis. */
export function monthShort(month: string): string {
  return monthWords(month).slice(0, 3);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

type Stat = BenchmarkFigure['stat'];

export const STAT_WORDS: Record<Stat, string> = {
  mean: 'Mean',
  median: 'Median',
  pct: 'Share',
  threshold: 'Deadline',
  count: 'Count',
  mean_difference: 'Difference of means',
};

export const STATUS_WORDS: Record<BenchmarkFigure['status'], string> = {
  V: 'V, verified at the publisher',
  'V-derived': 'V, worked out from figures verified at the publisher',
  S: 'S, given alike by two or more secondary sources',
};

/** A figure in its own unit: "194 days", "46%", "72 hours". */
export function figureValueWords(value: number, unit: string): string {
  if (unit === 'pct') return `${upToOneDecimal.format(value)}%`;
  if (unit === 'days') return `${upToOneDecimal.format(value)} ${value === 1 ? 'day' : 'days'}`;
  if (unit === 'hours') return `${upToOneDecimal.format(value)} ${value === 1 ? 'hour' : 'hours'}`;
  return `${upToOneDecimal.format(value)} ${unit}`;
}

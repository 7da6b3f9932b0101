// The API contract for alert-triage analytics: the security operations team's own alert history,
// imported from Sentinel, Defender, Splunk or any CSV/NDJSON, read as volume, noise, speed and load per
// detection rule and per analyst, with findings in plain words that become actions.
import { z } from 'zod';

/** How an analyst closed an alert. Blank (not yet classified) is `null`. */
export const CLASSIFICATIONS = ['true-positive', 'benign-positive', 'false-positive', 'undetermined'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];
export const CLASSIFICATION_LABELS: Record<Classification, string> = {
  'true-positive': 'True positive',
  'benign-positive': 'Benign positive',
  'false-positive': 'False positive',
  undetermined: 'Undetermined',
};

export const ALERT_SEVERITIES = ['critical', 'high', 'medium', 'low', 'informational'] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];
export const ALERT_SEVERITY_LABELS: Record<AlertSeverity, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low', informational: 'Informational' };

export const ALERT_STATUSES = ['new', 'active', 'closed'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

/** The file shapes the alert import reads: two built-in mappings and any CSV or NDJSON. */
export const ALERT_SOURCES = ['sentinel', 'splunk', 'csv', 'ndjson'] as const;
export type AlertSource = (typeof ALERT_SOURCES)[number];

/** One stored alert in its latest state, as the analytics read it. */
export interface AlertFacts {
  alertId: string;
  rule: string;
  severity: AlertSeverity;
  status: AlertStatus;
  classification: Classification | null;
  owner: string | null;
  /** ISO instants. */
  created: string;
  triaged: string | null;
  closed: string | null;
}

/** Minutes allowed from an alert's creation to its triage, per severity. */
export const triageTargets = z.object(Object.fromEntries(ALERT_SEVERITIES.map((s) => [s, z.number().int().min(1).max(60 * 24 * 30)])) as Record<AlertSeverity, z.ZodNumber>);
export type TriageTargets = z.infer<typeof triageTargets>;

/** Median and p90 of a duration in minutes, over the alerts that have it. */
export const durationStats = z.object({ count: z.number().int(), medianMinutes: z.number().nullable(), p90Minutes: z.number().nullable() });
export type DurationStats = z.infer<typeof durationStats>;

export const ruleStats = z.object({
  rule: z.string(),
  alerts: z.number().int(),
  /** Share of all alerts in the period, 0–1. */
  shareOfAlerts: z.number(),
  classified: z.number().int(),
  truePositives: z.number().int(),
  falsePositives: z.number().int(),
  benignPositives: z.number().int(),
  /** Of the classified alerts, 0–1; null with none classified. */
  falsePositiveRate: z.number().nullable(),
  benignRate: z.number().nullable(),
  timeToTriage: durationStats,
  timeToClose: durationStats,
  /** Handling minutes (triage, or creation, to close) of the rule's closed alerts. */
  handlingMinutes: z.number(),
  /** Share of all handling time, 0–1. */
  shareOfHandling: z.number(),
  triageBreaches: z.number().int(),
});
export type RuleStats = z.infer<typeof ruleStats>;

/** Rules ordered by noise (false and benign positives), with the running share of all noise. */
export const paretoEntry = z.object({ rule: z.string(), noise: z.number().int(), share: z.number(), cumulativeShare: z.number(), inVitalFew: z.boolean() });
export type ParetoEntry = z.infer<typeof paretoEntry>;

/** Alerts open at the end of each day (UK calendar days), with those created and closed that day. */
export const backlogPoint = z.object({ day: z.string(), open: z.number().int(), created: z.number().int(), closed: z.number().int() });
export type BacklogPoint = z.infer<typeof backlogPoint>;

export const analystLoad = z.object({
  owner: z.string(),
  alerts: z.number().int(),
  closed: z.number().int(),
  openNow: z.number().int(),
  shareOfAlerts: z.number(),
  timeToClose: durationStats,
});
export type AnalystLoad = z.infer<typeof analystLoad>;

export const triageBreach = z.object({
  alertId: z.string(),
  rule: z.string(),
  severity: z.enum(ALERT_SEVERITIES),
  created: z.string(),
  /** Null while still untriaged past its target. */
  triaged: z.string().nullable(),
  targetMinutes: z.number().int(),
  /** Minutes taken, or elapsed to the as-of instant when still untriaged. */
  minutes: z.number(),
});
export type TriageBreach = z.infer<typeof triageBreach>;

export const FINDING_KINDS = ['noisy-rule', 'slow-triage', 'backlog-growing', 'analyst-overload', 'unclassified', 'target-breaches'] as const;
export type TriageFindingKind = (typeof FINDING_KINDS)[number];

/** A finding in plain words, stable for the same data so that it can be turned into an action once. */
export const triageFinding = z.object({
  key: z.string(),
  kind: z.enum(FINDING_KINDS),
  subject: z.string(),
  text: z.string(),
  recommendation: z.string(),
  /** The action it became, if it has. */
  actionId: z.string().nullable(),
});
export type TriageFinding = z.infer<typeof triageFinding>;

export const socFigure = z.object({
  id: z.string(),
  label: z.string(),
  value: z.number(),
  unit: z.string(),
  statistic: z.string(),
  source: z.string(),
  edition: z.string(),
  population: z.string(),
  status: z.enum(['V', 'S']),
  url: z.string(),
  caveat: z.string(),
  /** Ours, in the same unit, where it can be put beside it; null where the survey measures something we cannot. */
  ours: z.number().nullable(),
});
export type SocFigure = z.infer<typeof socFigure>;

export const alertReport = z.object({
  asOf: z.string(),
  period: z.object({ from: z.string(), to: z.string() }),
  totals: z.object({
    alerts: z.number().int(),
    open: z.number().int(),
    classified: z.number().int(),
    falsePositiveRate: z.number().nullable(),
    benignRate: z.number().nullable(),
    alertsPerDay: z.number(),
    timeToTriage: durationStats,
    timeToClose: durationStats,
    triageBreaches: z.number().int(),
  }),
  rules: z.array(ruleStats),
  pareto: z.array(paretoEntry),
  backlog: z.array(backlogPoint),
  analysts: z.array(analystLoad),
  breaches: z.array(triageBreach),
  findings: z.array(triageFinding),
  targets: triageTargets,
  benchmarks: z.object({ version: z.string(), figures: z.array(socFigure) }),
});
export type AlertReport = z.infer<typeof alertReport>;

export const alertReportQuery = z.object({
  /** Dates (UK days) or instants; the period defaults to the 90 days to the as-of. */
  from: z.string().optional(),
  to: z.string().optional(),
  asOf: z.string().optional(),
});

export const alertSettings = z.object({ targets: triageTargets, version: z.number().int() });
export type AlertSettings = z.infer<typeof alertSettings>;
export const alertSettingsBody = z.object({ targets: triageTargets, version: z.number().int().min(0) });

export const alertActionBody = z.object({
  /** The finding's key, from the report. */
  findingKey: z.string().min(1).max(300),
  ownerId: z.string().max(64).nullish(),
  dueOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullish(),
  /** The report the finding was read in, when not the default (the 90 days to now). */
  from: z.string().max(40).optional(),
  to: z.string().max(40).optional(),
  asOf: z.string().max(40).optional(),
});
export const alertActionChangeBody = z.object({
  ownerId: z.string().max(64).nullish(),
  dueOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullish(),
  status: z.enum(['open', 'in-progress', 'done']).optional(),
  version: z.number().int().positive(),
});
export const alertAction = z.object({
  id: z.string(),
  findingKey: z.string(),
  title: z.string(),
  recommendation: z.string(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  dueOn: z.string().nullable(),
  status: z.enum(['open', 'in-progress', 'done']),
  createdAt: z.string(),
  version: z.number().int(),
});
export type AlertAction = z.infer<typeof alertAction>;
export const alertActionList = z.object({ items: z.array(alertAction) });

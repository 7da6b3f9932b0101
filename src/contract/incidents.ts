// The API contract for incidents: the register, each incident's timeline, the notification clock, the
// lessons learned, response-time metrics and the published figures they are compared with.
import { z } from 'zod';

export const INCIDENT_KINDS = ['cyber', 'data-breach', 'near-miss'] as const;
export const INCIDENT_KIND_LABELS: Record<IncidentKind, string> = {
  cyber: 'Cyber incident',
  'data-breach': 'Data security and protection breach',
  'near-miss': 'Near miss',
};
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

/** Operational severity, which sets the response targets (not the ICO grid's severity of harm). */
export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_LABELS: Record<Severity, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' };

export const CIA = ['confidentiality', 'integrity', 'availability'] as const;
export type CiaCategory = (typeof CIA)[number];

export const DETECTION_SOURCES = ['internal-monitoring', 'user-report', 'supplier', 'external-party'] as const;
export type DetectionSource = (typeof DETECTION_SOURCES)[number];
export const DETECTION_SOURCE_LABELS: Record<DetectionSource, string> = {
  'internal-monitoring': 'Internal monitoring',
  'user-report': 'Reported by a member of staff or the public',
  supplier: 'Supplier',
  'external-party': 'External party (NCSC, police, researcher, attacker)',
};

/** The milestones of an incident, in the order they must fall. */
export const MILESTONES = ['occurred', 'detected', 'reported', 'acknowledged', 'triaged', 'contained', 'eradicated', 'recovered', 'closed'] as const;
export type Milestone = (typeof MILESTONES)[number];
export const MILESTONE_LABELS: Record<Milestone, string> = {
  occurred: 'Occurred',
  detected: 'Detected',
  reported: 'Reported internally',
  acknowledged: 'Acknowledged',
  triaged: 'Triaged',
  contained: 'Contained',
  eradicated: 'Eradicated',
  recovered: 'Recovered',
  closed: 'Closed',
};

/** Free entries on the timeline beside the milestones. */
export const ENTRY_KINDS = ['note', 'decision', 'evidence'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
export const TIMELINE_KINDS = [...MILESTONES, ...ENTRY_KINDS] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** Where an incident stands, read from the milestones it has reached (never set by hand). */
export const INCIDENT_STATUSES = ['new', 'acknowledged', 'investigating', 'contained', 'recovered', 'closed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];
export const STATUS_LABELS: Record<IncidentStatus, string> = {
  new: 'New',
  acknowledged: 'Acknowledged',
  investigating: 'Investigating',
  contained: 'Contained',
  recovered: 'Recovered',
  closed: 'Closed',
};

/** Who a notification went to. */
export const RECIPIENTS = ['ico', 'dhsc-nhse', 'nis-authority', 'senior-management', 'data-subjects', 'police', 'ncsc', 'other'] as const;
export type Recipient = (typeof RECIPIENTS)[number];
export const RECIPIENT_LABELS: Record<Recipient, string> = {
  ico: 'Information Commissioner’s Office',
  'dhsc-nhse': 'DHSC and NHS England',
  'nis-authority': 'NIS competent authority',
  'senior-management': 'Senior management (SIRO)',
  'data-subjects': 'The people affected',
  police: 'Police',
  ncsc: 'NCSC',
  other: 'Someone else',
};

export const ROOT_CAUSES = [
  'phishing',
  'credential-compromise',
  'unpatched-vulnerability',
  'misconfiguration',
  'supplier',
  'malware',
  'misdirected-information',
  'lost-or-stolen',
  'inappropriate-access',
  'human-error',
  'process-failure',
  'other',
] as const;
export type RootCause = (typeof ROOT_CAUSES)[number];
export const ROOT_CAUSE_LABELS: Record<RootCause, string> = {
  phishing: 'Phishing or social engineering',
  'credential-compromise': 'Stolen or weak credentials',
  'unpatched-vulnerability': 'Unpatched vulnerability',
  misconfiguration: 'Misconfiguration',
  supplier: 'Supplier or third party',
  malware: 'Malware or ransomware',
  'misdirected-information': 'Information sent to the wrong person',
  'lost-or-stolen': 'Lost or stolen device or records',
  'inappropriate-access': 'Inappropriate access by staff',
  'human-error': 'Other human error',
  'process-failure': 'Process failure',
  other: 'Other',
};

/** The measured intervals. Each runs from one milestone to another (see METRIC_SPANS). */
export const METRICS = ['detect', 'acknowledge', 'triage', 'contain', 'recover', 'close', 'lifecycle', 'notify'] as const;
export type MetricId = (typeof METRICS)[number];

/** Reportability grid scores: 1 to 5 on each axis. */
const score = z.number().int().min(1).max(5);
const instant = z.string().max(40);
const date = z.string().max(10);
const id = z.string().max(100);

export const milestoneTimes = z.object(Object.fromEntries(MILESTONES.map((m) => [m, z.string().nullable()])) as Record<Milestone, z.ZodNullable<z.ZodString>>);
export type MilestoneTimes = z.infer<typeof milestoneTimes>;

/** The notification clock for one deadline: from awareness (detection) to a due instant. */
export const clockState = z.object({
  /** 'not-started' (no detection yet), 'running', 'due-soon' (past the warning), 'overdue', 'met' (notified in time), 'late' (notified after the deadline), 'not-required'. */
  state: z.enum(['not-required', 'not-started', 'running', 'due-soon', 'overdue', 'met', 'late']),
  startsAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  /** Whole minutes left at the as-of instant; negative when overdue; null when stopped or not started. */
  minutesLeft: z.number().nullable(),
  notifiedAt: z.string().nullable(),
});
export type ClockState = z.infer<typeof clockState>;

export const reportability = z.object({
  likelihood: z.number().nullable(),
  harm: z.number().nullable(),
  /** null until both scores are given. */
  ico: z.boolean().nullable(),
  dhscNhse: z.boolean().nullable(),
  /** The rule applied, in words. */
  reason: z.string(),
});
export type Reportability = z.infer<typeof reportability>;

export const incidentSummary = z.object({
  id: z.string(),
  reference: z.string(),
  title: z.string(),
  kind: z.enum(INCIDENT_KINDS),
  severity: z.enum(SEVERITIES),
  status: z.enum(INCIDENT_STATUSES),
  cia: z.array(z.enum(CIA)),
  nis: z.boolean(),
  detectionSource: z.enum(DETECTION_SOURCES).nullable(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  milestones: milestoneTimes,
  /** Whether "occurred" is an estimate. */
  occurredEstimated: z.boolean(),
  reportability,
  icoClock: clockState,
  nisClock: clockState,
  seniorClock: clockState,
  updatedAt: z.string(),
  version: z.number(),
});
export type IncidentSummary = z.infer<typeof incidentSummary>;

export const timelineEvent = z.object({
  id: z.string(),
  kind: z.enum(TIMELINE_KINDS),
  /** When it happened; null on a correction that withdraws a milestone. */
  at: z.string().nullable(),
  estimated: z.boolean(),
  text: z.string().nullable(),
  evidenceId: z.string().nullable(),
  evidenceTitle: z.string().nullable(),
  /** The entry this one corrects, and why. */
  corrects: z.string().nullable(),
  reason: z.string().nullable(),
  /** True when a later correction replaced this entry: kept, shown struck through. */
  superseded: z.boolean(),
  recordedAt: z.string(),
  recordedByName: z.string().nullable(),
});
export type TimelineEvent = z.infer<typeof timelineEvent>;

export const notificationRecord = z.object({
  id: z.string(),
  recipient: z.enum(RECIPIENTS),
  recipientName: z.string().nullable(),
  sentAt: z.string(),
  reference: z.string().nullable(),
  note: z.string().nullable(),
  recordedAt: z.string(),
  recordedByName: z.string().nullable(),
});
export type NotificationRecord = z.infer<typeof notificationRecord>;

export const lessonsReview = z.object({
  heldOn: z.string().nullable(),
  rootCause: z.enum(ROOT_CAUSES).nullable(),
  summary: z.string().nullable(),
  wentWell: z.string().nullable(),
  toImprove: z.string().nullable(),
  version: z.number(),
  updatedAt: z.string().nullable(),
});
export type LessonsReview = z.infer<typeof lessonsReview>;

export const incidentAction = z.object({
  id: z.string(),
  title: z.string(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  dueOn: z.string().nullable(),
  doneOn: z.string().nullable(),
  overdue: z.boolean(),
  version: z.number(),
});
export type IncidentAction = z.infer<typeof incidentAction>;

export const incidentDetail = incidentSummary.extend({
  description: z.string().nullable(),
  affectedAssets: z.array(z.string()),
  dataSubjects: z.array(z.string()),
  subjectsCount: z.number().nullable(),
  recordsCount: z.number().nullable(),
  alertRefs: z.array(z.string()),
  breachLikelihood: z.number().nullable(),
  breachHarm: z.number().nullable(),
  timeline: z.array(timelineEvent),
  notifications: z.array(notificationRecord),
  review: lessonsReview,
  actions: z.array(incidentAction),
  evidence: z.array(z.object({ id: z.string(), title: z.string(), state: z.string() })),
  createdAt: z.string(),
  asOf: z.string(),
});
export type IncidentDetail = z.infer<typeof incidentDetail>;

export const incidentList = z.object({ asOf: z.string(), items: z.array(incidentSummary) });
export type IncidentList = z.infer<typeof incidentList>;

export const incidentListQuery = z.object({
  status: z.enum([...INCIDENT_STATUSES, 'open']).optional(),
  kind: z.enum(INCIDENT_KINDS).optional(),
  severity: z.enum(SEVERITIES).optional(),
  q: z.string().max(200).optional(),
  asOf: instant.optional(),
});

const details = {
  title: z.string().max(500),
  description: z.string().max(20_000).nullish(),
  kind: z.enum(INCIDENT_KINDS),
  severity: z.enum(SEVERITIES),
  cia: z.array(z.enum(CIA)).max(3).optional(),
  nis: z.boolean().optional(),
  detectionSource: z.enum(DETECTION_SOURCES).nullish(),
  ownerId: id.nullish(),
  affectedAssets: z.array(z.string().max(300)).max(200).optional(),
  dataSubjects: z.array(z.string().max(200)).max(50).optional(),
  subjectsCount: z.number().int().min(0).max(1e10).nullish(),
  recordsCount: z.number().int().min(0).max(1e12).nullish(),
  alertRefs: z.array(z.string().max(300)).max(500).optional(),
  breachLikelihood: score.nullish(),
  breachHarm: score.nullish(),
};

export const newIncidentBody = z.object({
  ...details,
  /** Milestones known when it is recorded, usually occurred and detected. */
  milestones: z.partialRecord(z.enum(MILESTONES), instant).optional(),
  occurredEstimated: z.boolean().optional(),
});
export type NewIncidentBody = z.infer<typeof newIncidentBody>;

export const incidentChangeBody = z.object(details).partial().extend({ version: z.number().int().positive() });
export type IncidentChangeBody = z.infer<typeof incidentChangeBody>;

export const timelineEntryBody = z.object({
  kind: z.enum(TIMELINE_KINDS),
  at: instant,
  estimated: z.boolean().optional(),
  text: z.string().max(20_000).nullish(),
  evidenceId: id.nullish(),
  /** The incident's version read: two people recording the same milestone at once cannot both win. */
  version: z.number().int().positive(),
});
export type TimelineEntryBody = z.infer<typeof timelineEntryBody>;

export const correctionBody = z.object({
  /** The corrected time; null withdraws a milestone recorded in error. */
  at: instant.nullable(),
  estimated: z.boolean().optional(),
  text: z.string().max(20_000).nullish(),
  reason: z.string().min(1).max(2000),
  version: z.number().int().positive(),
});
export type CorrectionBody = z.infer<typeof correctionBody>;

export const notificationBody = z.object({
  recipient: z.enum(RECIPIENTS),
  recipientName: z.string().max(300).nullish(),
  sentAt: instant,
  reference: z.string().max(300).nullish(),
  note: z.string().max(5000).nullish(),
});
export type NotificationBody = z.infer<typeof notificationBody>;

export const reviewBody = z.object({
  heldOn: date.nullish(),
  rootCause: z.enum(ROOT_CAUSES).nullish(),
  summary: z.string().max(20_000).nullish(),
  wentWell: z.string().max(20_000).nullish(),
  toImprove: z.string().max(20_000).nullish(),
  /** The review's version read (0 before the first save). */
  version: z.number().int().min(0),
});
export type ReviewBody = z.infer<typeof reviewBody>;

export const actionBody = z.object({
  title: z.string().min(1).max(1000),
  ownerId: id.nullish(),
  dueOn: date.nullish(),
  doneOn: date.nullish(),
});
export const actionChangeBody = actionBody.partial().extend({ version: z.number().int().positive() });
export type ActionBody = z.infer<typeof actionBody>;
export type ActionChangeBody = z.infer<typeof actionChangeBody>;

export const incidentEvidenceBody = z.object({ evidenceId: id });

// ---- Metrics ----

/** One metric over a set of incidents, in hours. */
export const metricSummary = z.object({
  metric: z.enum(METRICS),
  /** Incidents measured (both milestones present). */
  count: z.number(),
  /** Incidents in the period lacking one of the two milestones: excluded from this metric. */
  missing: z.number(),
  /** Of those measured, how many rest on an estimated start. */
  estimated: z.number(),
  meanHours: z.number().nullable(),
  medianHours: z.number().nullable(),
  p90Hours: z.number().nullable(),
});
export type MetricSummary = z.infer<typeof metricSummary>;

export const targetOutcome = z.object({
  metric: z.enum(METRICS),
  severity: z.enum(SEVERITIES),
  targetHours: z.number(),
  met: z.number(),
  missed: z.number(),
  /** Still open and not yet past the target at the as-of instant. */
  pending: z.number(),
  /** Lacking the start milestone: cannot be judged. */
  unknown: z.number(),
});
export type TargetOutcome = z.infer<typeof targetOutcome>;

export const trendPoint = z.object({
  /** YYYY-MM, UK calendar. */
  month: z.string(),
  incidents: z.number(),
  byKind: z.record(z.enum(INCIDENT_KINDS), z.number()),
  medianHours: z.record(z.enum(METRICS), z.number().nullable()),
});
export type TrendPoint = z.infer<typeof trendPoint>;

export const benchmarkFigure = z.object({
  id: z.string(),
  label: z.string(),
  value: z.number(),
  unit: z.string(),
  stat: z.enum(['mean', 'median', 'pct', 'threshold', 'count', 'mean_difference']),
  definition: z.string(),
  source: z.string(),
  edition: z.string(),
  dataPeriod: z.string().nullable(),
  population: z.string().nullable(),
  /** V: read at the publisher; S: two or more independent secondary reports agree. */
  status: z.enum(['V', 'V-derived', 'S']),
  url: z.string().nullable(),
  /** What of ours it compares with, when anything does. */
  /** What of ours it compares with, when anything does. */
  compares: z
    .object({
      /** The same interval of ours; the statistic (mean, median) is the figure's own. */
      metric: z.enum(METRICS).optional(),
      /** For a share: of our incidents measured, the share within this many hours… */
      withinHours: z.number().optional(),
      /** …or beyond it. */
      beyondHours: z.number().optional(),
      /** Only our incidents detected this way. */
      detectionSource: z.enum(DETECTION_SOURCES).optional(),
      /** A share of our incidents rather than a time: those we detected by our own monitoring. */
      share: z.enum(['internal-detection']).optional(),
    })
    .nullable(),
  caveat: z.string(),
});
export type BenchmarkFigure = z.infer<typeof benchmarkFigure>;

export const benchmarkComparison = z.object({
  figure: benchmarkFigure,
  /** Our figure on the same statistic (mean with mean, median with median, the longest against a deadline), in the figure's unit. */
  ours: z.number().nullable(),
  /** How many of our incidents it rests on. */
  count: z.number(),
  /** 'faster', 'slower' or 'similar' (within 10%), or null when ours cannot be computed. */
  verdict: z.enum(['faster', 'slower', 'similar']).nullable(),
});
export type BenchmarkComparison = z.infer<typeof benchmarkComparison>;

export const incidentMetrics = z.object({
  asOf: z.string(),
  from: z.string(),
  to: z.string(),
  incidents: z.number(),
  overall: z.array(metricSummary),
  byKind: z.array(z.object({ kind: z.enum(INCIDENT_KINDS), incidents: z.number(), metrics: z.array(metricSummary) })),
  bySeverity: z.array(z.object({ severity: z.enum(SEVERITIES), incidents: z.number(), metrics: z.array(metricSummary) })),
  targets: z.array(targetOutcome),
  trend: z.array(trendPoint),
  benchmarks: z.object({ version: z.string(), comparisons: z.array(benchmarkComparison) }),
});
export type IncidentMetrics = z.infer<typeof incidentMetrics>;

export const metricsQuery = z.object({
  from: z.string().max(40).optional(),
  to: z.string().max(40).optional(),
  asOf: instant.optional(),
});

export const benchmarkSet = z.object({ version: z.string(), compiled: z.string(), figures: z.array(benchmarkFigure) });
export type BenchmarkSet = z.infer<typeof benchmarkSet>;

// ---- Settings ----

export const TARGET_METRICS = ['acknowledge', 'triage', 'contain', 'recover'] as const;
export type TargetMetric = (typeof TARGET_METRICS)[number];

export const incidentSettings = z.object({
  /** Hours, per severity, for each metric that has a target. */
  targets: z.record(z.enum(TARGET_METRICS), z.record(z.enum(SEVERITIES), z.number().positive().max(100_000))),
  /** When DHSC and NHS England are told as well as the ICO: both scores at or above these. */
  dhscLikelihoodAtLeast: score,
  dhscHarmAtLeast: score,
  version: z.number(),
});
export type IncidentSettings = z.infer<typeof incidentSettings>;
export const incidentSettingsBody = incidentSettings.extend({ version: z.number().int().min(0) });

// In-app notifications live in their own contract; re-exported for the pages that show an incident's.
export * from './notifications.js';

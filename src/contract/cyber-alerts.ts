// NHS cyber alerts as the API answers them: each organisation's register of the alerts it has
// received, whether they apply to its systems (worked out from its scanner findings, confirmed by a
// person), and its response: acknowledged (48-hour target), updates, remediated, closed.
import { z } from 'zod';

export const CYBER_ALERT_SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
/** new → acknowledged → remediated → closed; an alert confirmed not to apply may be closed from new or acknowledged. */
export const CYBER_ALERT_STATES = ['new', 'acknowledged', 'remediated', 'closed'] as const;
export const CYBER_ALERT_APPLICABILITY = ['applicable', 'not-applicable'] as const;
/** Which overdue list: not acknowledged within 48 hours, or applicable and not remediated by its date. */
export const CYBER_ALERT_OVERDUE = ['acknowledgement', 'remediation'] as const;

const cveList = z.array(z.string().trim().max(40)).max(200);
const productList = z.array(z.string().trim().min(1).max(200)).max(50);

/** An alert's details, each as given; recording one fills the optional ones with their defaults. */
const cyberAlertFields = {
  /** NHS England's reference, as the alert gives it (CC-4571); one alert per reference in an organisation. */
  reference: z.string().trim().min(1, 'Enter the alert’s reference, such as CC-4571').max(40, 'A reference is at most 40 characters'),
  title: z.string().trim().min(1, 'Enter the alert’s title').max(300, 'A title is at most 300 characters'),
  severity: z.enum(CYBER_ALERT_SEVERITIES),
  /** When the alert was issued (ISO 8601): the 48 hours to acknowledge run from here. */
  issuedAt: z.string().trim().min(10, 'Enter when the alert was issued, with its offset (2026-05-01T09:00:00Z)').max(40),
  cves: cveList,
  /** Products it concerns, as phrases matched against the software the scanners report ("Ivanti Connect Secure"). */
  products: productList,
  /** Our own words on what it asks and why it matters. */
  summary: z.string().trim().max(5000).nullable(),
  /** The UK date to remediate by; by default the issue date plus the organisation's deadline for the severity. */
  remediateBy: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
};

export const cyberAlertBody = z.object({
  ...cyberAlertFields,
  cves: cyberAlertFields.cves.default([]),
  products: cyberAlertFields.products.default([]),
  summary: cyberAlertFields.summary.default(null),
  remediateBy: cyberAlertFields.remediateBy.default(null),
});
export type CyberAlertBody = z.infer<typeof cyberAlertBody>;

/** Only the details given change: an edit fills in no defaults (a missing summary is left as it is, not emptied). */
export const cyberAlertEditBody = z.object(cyberAlertFields).partial().extend({ version: z.number().int().min(1) });

const versioned = { version: z.number().int().min(1) };
export const cyberAlertApplicabilityBody = z.object({ ...versioned, applicability: z.enum(CYBER_ALERT_APPLICABILITY), note: z.string().trim().max(2000).nullable().default(null) });
/** `at`: when it was acknowledged to NHS England, if not now (ISO 8601; not in the future, not before issue). */
export const cyberAlertAcknowledgeBody = z.object({ ...versioned, at: z.string().trim().min(10).max(40).nullable().default(null), note: z.string().trim().max(2000).nullable().default(null) });
export const cyberAlertUpdateBody = z.object({ ...versioned, text: z.string().trim().min(1, 'Write the update').max(5000, 'An update is at most 5,000 characters') });
export const cyberAlertRemediatedBody = z.object({ ...versioned, note: z.string().trim().max(2000).nullable().default(null) });
export const cyberAlertCloseBody = z.object({ ...versioned, reason: z.string().trim().min(1, 'Give the reason for closing the alert').max(2000, 'A reason is at most 2,000 characters') });

export const cyberAlertListQuery = z.object({
  state: z.enum(CYBER_ALERT_STATES).optional(),
  severity: z.enum(CYBER_ALERT_SEVERITIES).optional(),
  overdue: z.enum(CYBER_ALERT_OVERDUE).optional(),
  /** An instant (ISO 8601) or a UK date read as the end of that day; now by default. */
  asOf: z.string().trim().min(10).max(40).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type CyberAlertListQuery = z.infer<typeof cyberAlertListQuery>;

const person = z.object({ id: z.string(), name: z.string() }).nullable();

/** A host the alert's CVEs or products were found on, from the organisation's open scanner findings. */
export const cyberAlertMatch = z.object({
  hostId: z.string(),
  hostName: z.string().nullable(),
  ip: z.string().nullable(),
  assetId: z.string().nullable(),
  assetName: z.string().nullable(),
  /** The alert's CVEs open on the host. */
  cveIds: z.array(z.string()),
  /** The software or operating system on the host that one of the alert's products names. */
  software: z.array(z.string()),
});

export const cyberAlert = z.object({
  id: z.string(),
  reference: z.string(),
  title: z.string(),
  severity: z.enum(CYBER_ALERT_SEVERITIES),
  issuedAt: z.string(),
  cves: z.array(z.string()),
  products: z.array(z.string()),
  summary: z.string().nullable(),
  state: z.enum(CYBER_ALERT_STATES),
  /** What the findings say at the as-of instant; `likely` when any host matches. */
  computed: z.object({ likely: z.boolean(), hosts: z.number(), assets: z.number(), matches: z.array(cyberAlertMatch) }),
  /** What a person confirmed, or null before anyone has. */
  applicability: z.object({ value: z.enum(CYBER_ALERT_APPLICABILITY), note: z.string().nullable(), by: person, at: z.string() }).nullable(),
  /** issuedAt plus 48 hours. */
  acknowledgeDueAt: z.string(),
  acknowledgedAt: z.string().nullable(),
  acknowledgedBy: person,
  /** Not acknowledged by its due time (at the as-of instant), or acknowledged after it. */
  acknowledgedLate: z.boolean(),
  acknowledgementOverdue: z.boolean(),
  remediateBy: z.string(),
  remediatedAt: z.string().nullable(),
  remediatedBy: person,
  /** Confirmed applicable, not remediated, and past its remediate-by date at the as-of instant. */
  remediationOverdue: z.boolean(),
  closedAt: z.string().nullable(),
  closedBy: person,
  closeReason: z.string().nullable(),
  updates: z.array(z.object({ id: z.string(), at: z.string(), by: person, text: z.string() })),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CyberAlertView = z.infer<typeof cyberAlert>;

/** A list row: the alert without its matches and updates. */
export const cyberAlertSummary = cyberAlert.omit({ updates: true, computed: true }).extend({ computed: z.object({ likely: z.boolean(), hosts: z.number(), assets: z.number() }) });
export type CyberAlertSummary = z.infer<typeof cyberAlertSummary>;

export const cyberAlertList = z.object({
  asOf: z.string(),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  /** Across the whole register at the as-of instant, whatever the filter. */
  counts: z.object({ open: z.number(), acknowledgementOverdue: z.number(), remediationOverdue: z.number(), awaitingApplicability: z.number() }),
  items: z.array(cyberAlertSummary),
});
export type CyberAlertList = z.infer<typeof cyberAlertList>;

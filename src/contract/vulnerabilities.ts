// The known-exploited vulnerabilities catalogue as the API answers it: every answer says which
// version of the catalogue it comes from and when that was released.
import { z } from 'zod';

export const kevCatalogue = z.object({
  /** The published version (2025.08.25), or for a file that named none, its latest date added in that form. */
  version: z.string(),
  /** False when the version was read from the file's latest date added (a CSV names no version). */
  versionPublished: z.boolean(),
  releasedAt: z.string(),
  latestDateAdded: z.string(),
  entryCount: z.number(),
  importedAt: z.string(),
});
export type KevCatalogue = z.infer<typeof kevCatalogue>;

export const kevEntry = z.object({
  cveId: z.string(),
  vendor: z.string(),
  product: z.string(),
  name: z.string(),
  dateAdded: z.string(),
  dueDate: z.string(),
  knownRansomwareUse: z.boolean(),
  description: z.string(),
  requiredAction: z.string(),
  notes: z.string(),
  cwes: z.array(z.string()),
});
export type KevEntryView = z.infer<typeof kevEntry>;

export const kevListQuery = z.object({
  /** Vendor or project, whatever its case (the whole name). */
  vendor: z.string().trim().min(1).max(200).optional(),
  product: z.string().trim().min(1).max(200).optional(),
  knownRansomwareUse: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type KevListQuery = z.infer<typeof kevListQuery>;

export const kevList = z.object({
  /** The catalogue held; null before one is imported. */
  catalogue: kevCatalogue.nullable(),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  /** Latest added first, then by CVE id. */
  items: z.array(kevEntry),
});
export type KevList = z.infer<typeof kevList>;

export const kevEntryParams = z.object({
  cveId: z.string().regex(/^CVE-\d{4}-\d{4,19}$/i, 'a CVE id such as CVE-2024-3400'),
});

export const kevEntryAnswer = z.object({ catalogue: kevCatalogue, entry: kevEntry });
export type KevEntryAnswer = z.infer<typeof kevEntryAnswer>;

// ---- Scanner findings ----

export const FINDING_STATES = ['open', 'fixed'] as const;
export const FINDING_SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;

export const DEADLINE_RULES = ['severity', 'kev-days', 'kev-due-date', 'none'] as const;

/** Where a finding stands against its deadline at the as-of instant (at the day it was fixed, for a fixed one). */
export const findingDeadline = z.object({
  /** The UK date the clock started: the day it was seen, or seen again after a fix. */
  startedOn: z.string(),
  /** The last UK date fixing it is in time; null when its severity has none (info). */
  dueOn: z.string().nullable(),
  rule: z.enum(DEADLINE_RULES),
  ageDays: z.number(),
  pastDue: z.boolean(),
  daysOverdue: z.number(),
  /** Days left to the due date (0 on the day); null when past due or without a deadline. */
  daysLeft: z.number().nullable(),
  /** Times it was seen again after being fixed. */
  reopenings: z.number(),
});
export type FindingDeadlineView = z.infer<typeof findingDeadline>;

export const findingListQuery = z.object({
  state: z.enum(FINDING_STATES).optional(),
  severity: z.enum(FINDING_SEVERITIES).optional(),
  /** A host's name (any case) or IP address. */
  host: z.string().trim().min(1).max(255).optional(),
  cveId: z.string().trim().min(1).max(40).optional(),
  /** Only findings whose CVE the known-exploited catalogue lists (true) or does not (false). */
  kevListed: z.enum(['true', 'false']).optional(),
  /** Only findings whose catalogue entry says known ransomware use. */
  knownRansomwareUse: z.enum(['true', 'false']).optional(),
  /** Only findings on hosts matched to this information asset. */
  assetId: z.string().trim().min(1).max(64).optional(),
  /** Only findings open and past their deadline at the as-of instant. */
  pastDue: z.enum(['true']).optional(),
  /** The instant the deadlines are worked out at: ISO 8601, or a UK date read as the end of that day; now by default. */
  asOf: z.string().trim().min(10).max(40).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type FindingListQuery = z.infer<typeof findingListQuery>;

export const findingHost = z.object({
  id: z.string(),
  name: z.string().nullable(),
  ip: z.string().nullable(),
  /** The information asset of the same name, when the register has one. */
  assetId: z.string().nullable(),
  assetName: z.string().nullable(),
  /** The operating system the scanner reported, when it gives one. */
  os: z.string().nullable(),
});

export const finding = z.object({
  id: z.string(),
  host: findingHost,
  checkId: z.string(),
  checkName: z.string().nullable(),
  /** Null for a check that names no CVE. */
  cveId: z.string().nullable(),
  kevListed: z.boolean(),
  /** The catalogue's entry says known ransomware use. */
  knownRansomwareUse: z.boolean(),
  severity: z.enum(FINDING_SEVERITIES),
  cvss: z.number().nullable(),
  solution: z.string().nullable(),
  state: z.enum(FINDING_STATES),
  firstSeenAt: z.string(),
  lastSeenAt: z.string(),
  fixedAt: z.string().nullable(),
  /** The scope of the latest scan that listed it. */
  scope: z.string(),
  /** Its deadline at the as-of instant (the list's asOf, now by default); null when it was not yet seen then. */
  deadline: findingDeadline.nullable(),
});
export type FindingView = z.infer<typeof finding>;

export const findingList = z.object({ asOf: z.string(), total: z.number(), page: z.number(), pageSize: z.number(), items: z.array(finding) });
export type FindingList = z.infer<typeof findingList>;

export const findingDetail = finding.extend({
  /** Each period the finding was open, earliest first; fixedAt is null while it is open. */
  history: z.array(z.object({ openedAt: z.string(), fixedAt: z.string().nullable() })),
});
export type FindingDetail = z.infer<typeof findingDetail>;

// ---- Remediation deadlines, exposure and end of support ----

/** Days allowed to fix a finding from the day it was seen; null where a severity has no deadline. */
export const deadlineSettings = z.object({
  critical: z.number().int().nullable(),
  high: z.number().int().nullable(),
  medium: z.number().int().nullable(),
  low: z.number().int().nullable(),
  /** Days once the catalogue lists the CVE (or the catalogue's due date, if sooner). */
  kev: z.number().int(),
});
export type DeadlineSettingsView = z.infer<typeof deadlineSettings>;

export const deadlineSettingsAnswer = z.object({
  settings: deadlineSettings,
  /** True while the organisation has saved none: Bulwark's defaults (Cyber Essentials' 14 days for critical and high). */
  isDefault: z.boolean(),
  defaults: deadlineSettings,
  /** 0 before the first save; give it back to save, so a colleague's save in between is detected. */
  version: z.number(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type DeadlineSettingsAnswer = z.infer<typeof deadlineSettingsAnswer>;

/** The settings are checked whole by the service, which names each bad field. */
export const deadlineSettingsBody = z.object({ version: z.number().int().min(0), settings: z.unknown() });

/** An instant (ISO 8601) or a UK date (YYYY-MM-DD, read as the end of that day). */
const asOfParam = z.string().trim().min(10).max(40).optional();

export const exposureQuery = z.object({ asOf: asOfParam });

const bySeverity = z.object({ critical: z.number(), high: z.number(), medium: z.number(), low: z.number(), info: z.number() });

export const exposureHost = z.object({
  hostId: z.string(),
  name: z.string().nullable(),
  ip: z.string().nullable(),
  assetId: z.string().nullable(),
  assetName: z.string().nullable(),
  /** The asset's Information Asset Owner, in words; null without an asset or an owner. */
  ownerName: z.string().nullable(),
});
export type ExposureHost = z.infer<typeof exposureHost>;

export const exposureReport = z.object({
  asOf: z.string(),
  /** The catalogue the KEV figures come from; null before one is imported. */
  catalogue: kevCatalogue.nullable(),
  settings: deadlineSettings,
  settingsAreDefault: z.boolean(),
  hosts: z.object({ total: z.number(), matchedToAssets: z.number(), withOpenFindings: z.number(), unsupported: z.number() }),
  open: z.object({
    total: z.number(),
    bySeverity,
    /** Open findings whose CVE the catalogue lists. */
    kevListed: z.number(),
    /** Of those, the ones whose catalogue entry says known ransomware use. */
    ransomwareLinked: z.number(),
    pastDue: z.number(),
    pastDueBySeverity: bySeverity,
    kevPastDue: z.number(),
    /** Open findings due within the next 7 days (today included), not yet past due. */
    dueWithinWeek: z.number(),
  }),
  /** Open findings by whole days open, for the age chart: 0–7, 8–14, 15–30, 31–90, over 90. */
  ageBands: z.array(z.object({ band: z.string(), from: z.number(), to: z.number().nullable(), count: z.number() })),
  remediation: z.object({
    fixed: z.number(),
    decided: z.number(),
    withinDeadline: z.number(),
    percentWithinDeadline: z.number().nullable(),
    meanDaysToRemediate: z.number().nullable(),
    medianDaysToRemediate: z.number().nullable(),
  }),
  /** Open findings past due, by the Information Asset Owner of the asset the host is; hosts without an asset or owner last, as ownerName null. */
  pastDueByOwner: z.array(
    z.object({ ownerId: z.string().nullable(), ownerName: z.string().nullable(), assets: z.number(), hosts: z.number(), findings: z.number(), kevListed: z.number(), mostDaysOverdue: z.number() }),
  ),
  /** Open findings past due, most overdue first (at most 500; pastDueFindingsTotal says how many in all). */
  pastDueFindings: z.array(
    z.object({
      findingId: z.string(),
      host: exposureHost,
      cveId: z.string().nullable(),
      checkId: z.string(),
      checkName: z.string().nullable(),
      severity: z.enum(FINDING_SEVERITIES),
      kevListed: z.boolean(),
      knownRansomwareUse: z.boolean(),
      dueOn: z.string(),
      daysOverdue: z.number(),
      rule: z.enum(DEADLINE_RULES),
    }),
  ),
  pastDueFindingsTotal: z.number(),
  /** Each KEV-listed CVE open on any host: how many hosts, its catalogue dates, the earliest due date of its findings. */
  kevOpen: z.array(
    z.object({ cveId: z.string(), vendor: z.string(), product: z.string(), knownRansomwareUse: z.boolean(), dateAdded: z.string(), catalogueDueDate: z.string(), hosts: z.number(), earliestDueOn: z.string(), pastDue: z.number() }),
  ),
  /** Hosts running an operating system or software past its end of support at the as-of day. */
  unsupportedHosts: z.array(
    z.object({ host: exposureHost, software: z.string(), rowId: z.string(), product: z.string(), version: z.string(), endOfSupport: z.string(), source: z.string() }),
  ),
});
export type ExposureReport = z.infer<typeof exposureReport>;

export const endOfSupportRow = z.object({
  id: z.string(),
  product: z.string(),
  version: z.string(),
  names: z.array(z.string()),
  except: z.array(z.string()),
  endOfSupport: z.string(),
  support: z.string(),
  source: z.string(),
  /** built-in: as Bulwark ships it; edited: the organisation's row in place of a built-in one; added: the organisation's own. */
  origin: z.enum(['built-in', 'edited', 'added']),
});
export type EndOfSupportRowView = z.infer<typeof endOfSupportRow>;

export const endOfSupportTable = z.object({
  rows: z.array(endOfSupportRow),
  /** Built-in rows the organisation has taken out, by id. */
  removed: z.array(z.string()),
  version: z.number(),
});
export type EndOfSupportTableView = z.infer<typeof endOfSupportTable>;

/** A row to put in place (with the table's version read), or a built-in row to take out ({ removed: true }). */
export const endOfSupportEditBody = z.object({ version: z.number().int().min(0), row: z.unknown() });

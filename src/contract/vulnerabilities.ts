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

export const findingListQuery = z.object({
  state: z.enum(FINDING_STATES).optional(),
  severity: z.enum(FINDING_SEVERITIES).optional(),
  /** A host's name (any case) or IP address. */
  host: z.string().trim().min(1).max(255).optional(),
  cveId: z.string().trim().min(1).max(40).optional(),
  /** Only findings whose CVE the known-exploited catalogue lists (true) or does not (false). */
  kevListed: z.enum(['true', 'false']).optional(),
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
});

export const finding = z.object({
  id: z.string(),
  host: findingHost,
  checkId: z.string(),
  checkName: z.string().nullable(),
  /** Null for a check that names no CVE. */
  cveId: z.string().nullable(),
  kevListed: z.boolean(),
  severity: z.enum(FINDING_SEVERITIES),
  cvss: z.number().nullable(),
  solution: z.string().nullable(),
  state: z.enum(FINDING_STATES),
  firstSeenAt: z.string(),
  lastSeenAt: z.string(),
  fixedAt: z.string().nullable(),
  /** The scope of the latest scan that listed it. */
  scope: z.string(),
});
export type FindingView = z.infer<typeof finding>;

export const findingList = z.object({ total: z.number(), page: z.number(), pageSize: z.number(), items: z.array(finding) });
export type FindingList = z.infer<typeof findingList>;

export const findingDetail = finding.extend({
  /** Each period the finding was open, earliest first; fixedAt is null while it is open. */
  history: z.array(z.object({ openedAt: z.string(), fixedAt: z.string().nullable() })),
});
export type FindingDetail = z.infer<typeof findingDetail>;

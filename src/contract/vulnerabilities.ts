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

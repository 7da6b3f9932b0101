// The API contract for imports: the kinds of file Bulwark takes, saved column mappings, and runs.
import { z } from 'zod';

export const fieldMapping = z.object({
  column: z.string().min(1).max(200),
  format: z.string().max(40).optional(),
});

export const columnMapping = z.record(z.string().max(60), fieldMapping);

export const importColumn = z.object({
  field: z.string(),
  label: z.string(),
  type: z.string(),
  required: z.boolean(),
});

export const importKindView = z.object({
  id: z.string(),
  label: z.string(),
  columns: z.array(importColumn),
  /** What the file goes into when not the organisation itself ('assessment'): name it as target. */
  target: z.string().nullable(),
});

export const savedMapping = z.object({
  kind: z.string(),
  name: z.string(),
  mapping: columnMapping,
  version: z.number(),
  updatedAt: z.string(),
});
export type SavedMappingView = z.infer<typeof savedMapping>;

export const saveMappingBody = z.object({
  mapping: columnMapping,
  /** The version read, to change a saved mapping; absent to save a new one. */
  version: z.number().int().positive().optional(),
});

export const rowProblem = z.object({
  row: z.number(),
  column: z.string(),
  value: z.string(),
  reason: z.string(),
});

export const importRun = z.object({
  id: z.string(),
  kind: z.string(),
  fileName: z.string(),
  /** running, applied, refused, or repeat (the same file and mapping was applied before: nothing changed). */
  status: z.enum(['running', 'applied', 'refused', 'repeat']),
  mode: z.enum(['all-or-nothing', 'skip-invalid']),
  mappingName: z.string().nullable(),
  asOf: z.string(),
  contentHash: z.string(),
  rowsRead: z.number(),
  inserted: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  rejected: z.number(),
  problemCount: z.number(),
  /** The first problems, each with its row, column, value and reason. */
  problems: z.array(rowProblem),
  outcome: z.string().nullable(),
  by: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** While it runs, in this server: how far it has got. */
  progress: z.object({ rowsRead: z.number(), bytesRead: z.number(), totalBytes: z.number() }).nullable(),
  /** The rejected rows of a skip-invalid upload are kept: GET …/imports/:runId/rejects downloads them. */
  rejectsKept: z.boolean(),
});
export type ImportRunView = z.infer<typeof importRun>;

/** POST /orgs/:orgId/imports/:kind — the file is the body; these say how to read it. */
export const runImportQuery = z.object({
  file: z.string().min(1).max(255),
  format: z.enum(['csv', 'xlsx', 'ndjson', 'json']).optional(),
  encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']).optional(),
  delimiter: z.enum([',', ';', '\t', '|']).optional(),
  sheet: z.string().max(100).optional(),
  /** A saved mapping's name; or, when none is saved under it, a built-in mapping's (`esr` for staff). */
  mapping: z.string().max(100).optional(),
  /** A built-in mapping of the kind, for a product's own export (`sentinel`, `splunk` for alerts). */
  preset: z.string().max(40).optional(),
  skipInvalid: z.enum(['true', 'false']).optional(),
  asOf: z.string().max(40).optional(),
  /** The record to import into, for kinds that take one (the assessment's id for assessment-answers). */
  target: z.string().max(64).optional(),
});

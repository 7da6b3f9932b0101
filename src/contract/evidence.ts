// The API contract for the evidence library: pieces of evidence (files, links, notes), their versions,
// and the dates that say whether each can still be relied on.
import { z } from 'zod';

export const EVIDENCE_KINDS = ['file', 'link', 'note'] as const;
export const EVIDENCE_STATE_VALUES = ['current', 'expiring', 'expired', 'review-due', 'not-yet-valid'] as const;

export const evidenceKind = z.enum(EVIDENCE_KINDS);
export const evidenceStateValue = z.enum(EVIDENCE_STATE_VALUES);

/** A calendar date as the API takes it; the service checks it is a real one. */
const date = z.string().max(10);

/** One piece of evidence as lists and other modules see it: its current version and its state. */
export const evidenceSummary = z.object({
  id: z.string(),
  title: z.string(),
  kind: evidenceKind,
  currentVersion: z.number(),
  fileName: z.string().nullable(),
  mediaType: z.string().nullable(),
  sizeBytes: z.number().nullable(),
  /** SHA-256 of the current file, hex. */
  sha256: z.string().nullable(),
  url: z.string().nullable(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  validFrom: z.string().nullable(),
  expiresOn: z.string().nullable(),
  reviewOn: z.string().nullable(),
  state: evidenceStateValue,
  updatedAt: z.string(),
  archivedAt: z.string().nullable(),
  version: z.number(),
});
export type EvidenceSummary = z.infer<typeof evidenceSummary>;

export const evidenceVersion = z.object({
  number: z.number(),
  fileName: z.string().nullable(),
  mediaType: z.string().nullable(),
  sizeBytes: z.number().nullable(),
  sha256: z.string().nullable(),
  url: z.string().nullable(),
  noteText: z.string().nullable(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
});
export type EvidenceVersionView = z.infer<typeof evidenceVersion>;

export const evidenceItem = evidenceSummary.extend({
  description: z.string().nullable(),
  createdAt: z.string(),
  /** Every version, newest first; file contents are downloaded one at a time. */
  versions: z.array(evidenceVersion),
});
export type EvidenceItem = z.infer<typeof evidenceItem>;

export const evidenceList = z.object({
  /** The instant the states were worked out for. */
  asOf: z.string(),
  items: z.array(evidenceSummary),
});
export type EvidenceList = z.infer<typeof evidenceList>;

export const evidenceListQuery = z.object({
  state: evidenceStateValue.optional(),
  /** An account id: only evidence this person owns. */
  owner: z.string().max(100).optional(),
  /** Words in the title or description. */
  q: z.string().max(200).optional(),
  asOf: z.string().max(40).optional(),
  /** 'true' to list archived evidence as well. */
  archived: z.enum(['true', 'false']).optional(),
});

const details = {
  title: z.string().max(1000),
  description: z.string().max(10_000).nullish(),
  ownerId: z.string().max(100).nullish(),
  validFrom: date.nullish(),
  expiresOn: date.nullish(),
  reviewOn: date.nullish(),
};

/** A link or a note, sent as JSON. A file is sent as the body itself, with these details in the query. */
export const newEvidenceBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('link'), url: z.string().max(5000), ...details }),
  z.object({ kind: z.literal('note'), noteText: z.string().max(100_000), ...details }),
]);
export type NewEvidenceBody = z.infer<typeof newEvidenceBody>;

/** The query of a file upload that adds a piece of evidence: the file's name and the item's details. */
export const newFileEvidenceQuery = z.object({
  /** Required with a file; absent when the body is JSON. */
  fileName: z.string().min(1).max(1000).optional(),
  title: z.string().max(1000).optional(),
  description: z.string().max(10_000).optional(),
  ownerId: z.string().max(100).optional(),
  validFrom: date.optional(),
  expiresOn: date.optional(),
  reviewOn: date.optional(),
});

export const newVersionQuery = z.object({ fileName: z.string().min(1).max(1000) });

export const evidenceChangeBody = z.object({
  title: z.string().max(1000).optional(),
  description: z.string().max(10_000).nullable().optional(),
  ownerId: z.string().max(100).nullable().optional(),
  validFrom: date.nullable().optional(),
  expiresOn: date.nullable().optional(),
  reviewOn: date.nullable().optional(),
  /** The version read: a stale one is refused with 409 rather than overwriting a colleague’s change. */
  version: z.number().int().positive(),
});
export type EvidenceChangeBody = z.infer<typeof evidenceChangeBody>;

/** The version read, to refuse archiving what a colleague has just changed; optional. */
export const archiveBody = z.object({ version: z.number().int().positive().optional() });

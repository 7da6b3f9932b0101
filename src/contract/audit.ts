// The API contract for the audit trail. The server validates and serialises with these schemas;
// the web app imports their types only.
import { z } from 'zod';

export const auditEvent = z.object({
  seq: z.number(),
  id: z.string(),
  occurredAt: z.string(),
  actorId: z.string().nullable(),
  actorLabel: z.string(),
  orgId: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof auditEvent>;

/** One field of the record, before and after the change, in words (null: it had no value, or no record). */
export const auditChange = z.object({
  field: z.string(),
  label: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});

/** An audit record with what people need to read it: labels for codes, names for ids, the changed fields. */
export const readableAuditEvent = auditEvent.extend({
  /** What happened, such as "Changed a person’s roles". */
  summary: z.string(),
  /** What kind of record it is about, such as "Person". */
  recordType: z.string(),
  /** The record by name (a person, an organisation), when it has one. */
  subject: z.string().nullable(),
  /** Who did it, by name where the account still exists. */
  actorName: z.string(),
  orgName: z.string().nullable(),
  changes: z.array(auditChange),
});
export type ReadableAuditEvent = z.infer<typeof readableAuditEvent>;

export const auditPage = z.object({
  events: z.array(readableAuditEvent),
  /** Pass as `before` for the next, older page; null on the last page. */
  nextBefore: z.number().nullable(),
});
export type AuditPage = z.infer<typeof auditPage>;

/** The actions the trail records, grouped by what they concern, and the kinds of record, with their labels (for the filters). */
export const auditActions = z.object({
  areas: z.array(
    z.object({
      /** Filter by this to see every action of the group. */
      prefix: z.string(),
      label: z.string(),
      actions: z.array(z.object({ action: z.string(), label: z.string() })),
    }),
  ),
  /** The kinds of record the trail's entries are about (the entityType filter). */
  recordTypes: z.array(z.object({ entityType: z.string(), label: z.string() })),
});
export type AuditActions = z.infer<typeof auditActions>;

const instant = z.string().refine((v) => !Number.isNaN(Date.parse(v)), 'Enter a date, like 2026-04-01');

export const auditQuery = z.object({
  /** Actions starting with this: a whole action, or a group such as `member.` (see /audit/actions). */
  action: z.string().max(100).optional(),
  /** Who did it: part of their email, or cli:… */
  actor: z.string().max(320).optional(),
  entityType: z.string().max(100).optional(),
  /** From this instant (inclusive). */
  from: instant.optional(),
  /** Up to this instant (exclusive). */
  to: instant.optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type AuditQuery = z.input<typeof auditQuery>;

export const auditVerification = z.object({ ok: z.boolean(), records: z.number(), headHash: z.string().optional(), message: z.string().optional() });
export type AuditVerification = z.infer<typeof auditVerification>;

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

export const auditPage = z.object({
  events: z.array(auditEvent),
  /** Pass as `before` for the next, older page; null on the last page. */
  nextBefore: z.number().nullable(),
});
export type AuditPage = z.infer<typeof auditPage>;

const instant = z.string().refine((v) => !Number.isNaN(Date.parse(v)), 'Enter a date, like 2026-04-01');

export const auditQuery = z.object({
  /** Actions starting with this, such as member. */
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

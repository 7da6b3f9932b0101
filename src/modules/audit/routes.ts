// HTTP entry points for reading and verifying the audit trail.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listAuditEvents, verifyAuditTrail } from '../../platform/audit/audit-trail.js';
import type { AppContext } from '../../platform/context.js';
import { orgOf } from '../../platform/http/access.js';

const instant = z.string().refine((v) => !Number.isNaN(Date.parse(v)), 'Enter a date, like 2026-04-01');

export async function auditRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/orgs/:orgId/audit',
    {
      config: { policy: { action: 'audit.read' } },
      schema: {
        tags: ['audit'],
        summary: 'The audit trail of this organisation and those below it, newest first',
        params: z.object({ orgId: z.string() }),
        querystring: z.object({
          action: z.string().max(100).optional(),
          actor: z.string().max(320).optional(),
          entityType: z.string().max(100).optional(),
          from: instant.optional(),
          to: instant.optional(),
          before: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(500).default(50),
        }),
        response: {
          200: z.object({
            events: z.array(
              z.object({
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
              }),
            ),
            nextBefore: z.number().nullable(),
          }),
        },
      },
    },
    async (request) => {
      const q = request.query;
      const { events, nextBeforeSeq } = await listAuditEvents(app.db, {
        orgPath: orgOf(request).path,
        action: q.action,
        actor: q.actor,
        entityType: q.entityType,
        from: q.from ? new Date(q.from).toISOString() : undefined,
        to: q.to ? new Date(q.to).toISOString() : undefined,
        beforeSeq: q.before,
        limit: q.limit,
      });
      return { events, nextBefore: nextBeforeSeq };
    },
  );

  r.get(
    '/audit/verify',
    {
      config: { policy: { action: 'audit.verify' } },
      schema: {
        tags: ['audit'],
        summary: 'Check the whole audit trail’s hash chain',
        response: { 200: z.object({ ok: z.boolean(), records: z.number(), headHash: z.string().optional(), message: z.string().optional() }) },
      },
    },
    async () => {
      const result = await verifyAuditTrail(app.db);
      return result.ok ? { ok: true, records: result.records, headHash: result.headHash } : { ok: false, records: result.records, message: result.message };
    },
  );
}

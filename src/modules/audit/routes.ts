// HTTP entry points for reading and verifying the audit trail.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listAuditEvents, verifyAuditTrail } from '../../platform/audit/audit-trail.js';
import { auditPage, auditQuery, auditVerification } from '../../contract/audit.js';
import type { AppContext } from '../../platform/context.js';
import { orgOf } from '../../platform/http/access.js';

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
        querystring: auditQuery,
        response: { 200: auditPage },
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
        response: { 200: auditVerification },
      },
    },
    async () => {
      const result = await verifyAuditTrail(app.db);
      return result.ok ? { ok: true, records: result.records, headHash: result.headHash } : { ok: false, records: result.records, message: result.message };
    },
  );
}

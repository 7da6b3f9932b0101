// HTTP entry points for reading the audit trail (in words, with names) and verifying its chain.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { verifyAuditTrail } from '../../platform/audit/audit-trail.js';
import { auditActions, auditPage, auditQuery, auditVerification, readableAuditEvent } from '../../contract/audit.js';
import type { AppContext } from '../../platform/context.js';
import { orgOf } from '../../platform/http/access.js';
import * as service from './service.js';

export async function auditRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/orgs/:orgId/audit',
    {
      config: { policy: { action: 'audit.read' } },
      schema: {
        tags: ['audit'],
        summary: 'The audit trail of this organisation and those below it, newest first, each record also in words',
        params: z.object({ orgId: z.string() }),
        querystring: auditQuery,
        response: { 200: auditPage },
      },
    },
    async (request) => {
      const q = request.query;
      return service.auditTrail(app.db, {
        orgPath: orgOf(request).path,
        action: q.action,
        actor: q.actor,
        entityType: q.entityType,
        from: q.from ? new Date(q.from).toISOString() : undefined,
        to: q.to ? new Date(q.to).toISOString() : undefined,
        beforeSeq: q.before,
        limit: q.limit,
      });
    },
  );

  r.get(
    '/orgs/:orgId/audit/actions',
    {
      config: { policy: { action: 'audit.read' } },
      schema: {
        tags: ['audit'],
        summary: 'The actions the audit trail records, grouped, and the kinds of record, with what each is called',
        params: z.object({ orgId: z.string() }),
        response: { 200: auditActions },
      },
    },
    async () => service.auditActions(),
  );

  r.get(
    '/orgs/:orgId/audit/people/:userId',
    {
      config: { policy: { action: 'member.read' } },
      schema: {
        tags: ['audit'],
        summary: 'A member’s recent sign-ins, failures and changes to their credentials, in words',
        params: z.object({ orgId: z.string(), userId: z.string() }),
        response: { 200: z.object({ events: z.array(readableAuditEvent) }) },
      },
    },
    async (request) => ({ events: await service.personActivity(app.db, orgOf(request).id, request.params.userId) }),
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

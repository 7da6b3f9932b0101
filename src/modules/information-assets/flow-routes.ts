// HTTP entry points for data flows: the list with its filters and flags as of a date, one flow in
// full, changes against the version read, archiving and the export. Flows come in through
// /imports/flows; their flags are in /asset-flags with the register's.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { flowChangeBody, flowDetail, flowList, flowListQuery, newFlowBody } from '../../contract/data-flows.js';
import { asOfQuery, exportQuery, versionQuery } from '../../contract/information-assets.js';
import { asOfOrNow } from '../../platform/as-of.js';
import type { AppContext } from '../../platform/context.js';
import { contextOf, orgOf } from '../../platform/http/access.js';
import { sendAttachment } from '../../platform/http/attachment.js';
import * as service from './service.js';

const tags = ['data flows'];
const orgParams = z.object({ orgId: z.string() });
const recordParams = orgParams.extend({ id: z.string().max(100) });
const policy = (action: string) => ({ config: { policy: { action } } });
const yesOrNo = (text: 'true' | 'false' | undefined) => (text === undefined ? undefined : text === 'true');
const STALE_NOTE = 'Send the version you read; a stale version gets 409 with the flow as it now is.';

export async function dataFlowRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/orgs/:orgId/data-flows',
    {
      ...policy('flow.read'),
      schema: {
        tags,
        summary: 'The organisation’s data flows, by name, each with its ends and its risk flags as of a date',
        description:
          'personal, specialCategory, external, unencrypted (not known to be encrypted in transit), lackingBasis and flagged: true keeps the flows that are, false those that are not. assetId and supplierId keep the flows with it at either end; archived=true includes archived flows; q matches the name, description, purpose or another organisation named. asOf: a date or an instant; default now.',
        params: orgParams,
        querystring: flowListQuery,
        response: { 200: flowList },
      },
    },
    async (request) => {
      const q = request.query;
      const criteria = {
        personal: yesOrNo(q.personal),
        specialCategory: yesOrNo(q.specialCategory),
        external: yesOrNo(q.external),
        unencrypted: yesOrNo(q.unencrypted),
        lackingBasis: yesOrNo(q.lackingBasis),
        flagged: yesOrNo(q.flagged),
        assetId: q.assetId,
        supplierId: q.supplierId,
        text: q.q,
        archived: q.archived === 'true',
      };
      return service.listFlows(app.db, orgOf(request).id, criteria, asOfOrNow(q.asOf));
    },
  );

  r.post(
    '/orgs/:orgId/data-flows',
    {
      ...policy('flow.manage'),
      schema: {
        tags,
        summary: 'Add a data flow',
        description:
          'Its name is unique among the organisation’s live flows. Each end is exactly one of { assetId } (a live asset), { supplierId } or { party } (another organisation by name); one end must be the organisation’s. Any data category, or patient data, makes it personal data; a special category among them makes it special-category data.',
        params: orgParams,
        body: newFlowBody,
        response: { 201: flowDetail },
      },
    },
    async (request, reply) => reply.code(201).send(await service.createFlow(contextOf(app, request), orgOf(request).id, request.body)),
  );

  r.get(
    '/orgs/:orgId/data-flows/export',
    {
      ...policy('flow.read'),
      schema: { tags, summary: 'The live data flows as a CSV file or an XLSX workbook, under the headings the import reads, with the flags as of a date', params: orgParams, querystring: exportQuery },
    },
    async (request, reply) => sendAttachment(reply, await service.exportFlows(app.db, orgOf(request).id, request.query.format, asOfOrNow(request.query.asOf), app.identity)),
  );

  r.get(
    '/orgs/:orgId/data-flows/:id',
    { ...policy('flow.read'), schema: { tags, summary: 'One data flow, with its ends and risk flags as of a date', params: recordParams, querystring: asOfQuery, response: { 200: flowDetail } } },
    async (request) => service.getFlow(app.db, orgOf(request).id, request.params.id, asOfOrNow(request.query.asOf)),
  );

  r.patch(
    '/orgs/:orgId/data-flows/:id',
    { ...policy('flow.manage'), schema: { tags, summary: 'Change a data flow', description: STALE_NOTE, params: recordParams, body: flowChangeBody, response: { 200: flowDetail } } },
    async (request) => service.changeFlow(contextOf(app, request), orgOf(request).id, request.params.id, request.body),
  );

  r.delete(
    '/orgs/:orgId/data-flows/:id',
    {
      ...policy('flow.manage'),
      schema: {
        tags,
        summary: 'Archive a data flow: it is kept for the record, raises no flags, and its name is free again',
        description: `${STALE_NOTE} The version goes in the query: ?version=3.`,
        params: recordParams,
        querystring: versionQuery,
        response: { 200: flowDetail },
      },
    },
    async (request) => service.archiveFlow(contextOf(app, request), orgOf(request).id, request.params.id, request.query.version),
  );
}

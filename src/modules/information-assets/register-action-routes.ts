// HTTP entry points for the actions made from the register's flags: the list, making a flag an action
// (once), and changing an action's owner, due date or status against the version read.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { newRegisterActionBody, registerAction, registerActionChangeBody, registerActionList, registerActionListQuery } from '../../contract/register-actions.js';
import { asOfOrNow } from '../../platform/as-of.js';
import type { AppContext } from '../../platform/context.js';
import { contextOf, orgOf } from '../../platform/http/access.js';
import * as service from './service.js';

const tags = ['information assets'];
const orgParams = z.object({ orgId: z.string() });

export async function registerActionRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/orgs/:orgId/register-actions',
    {
      config: { policy: { action: 'asset.read' } },
      schema: {
        tags,
        summary: 'The actions made from the register’s risk flags, newest first, each saying whether its flag is still raised',
        description: 'status, subjectKind and subjectId filter. flagCleared is worked out as of asOf (a date or an instant; default now).',
        params: orgParams,
        querystring: registerActionListQuery,
        response: { 200: registerActionList },
      },
    },
    async (request) => {
      const q = request.query;
      return service.listRegisterActions(app.db, orgOf(request).id, { status: q.status, subjectKind: q.subjectKind, subjectId: q.subjectId }, asOfOrNow(q.asOf));
    },
  );

  r.post(
    '/orgs/:orgId/register-actions',
    {
      config: { policy: { action: 'asset.manage' } },
      schema: {
        tags,
        summary: 'Make a risk flag an action (once per flag)',
        description: 'The flag must be raised as of asOf (default now); the action keeps its rule, subject and reason. A flag already made an action gets 409.',
        params: orgParams,
        body: newRegisterActionBody,
        response: { 201: registerAction },
      },
    },
    async (request, reply) => reply.code(201).send(await service.createRegisterAction(contextOf(app, request), orgOf(request).id, request.body)),
  );

  r.patch(
    '/orgs/:orgId/register-actions/:id',
    {
      config: { policy: { action: 'asset.manage' } },
      schema: {
        tags,
        summary: 'Change an action’s owner, due date or status',
        description: 'Send the version you read; a stale version gets 409 with the action as it now is. Done sets closedAt; moving off done clears it.',
        params: orgParams.extend({ id: z.string().max(100) }),
        body: registerActionChangeBody,
        response: { 200: registerAction },
      },
    },
    async (request) => service.changeRegisterAction(contextOf(app, request), orgOf(request).id, request.params.id, request.body),
  );
}

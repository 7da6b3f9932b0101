// HTTP entry points for the organisation tree.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { newOrganisationBody, organisation, organisationChangeBody, organisationPage, reference, treeOrganisation } from '../../contract/organisations.js';
import type { AppContext } from '../../platform/context.js';
import { contextOf, orgOf } from '../../platform/http/access.js';
import { ROLE_LABELS, ROLES } from '../../platform/policy/roles.js';
import { DSPT_CATEGORIES, ORGANISATION_TYPE_LABELS, ORGANISATION_TYPES } from './domain/organisation-types.js';
import * as service from './service.js';

const orgParams = z.object({ orgId: z.string() });

export async function organisationRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/reference',
    {
      config: { policy: { action: 'me.read' } },
      schema: {
        tags: ['reference'],
        summary: 'Roles, organisation types and DSPT categories, with their labels',
        response: { 200: reference },
      },
    },
    async () => ({
      roles: ROLES.map((id) => ({ id, label: ROLE_LABELS[id] })),
      organisationTypes: ORGANISATION_TYPES.map((id) => ({ id, label: ORGANISATION_TYPE_LABELS[id] })),
      dsptCategories: DSPT_CATEGORIES.map((id) => ({ id, label: `Category ${id.slice(-1)}` })),
    }),
  );

  r.get(
    '/orgs/:orgId',
    {
      config: { policy: { action: 'organisation.read' } },
      schema: {
        tags: ['organisations'],
        summary: 'One organisation, with where it sits, your roles and what you may do there',
        params: orgParams,
        response: { 200: organisationPage },
      },
    },
    async (request) => service.organisationPage(app.db, request.principal!, orgOf(request)),
  );

  r.get(
    '/orgs/:orgId/tree',
    {
      config: { policy: { action: 'organisation.read' } },
      schema: {
        tags: ['organisations'],
        summary: 'The organisation and everything below it, depth-first',
        params: orgParams,
        response: { 200: z.object({ organisations: z.array(treeOrganisation) }) },
      },
    },
    async (request) => ({ organisations: await service.treeBelow(app.db, orgOf(request)) }),
  );

  r.post(
    '/orgs/:orgId/children',
    {
      config: { policy: { action: 'organisation.create-child' } },
      schema: { tags: ['organisations'], summary: 'Add an organisation, site or department below this one', params: orgParams, body: newOrganisationBody, response: { 201: organisation } },
    },
    async (request, reply) => {
      const row = await service.createOrganisation(contextOf(app, request), request.body, orgOf(request));
      return reply.code(201).send(service.toView(row));
    },
  );

  r.post(
    '/orgs',
    {
      config: { policy: { action: 'organisation.create-root' } },
      schema: { tags: ['organisations'], summary: 'Add an organisation at the top of the tree', body: newOrganisationBody, response: { 201: organisation } },
    },
    async (request, reply) => {
      const row = await service.createOrganisation(contextOf(app, request), request.body, null);
      return reply.code(201).send(service.toView(row));
    },
  );

  r.patch(
    '/orgs/:orgId',
    {
      config: { policy: { action: 'organisation.update' } },
      schema: {
        tags: ['organisations'],
        summary: 'Change an organisation’s name, ODS code or DSPT category',
        description: 'Send the version you read; a stale version gets 409 Conflict rather than overwriting a colleague’s change.',
        params: orgParams,
        body: organisationChangeBody,
        response: { 200: organisation },
      },
    },
    async (request) => service.toView(await service.updateOrganisation(contextOf(app, request), orgOf(request).id, request.body)),
  );
}

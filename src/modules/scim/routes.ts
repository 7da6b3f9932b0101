// SCIM 2.0 endpoints at /scim/v2 (the tenant URL an identity provider is given). They answer in
// application/scim+json, and every error, access control's included, as a SCIM Error document.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.js';
import { DomainError, TooManyAttempts, Unauthenticated, ValidationFailed } from '../../platform/errors.js';
import { contextOf } from '../../platform/http/access.js';
import { findOrganisation } from '../organisations/service.js';
import { projectionOf } from './domain/attributes.js';
import { resourceTypes, schemaDocuments, serviceProviderConfig } from './domain/discovery.js';
import { listResponse } from './domain/paging.js';
import { errorDocument, notFound, ScimError, type ScimType } from './domain/scim-error.js';
import * as service from './service.js';

const SCIM_JSON = 'application/scim+json; charset=utf-8';

type IdParams = { Params: { id: string }; Querystring: Record<string, string | undefined> };
type ListRequest = { Querystring: Record<string, string | undefined> };

export async function scimRoutes(scope: FastifyInstance, app: AppContext) {
  // Identity providers send application/scim+json; parse it as JSON, refusing __proto__ keys as the default parser does.
  scope.addContentTypeParser('application/scim+json', { parseAs: 'string' }, scope.getDefaultJsonParser('error', 'error'));
  scope.setErrorHandler(scimErrorHandler);

  const config = { policy: { action: 'scim.provision' } };
  const schema = (summary: string) => ({ tags: ['SCIM provisioning'], summary });
  const context = (request: FastifyRequest) => scimContextOf(app, request);

  scope.get('/ServiceProviderConfig', { config, schema: schema('What this SCIM service supports') }, async (request, reply) =>
    send(reply, 200, serviceProviderConfig(baseUrlOf(request))),
  );
  scope.get('/ResourceTypes', { config, schema: schema('The resource types: User and Group') }, async (request, reply) => {
    const types = resourceTypes(baseUrlOf(request));
    return send(reply, 200, listResponse(types, types.length, { startIndex: 1, count: types.length }));
  });
  scope.get('/Schemas', { config, schema: schema('The attributes of User and Group that Bulwark keeps') }, async (request, reply) => {
    const schemas = schemaDocuments(baseUrlOf(request));
    return send(reply, 200, listResponse(schemas, schemas.length, { startIndex: 1, count: schemas.length }));
  });

  scope.get<ListRequest>('/Users', { config, schema: schema('Provisioned users; filter by userName or externalId') }, async (request, reply) =>
    send(reply, 200, await service.listUsers(await context(request), request.query, projectionOf(request.query))),
  );
  scope.post('/Users', { config, schema: schema('Provision a user (or link an existing account of this organisation)') }, async (request, reply) => {
    const user = await service.createUser(await context(request), request.body);
    return send(reply.header('location', user.meta.location), 201, user);
  });
  scope.get<IdParams>('/Users/:id', { config, schema: schema('A provisioned user') }, async (request, reply) =>
    send(reply, 200, await service.getUser(await context(request), request.params.id, projectionOf(request.query))),
  );
  scope.put<IdParams>('/Users/:id', { config, schema: schema('Replace a provisioned user') }, async (request, reply) =>
    send(reply, 200, await service.replaceUser(await context(request), request.params.id, request.body)),
  );
  scope.patch<IdParams>('/Users/:id', { config, schema: schema('Change a provisioned user; active false de-provisions them') }, async (request, reply) =>
    send(reply, 200, await service.patchUser(await context(request), request.params.id, request.body)),
  );
  scope.delete<IdParams>('/Users/:id', { config, schema: schema('De-provision a user: deactivated, sessions ended, roles here removed') }, async (request, reply) => {
    await service.deleteUser(await context(request), request.params.id);
    return reply.code(204).send();
  });

  scope.get<ListRequest>('/Groups', { config, schema: schema('Directory groups; filter by displayName, externalId or member') }, async (request, reply) =>
    send(reply, 200, await service.listGroups(await context(request), request.query, projectionOf(request.query))),
  );
  scope.post('/Groups', { config, schema: schema('Create a directory group') }, async (request, reply) => {
    const group = await service.createGroup(await context(request), request.body);
    return send(reply.header('location', group.meta.location), 201, group);
  });
  scope.get<IdParams>('/Groups/:id', { config, schema: schema('A directory group') }, async (request, reply) =>
    send(reply, 200, await service.getGroup(await context(request), request.params.id, projectionOf(request.query))),
  );
  scope.put<IdParams>('/Groups/:id', { config, schema: schema('Replace a directory group and its members') }, async (request, reply) =>
    send(reply, 200, await service.replaceGroup(await context(request), request.params.id, request.body)),
  );
  scope.patch<IdParams>('/Groups/:id', { config, schema: schema('Rename a group, or add and remove its members') }, async (request, reply) =>
    send(reply, 200, await service.patchGroup(await context(request), request.params.id, request.body)),
  );
  scope.delete<IdParams>('/Groups/:id', { config, schema: schema('Delete a directory group; the roles it gave go') }, async (request, reply) => {
    await service.deleteGroup(await context(request), request.params.id);
    return reply.code(204).send();
  });

  // Anything else under /scim/v2 is a SCIM 404, not the web app's page.
  scope.route({
    method: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    url: '/*',
    config,
    schema: { hide: true },
    handler: async (request) => {
      throw notFound(`There is no SCIM endpoint ${request.method} ${request.url.split('?')[0]}.`);
    },
  });
}

function send(reply: FastifyReply, status: number, body: unknown) {
  return reply.code(status).type(SCIM_JSON).send(JSON.stringify(body));
}

function baseUrlOf(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}/scim/v2`;
}

/** The request's context, with the organisation its SCIM token belongs to. */
async function scimContextOf(app: AppContext, request: FastifyRequest): Promise<service.ScimContext> {
  const ctx = contextOf(app, request);
  const credential = ctx.principal.credential;
  const org = credential.kind === 'token' && credential.tokenKind === 'scim' && credential.orgId ? await findOrganisation(app.db, credential.orgId) : undefined;
  if (!org) throw new Unauthenticated('This SCIM token does not belong to an organisation that exists.');
  return { ...ctx, org, baseUrl: baseUrlOf(request) };
}

function scimErrorHandler(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  const { status, detail, scimType } = describe(error, request);
  if (status === 401) void reply.header('www-authenticate', 'Bearer realm="Bulwark SCIM"');
  if (error instanceof TooManyAttempts) void reply.header('retry-after', String(error.retryAfterSeconds));
  return send(reply, status, errorDocument(status, detail, scimType));
}

function describe(error: FastifyError | Error, request: FastifyRequest): { status: number; detail: string; scimType?: ScimType } {
  if (error instanceof ScimError) return { status: error.status, detail: error.message, ...(error.scimType ? { scimType: error.scimType } : {}) };
  if (error instanceof ValidationFailed) {
    return { status: 400, detail: [error.message, ...error.errors.map((e) => `${e.field}: ${e.message}`)].join(' '), scimType: 'invalidValue' };
  }
  if (error instanceof Unauthenticated && !request.headers.authorization) {
    return { status: 401, detail: 'Send the organisation’s SCIM token in the header Authorization: Bearer <token>.' };
  }
  if (error instanceof DomainError) return { status: error.status, detail: error.message };
  if (hasZodFastifySchemaValidationErrors(error)) return { status: 400, detail: error.message, scimType: 'invalidValue' };
  const code = (error as FastifyError).code;
  if (code === 'FST_ERR_CTP_INVALID_JSON_BODY' || code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error instanceof SyntaxError) {
    return { status: 400, detail: 'The body is not valid JSON.', scimType: 'invalidSyntax' };
  }
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return { status: 415, detail: 'Send the body as application/scim+json or application/json.' };
  // Entra ID sends requests in parallel: two creating the same person at once meet the database's
  // unique constraint, which is a conflict the directory resolves by retrying, not a fault.
  if (code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return { status: 409, detail: 'Another request made the same change at the same moment. Try again.', scimType: 'uniqueness' };
  }
  const status = (error as FastifyError).statusCode;
  if (status && status >= 400 && status < 500) return { status, detail: error.message };
  request.log.error({ err: error }, 'unhandled error');
  return { status: 500, detail: `Bulwark could not complete this request. Quote reference ${request.id} if you report it.` };
}

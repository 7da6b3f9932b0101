// HTTP entry points for personal tokens (under /me) and an organisation's service and SCIM tokens.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiToken, createdToken, newOrganisationTokenBody, newPersonalTokenBody, tokenList } from '../../contract/api-tokens.js';
import type { AppContext } from '../../platform/context.js';
import { contextOf, orgOf } from '../../platform/http/access.js';
import * as service from './service.js';

export async function apiTokenRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['API tokens'];

  r.get(
    '/me/tokens',
    { config: { policy: { action: 'token.manage-own' } }, schema: { tags, summary: 'Your personal API tokens', response: { 200: tokenList } } },
    async (request) => ({ tokens: await service.listPersonalTokens(contextOf(app, request)), availableScopes: service.availableScopes() }),
  );

  r.post(
    '/me/tokens',
    {
      config: { policy: { action: 'token.manage-own' } },
      schema: { tags, summary: 'Create a personal API token; the token is in this response only', body: newPersonalTokenBody, response: { 201: createdToken } },
    },
    async (request, reply) => {
      const { token, view } = await service.createPersonalToken(contextOf(app, request), request.body);
      return reply.code(201).send({ token, apiToken: view });
    },
  );

  r.post(
    '/me/tokens/:tokenId/revoke',
    {
      config: { policy: { action: 'token.manage-own' } },
      schema: { tags, summary: 'Revoke one of your tokens at once', params: z.object({ tokenId: z.string() }), response: { 200: apiToken } },
    },
    async (request) => service.revokeToken(contextOf(app, request), request.params.tokenId, null),
  );

  r.get(
    '/orgs/:orgId/tokens',
    {
      config: { policy: { action: 'token.manage' } },
      schema: { tags, summary: 'The organisation’s service and SCIM tokens', params: z.object({ orgId: z.string() }), response: { 200: tokenList } },
    },
    async (request) => ({ tokens: await service.listOrganisationTokens(contextOf(app, request), orgOf(request)), availableScopes: service.availableScopes() }),
  );

  r.post(
    '/orgs/:orgId/tokens',
    {
      config: { policy: { action: 'token.manage' } },
      schema: {
        tags,
        summary: 'Create a service token (acts with the roles given, in this organisation) or a SCIM provisioning token',
        params: z.object({ orgId: z.string() }),
        body: newOrganisationTokenBody,
        response: { 201: createdToken },
      },
    },
    async (request, reply) => {
      const { kind, ...input } = request.body;
      const { token, view } = await service.createOrganisationToken(contextOf(app, request), orgOf(request), kind, input);
      return reply.code(201).send({ token, apiToken: view });
    },
  );

  r.post(
    '/orgs/:orgId/tokens/:tokenId/revoke',
    {
      config: { policy: { action: 'token.manage' } },
      schema: { tags, summary: 'Revoke one of the organisation’s tokens at once', params: z.object({ orgId: z.string(), tokenId: z.string() }), response: { 200: apiToken } },
    },
    async (request) => service.revokeToken(contextOf(app, request), request.params.tokenId, orgOf(request)),
  );
}

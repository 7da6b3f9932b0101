// HTTP entry points for single sign-on: an organisation's connections (its administrators), and the
// three steps of signing in (which connection serves an email, off to the provider, and back).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ssoConnection, ssoConnectionBody, ssoConnectionList, ssoConnectionUpdateBody, ssoDiscovery, ssoDiscoverBody } from '../../contract/sso.js';
import type { AppContext } from '../../platform/context.js';
import { contextOf, orgOf, setSessionCookie } from '../../platform/http/access.js';
import * as service from './service.js';

const orgParams = z.object({ orgId: z.string() });
const connectionParams = z.object({ orgId: z.string(), connectionId: z.string() });
const noContent = z.null().describe('No content');

/** Holds, for ten minutes, the key to the state of a sign-in in progress. Lax, so it comes back with the provider's redirect. */
const SIGN_IN_COOKIE = 'bulwark_sso';
const SIGN_IN_COOKIE_PATH = '/api/v1/auth/sso';

/** Where the web app takes a session in each stage. */
const PAGE_FOR_STAGE = { 'second-factor': '/sign-in/second-factor', enrolment: '/set-up-mfa' } as const;

export async function ssoRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['single sign-on'];
  const rateLimit = { max: app.config.loginRatePerMinute, timeWindow: '1 minute' };
  const publicOrigin = (request: FastifyRequest) => app.config.publicUrl ?? `${request.protocol}://${request.host}`;
  const attempt = (request: FastifyRequest): service.Attempt => ({
    publicOrigin: publicOrigin(request),
    ip: request.ip,
    userAgent: request.headers['user-agent'] ?? null,
    requestId: request.id,
    now: new Date(),
  });
  const refuse = (request: FastifyRequest, reply: FastifyReply, outcome: { reason: string; detail?: string }) => {
    // The reason is logged; the provider's answer, the code and any token never are.
    request.log.warn({ reason: outcome.reason, detail: outcome.detail }, 'single sign-on refused');
    clearSignInCookie(reply, request);
    return reply.redirect(`/sign-in?sso=${encodeURIComponent(outcome.reason)}`, 302);
  };

  r.get(
    '/orgs/:orgId/sso-connections',
    {
      config: { policy: { action: 'sso.manage' } },
      schema: { tags, summary: 'The organisation’s single sign-on connections, and the redirect URI to register with the provider', params: orgParams, response: { 200: ssoConnectionList } },
    },
    async (request) => ({
      connections: await service.listConnections(contextOf(app, request), orgOf(request)),
      redirectUri: service.redirectUriFor(publicOrigin(request)),
    }),
  );

  r.post(
    '/orgs/:orgId/sso-connections',
    {
      config: { policy: { action: 'sso.manage' } },
      schema: {
        tags,
        summary: 'Connect the organisation to an OpenID Connect identity provider; the issuer’s discovery document is checked first',
        params: orgParams,
        body: ssoConnectionBody,
        response: { 201: ssoConnection },
      },
    },
    async (request, reply) => reply.code(201).send(await service.createConnection(contextOf(app, request), orgOf(request), request.body)),
  );

  r.get(
    '/orgs/:orgId/sso-connections/:connectionId',
    { config: { policy: { action: 'sso.manage' } }, schema: { tags, summary: 'One single sign-on connection (never its client secret)', params: connectionParams, response: { 200: ssoConnection } } },
    async (request) => service.getConnection(contextOf(app, request), orgOf(request), request.params.connectionId),
  );

  r.put(
    '/orgs/:orgId/sso-connections/:connectionId',
    {
      config: { policy: { action: 'sso.manage' } },
      schema: { tags, summary: 'Change a connection; a stale version is refused with 409', params: connectionParams, body: ssoConnectionUpdateBody, response: { 200: ssoConnection } },
    },
    async (request) => service.updateConnection(contextOf(app, request), orgOf(request), request.params.connectionId, request.body),
  );

  r.delete(
    '/orgs/:orgId/sso-connections/:connectionId',
    {
      config: { policy: { action: 'sso.manage' } },
      schema: { tags, summary: 'Remove a connection; accounts stay, and can still sign in with a password or passkey', params: connectionParams, response: { 204: noContent } },
    },
    async (request, reply) => {
      await service.deleteConnection(contextOf(app, request), orgOf(request), request.params.connectionId);
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/auth/sso/discover',
    {
      config: { policy: { public: 'Finding how to sign in comes before having a session.' }, rateLimit },
      schema: { tags: ['authentication'], summary: 'Which single sign-on connection serves an email address’s domain', body: ssoDiscoverBody, response: { 200: ssoDiscovery } },
    },
    async (request) => service.discover(app, request.body.email),
  );

  r.get(
    '/auth/sso/:connectionId/start',
    {
      config: { policy: { public: 'Signing in is how a person gets a session.' }, rateLimit },
      schema: {
        tags: ['authentication'],
        summary: 'Go to the identity provider to sign in (a browser navigation: answers with a redirect)',
        params: z.object({ connectionId: z.string() }),
        querystring: z.object({ returnTo: z.string().max(500).optional() }),
      },
    },
    async (request, reply) => {
      const outcome = await service.startSignIn(app, request.params.connectionId, request.query.returnTo, attempt(request));
      if (outcome.kind === 'refused') return refuse(request, reply, outcome);
      void reply.setCookie(SIGN_IN_COOKIE, outcome.cookieValue, {
        path: SIGN_IN_COOKIE_PATH,
        httpOnly: true,
        sameSite: 'lax',
        secure: request.protocol === 'https',
        maxAge: service.SIGN_IN_MINUTES * 60,
      });
      return reply.redirect(outcome.location, 302);
    },
  );

  r.get(
    '/auth/sso/callback',
    {
      config: { policy: { public: 'The identity provider sends the person back here to finish signing in.' }, rateLimit },
      schema: { tags: ['authentication'], summary: 'Where the identity provider sends the person back; sets the session cookie (a browser navigation)' },
    },
    async (request, reply) => {
      const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      const outcome = await service.finishSignIn(app, request.cookies[SIGN_IN_COOKIE], query, attempt(request));
      if (outcome.kind === 'refused') return refuse(request, reply, outcome);
      clearSignInCookie(reply, request);
      setSessionCookie(reply, request, outcome.token, app.config.session.absoluteMinutes * 60);
            if (outcome.stage === 'complete') return reply.redirect(outcome.returnTo, 302);
      const carryOn = outcome.returnTo === '/' ? '' : `?returnTo=${encodeURIComponent(outcome.returnTo)}`;
      return reply.redirect(`${PAGE_FOR_STAGE[outcome.stage]}${carryOn}`, 302);
    },
  );
}

function clearSignInCookie(reply: FastifyReply, request: FastifyRequest) {
  void reply.clearCookie(SIGN_IN_COOKIE, { path: SIGN_IN_COOKIE_PATH, httpOnly: true, sameSite: 'lax', secure: request.protocol === 'https' });
}

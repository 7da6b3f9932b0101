// HTTP entry points for signing in and out, the signed-in person, and the people in an organisation.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loginSession, me, member, passwordChangeBody, rolesBody, signedIn, signInBody } from '../../contract/accounts.js';
import { auditEvent } from '../../contract/audit.js';
import { identityEventsOf, ownActivityOf } from '../../platform/audit/audit-trail.js';
import type { AppContext } from '../../platform/context.js';
import { clearSessionCookie, contextOf, orgOf, setSessionCookie } from '../../platform/http/access.js';
import * as organisations from '../organisations/service.js';
import * as service from './service.js';

const orgParams = z.object({ orgId: z.string() });
const memberParams = z.object({ orgId: z.string(), userId: z.string() });
const noContent = z.null().describe('No content');
/** Enough to see a pattern of failed sign-ins; the full trail is in the audit pages. */
const ACTIVITY_LIMIT = 50;

export async function accountRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/auth/login',
    {
      config: {
        policy: { public: 'Signing in is how a person gets a session.' },
        rateLimit: { max: app.config.loginRatePerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['authentication'],
        summary: 'Sign in with email and password; sets the session cookie',
        body: signInBody,
        response: { 200: signedIn },
      },
    },
    async (request, reply) => {
      const signedIn = await service.signIn(app, {
        email: request.body.email,
        password: request.body.password,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        requestId: request.id,
      });
      setSessionCookie(reply, request, signedIn.token, app.config.session.absoluteMinutes * 60);
      return { user: signedIn.user, csrfToken: signedIn.csrfToken, stage: signedIn.stage, methods: signedIn.methods };
    },
  );

  r.post(
    '/auth/logout',
    { config: { policy: { action: 'me.read', during: ['second-factor', 'enrolment'] } }, schema: { tags: ['authentication'], summary: 'Sign out of this session', response: { 204: noContent } } },
    async (request, reply) => {
      await service.signOut(contextOf(app, request));
      clearSessionCookie(reply, request);
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/auth/logout-everywhere',
    { config: { policy: { action: 'me.update' } }, schema: { tags: ['authentication'], summary: 'Sign out of every session of your account', response: { 204: noContent } } },
    async (request, reply) => {
      await service.signOutEverywhere(contextOf(app, request));
      clearSessionCookie(reply, request);
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/me',
    {
      config: { policy: { action: 'me.read', during: ['second-factor', 'enrolment'] } },
      schema: {
        tags: ['authentication'],
        summary: 'The signed-in person, and every organisation they can see',
        response: { 200: me },
      },
    },
    async (request) => {
      const principal = request.principal!;
      const credential = principal.credential;
      const stage = credential.kind === 'session' ? credential.stage : 'complete';
      // Until signing in is finished the session learns nothing about the organisations.
      const complete = stage === 'complete';
      return {
        user: principal.user,
        csrfToken: request.csrfToken ?? '',
        stage,
        isSystemAdmin: complete && principal.isSystemAdmin,
        organisations: complete ? await organisations.visibleTo(app.db, principal) : [],
      };
    },
  );

  r.post(
    '/me/password',
    {
      config: { policy: { action: 'me.update' }, rateLimit: { max: app.config.loginRatePerMinute, timeWindow: '1 minute' } },
      schema: {
        tags: ['authentication'],
        summary: 'Change your password; your other sessions end',
        body: passwordChangeBody,
        response: { 200: z.object({ sessionsEnded: z.number() }) },
      },
    },
    async (request) => service.changeOwnPassword(contextOf(app, request), request.body),
  );

  r.get(
    '/me/sessions',
    {
      config: { policy: { action: 'me.read' } },
      schema: {
        tags: ['authentication'],
        summary: 'Your login sessions',
        response: { 200: z.object({ sessions: z.array(loginSession) }) },
      },
    },
    async (request) => ({ sessions: await service.sessionsOf(contextOf(app, request)) }),
  );

  r.post(
    '/me/sessions/:sessionId/revoke',
    {
      config: { policy: { action: 'me.update' } },
      schema: { tags: ['authentication'], summary: 'End one of your login sessions (by the id the sessions list shows)', params: z.object({ sessionId: z.string() }), response: { 204: noContent } },
    },
    async (request, reply) => {
      const { current } = await service.revokeOwnSession(contextOf(app, request), request.params.sessionId);
      if (current) clearSessionCookie(reply, request);
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/me/activity',
    {
      config: { policy: { action: 'me.read' } },
      schema: {
        tags: ['authentication'],
        summary: 'Your recent sign-ins and failures, changes to your password, second factors and roles, and your personal API tokens made and revoked',
        response: { 200: z.object({ events: z.array(auditEvent) }) },
      },
    },
    async (request) => ({ events: await ownActivityOf(app.db, request.principal!.user.id, ACTIVITY_LIMIT) }),
  );

  r.get(
    '/orgs/:orgId/members/:userId/activity',
    {
      config: { policy: { action: 'member.read' } },
      schema: {
        tags: ['people'],
        summary: 'A person’s recent sign-ins, failures and changes to their credentials',
        params: memberParams,
        response: { 200: z.object({ events: z.array(auditEvent) }) },
      },
    },
    async (request) => {
      await service.getMember(app.db, orgOf(request).id, request.params.userId);
      return { events: await identityEventsOf(app.db, request.params.userId, ACTIVITY_LIMIT) };
    },
  );

  r.get(
    '/orgs/:orgId/members',
    {
      config: { policy: { action: 'member.read' } },
      schema: { tags: ['people'], summary: 'People with a role in this organisation', params: orgParams, response: { 200: z.object({ members: z.array(member) }) } },
    },
    async (request) => ({ members: await service.listMembers(app.db, orgOf(request).id) }),
  );

  r.get(
    '/orgs/:orgId/members/:userId',
    {
      config: { policy: { action: 'member.read' } },
      schema: { tags: ['people'], summary: 'One person’s roles in this organisation', params: memberParams, response: { 200: member } },
    },
    async (request) => service.getMember(app.db, orgOf(request).id, request.params.userId),
  );

  r.put(
    '/orgs/:orgId/members/:userId/roles',
    {
      config: { policy: { action: 'member.manage' } },
      schema: { tags: ['people'], summary: 'Set a person’s roles in this organisation', params: memberParams, body: rolesBody, response: { 200: member } },
    },
    async (request) => service.setRoles(contextOf(app, request), orgOf(request), request.params.userId, request.body.roles),
  );

  for (const [verb, active] of [['deactivate', false], ['reactivate', true]] as const) {
    r.post(
      `/orgs/:orgId/members/:userId/${verb}`,
      {
        config: { policy: { action: 'member.manage' } },
        schema: {
          tags: ['people'],
          summary: active ? 'Let a deactivated account sign in again' : 'Stop an account signing in, and end its sessions at once',
          params: memberParams,
          response: { 200: member },
        },
      },
      async (request) => service.setActive(contextOf(app, request), orgOf(request), request.params.userId, active),
    );
  }

  r.delete(
    '/orgs/:orgId/members/:userId',
    {
      config: { policy: { action: 'member.manage' } },
      schema: { tags: ['people'], summary: 'Remove every role the person holds in this organisation', params: memberParams, response: { 204: noContent } },
    },
    async (request, reply) => {
      await service.removeMember(contextOf(app, request), orgOf(request), request.params.userId);
      return reply.code(204).send(null);
    },
  );
}

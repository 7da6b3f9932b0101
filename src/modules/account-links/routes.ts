// HTTP entry points for adding people (an invitation), invitation links, the signed-in person's own
// invitations, and password-reset links.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  acceptedInvitation,
  acceptedMyInvitation,
  acceptInvitationBody,
  addedPerson,
  createdInvitation,
  createdLink,
  invitation,
  invitationPreview,
  linkTokenBody,
  myInvitation,
  newInvitationBody,
  newPersonBody,
  resetPasswordBody,
  resetPreview,
} from '../../contract/account-links.js';
import type { AppContext } from '../../platform/context.js';
import { contextOf, orgOf, setSessionCookie } from '../../platform/http/access.js';
import { publicOrigin } from '../../platform/http/public-origin.js';
import * as service from './service.js';

// The public "Forgotten your password?" request has its own file (its own rate limits); it is
// mounted with the rest of this module's routes.
export { passwordResetRequestRoutes } from './reset-request-routes.js';

const noContent = z.null().describe('No content');

export async function accountLinkRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  // Link tokens are long and random, but trying them is still slowed like signing in.
  const rateLimit = { max: app.config.loginRatePerMinute, timeWindow: '1 minute' };
  const orgParams = z.object({ orgId: z.string() });
  const invitationParams = z.object({ invitationId: z.string() });

  r.post(
    '/orgs/:orgId/members',
    {
      config: { policy: { action: 'member.manage' } },
      schema: {
        tags: ['people'],
        summary:
          'Add a person with roles: an invitation they accept when signed in. An email with no account gets one (with the initial password, if given). The answer is the same whether or not the account existed',
        params: orgParams,
        body: newPersonBody,
        response: { 201: addedPerson },
      },
    },
    async (request, reply) => reply.code(201).send(await service.addPerson(contextOf(app, request), orgOf(request), request.body, publicOrigin(app.config, request))),
  );

  r.post(
    '/orgs/:orgId/invitations',
    {
      // The link lets whoever holds it choose the password of a new account.
      config: { policy: { action: 'member.credentials' } },
      schema: { tags: ['people'], summary: 'Invite a person with roles; the link is in this response only', params: orgParams, body: newInvitationBody, response: { 201: createdInvitation } },
    },
    async (request, reply) =>
      reply.code(201).send(await service.createInvitation(contextOf(app, request), orgOf(request), request.body, publicOrigin(app.config, request))),
  );

  r.get(
    '/orgs/:orgId/invitations',
    {
      config: { policy: { action: 'member.manage' } },
      schema: { tags: ['people'], summary: 'Invitations made in this organisation', params: orgParams, response: { 200: z.object({ invitations: z.array(invitation) }) } },
    },
    async (request) => ({ invitations: await service.listInvitations(contextOf(app, request), orgOf(request)) }),
  );

  r.post(
    '/orgs/:orgId/invitations/:invitationId/revoke',
    {
      config: { policy: { action: 'member.manage' } },
      schema: { tags: ['people'], summary: 'Withdraw an invitation that has not been accepted', params: z.object({ orgId: z.string(), invitationId: z.string() }), response: { 200: invitation } },
    },
    async (request) => service.revokeInvitation(contextOf(app, request), orgOf(request), request.params.invitationId),
  );

  r.post(
    '/orgs/:orgId/members/:userId/password-reset',
    {
      config: { policy: { action: 'member.credentials' } },
      schema: {
        tags: ['people'],
        summary: 'Create a single-use password reset link for a person (valid 24 hours); earlier links stop working',
        params: z.object({ orgId: z.string(), userId: z.string() }),
        response: { 201: createdLink },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.createResetLink(contextOf(app, request), orgOf(request), request.params.userId, publicOrigin(app.config, request))),
  );

  r.get(
    '/me/invitations',
    {
      config: { policy: { action: 'me.read' } },
      schema: { tags: ['people'], summary: 'Invitations to organisations waiting for your answer', response: { 200: z.object({ invitations: z.array(myInvitation) }) } },
    },
    async (request) => ({ invitations: await service.myInvitations(contextOf(app, request)) }),
  );

  r.post(
    '/me/invitations/:invitationId/accept',
    {
      config: { policy: { action: 'me.update' } },
      schema: {
        tags: ['people'],
        summary: 'Accept an invitation: you gain its roles (and may need to give or set up a second factor first)',
        params: invitationParams,
        response: { 200: acceptedMyInvitation },
      },
    },
    async (request) => service.acceptMyInvitation(contextOf(app, request), request.params.invitationId),
  );

  r.post(
    '/me/invitations/:invitationId/decline',
    {
      config: { policy: { action: 'me.update' } },
      schema: { tags: ['people'], summary: 'Decline an invitation', params: invitationParams, response: { 204: noContent } },
    },
    async (request, reply) => {
      await service.declineMyInvitation(contextOf(app, request), request.params.invitationId);
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/auth/invitations/preview',
    {
      config: { policy: { public: 'The holder of an invitation link sees what it is for before accepting.' }, rateLimit },
      schema: { tags: ['authentication'], summary: 'What an invitation is for', body: linkTokenBody, response: { 200: invitationPreview } },
    },
    async (request) => service.previewInvitation(app, request.body.token),
  );

  r.post(
    '/auth/invitations/accept',
    {
      config: { policy: { public: 'Accepting an invitation is how an invited person gets an account and a session.' }, rateLimit },
      schema: {
        tags: ['authentication'],
        summary: 'Accept an invitation for an email with no account: creates it with the password chosen and signs in (an existing account accepts under Your account)',
        body: acceptInvitationBody,
        response: { 200: acceptedInvitation },
      },
    },
    async (request, reply) => {
      const accepted = await service.acceptInvitation(app, {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        requestId: request.id,
      });
      setSessionCookie(reply, request, accepted.token, app.config.session.absoluteMinutes * 60);
      return { user: accepted.user, csrfToken: accepted.csrfToken, stage: accepted.stage, methods: accepted.methods };
    },
  );

  r.post(
    '/auth/password-reset/preview',
    {
      config: { policy: { public: 'The holder of a reset link sees whose password it resets.' }, rateLimit },
      schema: { tags: ['authentication'], summary: 'Whose password a reset link is for', body: linkTokenBody, response: { 200: resetPreview } },
    },
    async (request) => service.previewReset(app, request.body.token),
  );

  r.post(
    '/auth/password-reset',
    {
      config: { policy: { public: 'A reset link stands in for the forgotten password.' }, rateLimit },
      schema: { tags: ['authentication'], summary: 'Set a new password with a reset link; every session of the account ends', body: resetPasswordBody, response: { 204: noContent } },
    },
    async (request, reply) => {
      await service.resetPassword(app, { ...request.body, requestId: request.id });
      return reply.code(204).send(null);
    },
  );
}

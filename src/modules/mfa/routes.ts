// HTTP entry points for second factors: enrolling and removing them, giving one to finish signing
// in, and the organisation's MFA policy.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { codeBody, currentPasswordBody, mfaPolicyBody, mfaStatus, recoveryCodeGiven, recoveryCodes, renewedSession, totpConfirmed, totpSetup } from '../../contract/mfa.js';
import type { AppContext } from '../../platform/context.js';
import { contextOf, orgOf } from '../../platform/http/access.js';
import { sendRenewedSession } from '../../platform/http/session-renewal.js';
import * as service from './service.js';

const noContent = z.null().describe('No content');

export async function mfaRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['second factors'];
  const enrolling = ['enrolment'] as const;
  const verifying = ['second-factor'] as const;
  // Guessing codes is slowed like guessing passwords.
  const rateLimit = { max: app.config.loginRatePerMinute, timeWindow: '1 minute' };

  r.get(
    '/me/mfa',
    { config: { policy: { action: 'mfa.manage', during: ['enrolment', 'second-factor'] } }, schema: { tags, summary: 'Your second factors, and whether you must have one', response: { 200: mfaStatus } } },
    async (request) => service.statusOf(contextOf(app, request)),
  );

  r.post(
    '/me/mfa/totp/setup',
    { config: { policy: { action: 'mfa.manage', during: enrolling } }, schema: { tags, summary: 'Start setting up an authenticator app: a new secret and its QR code', response: { 200: totpSetup } } },
    async (request) => service.beginTotpSetup(contextOf(app, request)),
  );

  r.post(
    '/me/mfa/totp/confirm',
    {
      config: { policy: { action: 'mfa.manage', during: enrolling }, rateLimit },
      schema: {
        tags,
        summary: 'Finish setting up the authenticator app with a code from it; the first factor comes with recovery codes, and an enrolling session is renewed',
        body: codeBody,
        response: { 200: totpConfirmed },
      },
    },
    async (request, reply) => {
      const { recoveryCodes, renewed } = await service.confirmTotpSetup(contextOf(app, request), request.body.code);
      return { recoveryCodes, csrfToken: sendRenewedSession(app, request, reply, renewed) };
    },
  );

  r.post(
    '/me/mfa/totp/remove',
    {
      config: { policy: { action: 'mfa.manage' }, rateLimit },
      schema: { tags, summary: 'Remove your authenticator app (needs your password)', body: currentPasswordBody, response: { 204: noContent } },
    },
    async (request, reply) => {
      await service.removeTotp(contextOf(app, request), request.body.currentPassword);
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/me/mfa/recovery-codes',
    { config: { policy: { action: 'mfa.manage' } }, schema: { tags, summary: 'Replace your recovery codes with ten new ones', response: { 200: recoveryCodes } } },
    async (request) => ({ recoveryCodes: await service.regenerateRecoveryCodes(contextOf(app, request)) }),
  );

  r.post(
    '/auth/second-factor/totp',
    {
      config: { policy: { action: 'auth.second-factor', during: verifying }, rateLimit },
      schema: { tags: ['authentication'], summary: 'Finish signing in with a code from your authenticator app; the session gets a new cookie', body: codeBody, response: { 200: renewedSession } },
    },
    async (request, reply) => {
      const renewed = await service.verifyTotp(contextOf(app, request), request.body.code);
      return { csrfToken: sendRenewedSession(app, request, reply, renewed) };
    },
  );

  r.post(
    '/auth/second-factor/recovery-code',
    {
      config: { policy: { action: 'auth.second-factor', during: verifying }, rateLimit },
      schema: { tags: ['authentication'], summary: 'Finish signing in with one of your recovery codes (each works once); the session gets a new cookie', body: codeBody, response: { 200: recoveryCodeGiven } },
    },
    async (request, reply) => {
      const { recoveryCodesLeft, renewed } = await service.verifyRecoveryCode(contextOf(app, request), request.body.code);
      return { recoveryCodesLeft, csrfToken: sendRenewedSession(app, request, reply, renewed) };
    },
  );

  r.post(
    '/orgs/:orgId/members/:userId/reset-mfa',
    {
      config: { policy: { action: 'member.credentials' } },
      schema: { tags: ['people'], summary: 'Clear a person’s second factors so they enrol again; their sessions end', params: z.object({ orgId: z.string(), userId: z.string() }), response: { 204: noContent } },
    },
    async (request, reply) => {
      await service.resetSecondFactors(contextOf(app, request), orgOf(request), request.params.userId);
      return reply.code(204).send(null);
    },
  );

  r.put(
    '/orgs/:orgId/mfa-policy',
    {
      config: { policy: { action: 'mfa.policy' } },
      schema: { tags: ['organisations'], summary: 'Set who must use a second factor here: privileged roles, or everyone', params: z.object({ orgId: z.string() }), body: mfaPolicyBody, response: { 200: z.object({ mfaPolicy: z.enum(['privileged', 'everyone']), version: z.number() }) } },
    },
    async (request) => service.setMfaPolicy(contextOf(app, request), orgOf(request), request.body.mfaPolicy),
  );
}

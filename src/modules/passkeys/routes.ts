// HTTP entry points for passkeys: registering and managing your own, giving one as the second factor,
// and signing in with one alone. Each ceremony's options set a short-lived cookie that ties the
// browser's answer to the challenge the server keeps.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { signedIn } from '../../contract/accounts.js';
import {
  authenticationOptions,
  newPasskeyBody,
  passkey,
  passkeyAdded,
  passkeyAssertionBody,
  passkeyList,
  registrationOptions,
  removePasskeyBody,
  renamePasskeyBody,
} from '../../contract/passkeys.js';
import { renewedSession } from '../../contract/mfa.js';
import type { AppContext } from '../../platform/context.js';
import { ValidationFailed } from '../../platform/errors.js';
import { contextOf, setSessionCookie } from '../../platform/http/access.js';
import { type RelyingParty, relyingPartyFor } from './domain/relying-party.js';
import { sendRenewedSession } from '../../platform/http/session-renewal.js';
import * as service from './service.js';

export const CEREMONY_COOKIE = 'bulwark_webauthn';
const noContent = z.null().describe('No content');
const passkeyParams = z.object({ id: z.string().max(1400) });

export async function passkeyRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['passkeys'];
  const enrolling = ['enrolment'] as const;
  const verifying = ['second-factor'] as const;
  // Sign-in and second-factor answers are slowed like passwords.
  const rateLimit = { max: app.config.loginRatePerMinute, timeWindow: '1 minute' };
  const rpOf = (request: FastifyRequest) => relyingParty(app, request);

  r.get(
    '/me/passkeys',
    { config: { policy: { action: 'passkey.manage' } }, schema: { tags, summary: 'Your passkeys and security keys', response: { 200: passkeyList } } },
    async (request) => ({ passkeys: await service.listPasskeys(contextOf(app, request)) }),
  );

  r.post(
    '/me/passkeys/registration-options',
    {
      config: { policy: { action: 'passkey.manage', during: enrolling } },
      schema: { tags, summary: 'Start adding a passkey: options for the browser (sets a short-lived ceremony cookie)', response: { 200: registrationOptions } },
    },
    async (request, reply) => {
      const ceremony = await service.registrationOptions(contextOf(app, request), rpOf(request));
      setCeremonyCookie(reply, request, ceremony.ceremonyToken);
      return ceremony.options;
    },
  );

  r.post(
    '/me/passkeys',
    {
      config: { policy: { action: 'passkey.manage', during: enrolling }, rateLimit },
      schema: {
        tags,
        summary: 'Finish adding a passkey with the browser’s answer; your first second factor comes with recovery codes',
        body: newPasskeyBody,
        response: { 201: passkeyAdded },
      },
    },
    async (request, reply) => {
      const { passkey, recoveryCodes, renewed } = await service.addPasskey(contextOf(app, request), rpOf(request), takeCeremonyCookie(request, reply), request.body);
      return reply.code(201).send({ passkey, recoveryCodes, csrfToken: sendRenewedSession(app, request, reply, renewed) });
    },
  );

  r.post(
    '/me/passkeys/:id/rename',
    {
      config: { policy: { action: 'passkey.manage' } },
      schema: { tags, summary: 'Rename one of your passkeys', params: passkeyParams, body: renamePasskeyBody, response: { 200: passkey } },
    },
    async (request) => service.renamePasskey(contextOf(app, request), request.params.id, request.body.name),
  );

  r.post(
    '/me/passkeys/:id/remove',
    {
      config: { policy: { action: 'passkey.manage' }, rateLimit },
      schema: { tags, summary: 'Remove one of your passkeys (needs your password)', params: passkeyParams, body: removePasskeyBody, response: { 204: noContent } },
    },
    async (request, reply) => {
      await service.removePasskey(contextOf(app, request), request.params.id, request.body.currentPassword);
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/auth/second-factor/passkey/options',
    {
      config: { policy: { action: 'auth.second-factor', during: verifying }, rateLimit },
      schema: { tags: ['authentication'], summary: 'Start giving a passkey as your second factor: options for the browser', response: { 200: authenticationOptions } },
    },
    async (request, reply) => {
      const ceremony = await service.secondFactorOptions(contextOf(app, request), rpOf(request));
      setCeremonyCookie(reply, request, ceremony.ceremonyToken);
      return ceremony.options;
    },
  );

  r.post(
    '/auth/second-factor/passkey',
    {
      config: { policy: { action: 'auth.second-factor', during: verifying }, rateLimit },
      schema: {
        tags: ['authentication'],
        summary: 'Finish signing in with one of your passkeys as the second factor; the session gets a new cookie',
        body: passkeyAssertionBody,
        response: { 200: renewedSession },
      },
    },
    async (request, reply) => {
      const renewed = await service.verifySecondFactor(contextOf(app, request), rpOf(request), takeCeremonyCookie(request, reply), request.body.response);
      return { csrfToken: sendRenewedSession(app, request, reply, renewed) };
    },
  );

  r.post(
    '/auth/passkey/options',
    {
      config: { policy: { public: 'Signing in with a passkey starts before anyone is known.' }, rateLimit },
      schema: { tags: ['authentication'], summary: 'Start signing in with a passkey alone: options for the browser', response: { 200: authenticationOptions } },
    },
    async (request, reply) => {
      const ceremony = await service.signInOptions(app, rpOf(request));
      setCeremonyCookie(reply, request, ceremony.ceremonyToken);
      return ceremony.options;
    },
  );

  r.post(
    '/auth/passkey',
    {
      config: { policy: { public: 'Signing in with a passkey is how a person gets a session.' }, rateLimit },
      schema: {
        tags: ['authentication'],
        summary: 'Sign in with a passkey that verified you (PIN or biometrics); sets the session cookie',
        body: passkeyAssertionBody,
        response: { 200: signedIn },
      },
    },
    async (request, reply) => {
      const started = await service.signInWithPasskey(app, rpOf(request), {
        ceremonyToken: takeCeremonyCookie(request, reply),
        response: request.body.response,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        requestId: request.id,
      });
      setSessionCookie(reply, request, started.token, app.config.session.absoluteMinutes * 60);
      return { user: started.user, csrfToken: started.csrfToken, stage: started.stage, methods: started.methods };
    },
  );
}

/** The relying party: the configured public URL's, else the one this request was addressed to. */
function relyingParty(app: AppContext, request: FastifyRequest): RelyingParty {
  const rp = relyingPartyFor(app.config.publicUrl, { protocol: request.protocol, host: request.host });
  if (!rp) throw new ValidationFailed('The request’s Host header is not a host name, so no passkey can be used with it.');
  return rp;
}

function setCeremonyCookie(reply: FastifyReply, request: FastifyRequest, token: string) {
  void reply.setCookie(CEREMONY_COOKIE, token, {
    path: '/api/v1',
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    maxAge: service.CEREMONY_MINUTES * 60,
  });
}

/** The ceremony cookie's value; the cookie is cleared, as its challenge is used up by this request. */
function takeCeremonyCookie(request: FastifyRequest, reply: FastifyReply): string | undefined {
  const token = request.cookies[CEREMONY_COOKIE];
  if (token !== undefined) void reply.clearCookie(CEREMONY_COOKIE, { path: '/api/v1', httpOnly: true, sameSite: 'strict', secure: request.protocol === 'https' });
  return token;
}

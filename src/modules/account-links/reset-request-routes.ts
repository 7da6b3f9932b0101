// HTTP entry points for "Forgotten your password?": what the sign-in pages may offer, and asking for
// a reset link by email. The answer to a request is the same for every address and is sent before
// any lookup; the work is done afterwards (decision 32).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { authOptions, passwordResetRequestBody, passwordResetRequested } from '../../contract/account-links.js';
import type { AppContext } from '../../platform/context.js';
import { normaliseEmail, tokenId } from '../accounts/service.js';
import { RESET_EMAILS_PER_ADDRESS, RESET_EMAIL_WINDOW_MINUTES, SELF_SERVICE_RESET_MINUTES } from './domain/self-service-reset.js';
import { checkResetRequest, requestPasswordReset } from './reset-requests.js';

const ACCEPTED = {
  message: `If this email address belongs to an account that signs in with a password, we are sending it a link to choose a new password. The link works once, for ${SELF_SERVICE_RESET_MINUTES} minutes.`,
};

export async function passwordResetRequestRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  // However many addresses ask, one inbox gets only a few emails an hour. Counted like sign-in
  // attempts (in Redis when REDIS_URL is set), under a hash so that no address is kept in the store.
  const perAddress = api.createRateLimit({
    max: RESET_EMAILS_PER_ADDRESS,
    timeWindow: RESET_EMAIL_WINDOW_MINUTES * 60_000,
    keyGenerator: (request: FastifyRequest) => `password-reset-email:${tokenId(normaliseEmail(String((request.body as { email?: unknown }).email)))}`,
  });

  r.get(
    '/auth/options',
    {
      config: { policy: { public: 'The sign-in pages show the ways in before anyone has a session.' } },
      schema: { tags: ['authentication'], summary: 'What the sign-in pages may offer on this installation', response: { 200: authOptions } },
    },
    async () => ({ passwordResetByEmail: app.email.enabled }),
  );

  r.post(
    '/auth/password-reset-requests',
    {
      config: {
        policy: { public: 'A person who has forgotten their password cannot sign in to ask.' },
        rateLimit: { max: app.config.loginRatePerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['authentication'],
        summary: 'Ask for a password reset link by email; the answer is the same whether or not the address has an account (404 when this installation sends no email)',
        body: passwordResetRequestBody,
        response: { 202: passwordResetRequested },
      },
    },
    async (request, reply) => {
      const email = checkResetRequest(app, request.body.email);
      const count = await perAddress(request);
      // isAllowed means "on the allow list"; the count itself says whether this one is over the limit.
      if (count.isAllowed || !count.isExceeded) {
        app.email.inBackground('password reset request', async () => {
          const outcome = await requestPasswordReset(app, email, request.id);
          request.log.info({ outcome }, 'password reset request');
        });
      } else {
        request.log.warn({ outcome: 'over-the-limit-for-this-address' }, 'password reset request');
      }
      return reply.code(202).send(ACCEPTED);
    },
  );
}

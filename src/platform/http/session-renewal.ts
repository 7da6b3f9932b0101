// Sending a renewed login session back to the browser: the new cookie, and the CSRF token that goes
// with it. Used where a second factor is given or enrolled.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.js';
import { setSessionCookie } from './access.js';

/** A login session's new token, and its new CSRF token, once it has given or enrolled a second factor. */
export interface RenewedSession {
  token: string;
  csrfToken: string;
}

/** Sets the renewed session's cookie, and returns the CSRF token the caller must use from now on. */
export function sendRenewedSession(app: AppContext, request: FastifyRequest, reply: FastifyReply, renewed: RenewedSession | null): string {
  if (!renewed) return request.csrfToken ?? '';
  setSessionCookie(reply, request, renewed.token, app.config.session.absoluteMinutes * 60);
  return renewed.csrfToken;
}

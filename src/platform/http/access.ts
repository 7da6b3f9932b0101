// Authentication, CSRF defence and authorisation for every route, driven by the policy each route
// declares in its config. A route without a declared policy is refused (and a test lists them).
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../audit/audit-trail.js';
import type { AppContext, RequestContext } from '../context.js';
import { actorOf } from '../context.js';
import type { OrganisationRow } from '../db/schema.js';
import { Forbidden, NotFound, SecondFactorPending, Unauthenticated } from '../errors.js';
import { can, policyFor, scopeAllows } from '../policy/policy.js';
import type { Principal, SessionStage } from '../policy/principal.js';

export type RoutePolicy =
  /** Anyone may call it; say why in words. */
  | { public: string }
  /**
   * The caller must be signed in and allowed this action (in the :orgId organisation when the action
   * is organisational). A session that has not finished signing in may call it only in the stages
   * listed in `during` (completing the second factor, or enrolling one).
   */
  | { action: string; during?: readonly Exclude<SessionStage, 'complete'>[] };

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
  interface FastifyRequest {
    principal: Principal | null;
    /** The organisation named by :orgId, once the caller has been allowed to act in it. */
    org: OrganisationRow | null;
    csrfToken: string | null;
  }
}

export const SESSION_COOKIE = 'bulwark_session';
/**
 * The session cookie's name over HTTPS. Browsers accept a __Host- cookie only with Secure, Path=/ and
 * no Domain, so it cannot be set or overwritten by a sibling subdomain or over plain http.
 */
export const HTTPS_SESSION_COOKIE = '__Host-bulwark_session';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface AccessDeps {
  principalFromSession(token: string): Promise<{ principal: Principal; csrfToken: string } | null>;
  /** The principal an API token stands for, or null when it is unknown, expired or revoked. */
  principalFromToken(token: string): Promise<Principal | null>;
  findOrganisation(id: string): Promise<OrganisationRow | undefined>;
  /** Where people reach Bulwark (BULWARK_PUBLIC_URL, or the request's own origin): the only origin writes may come from. */
  publicOrigin(request: FastifyRequest): string;
}

export function registerAccessControl(app: FastifyInstance, deps: AccessDeps) {
  app.decorateRequest('principal', null);
  app.decorateRequest('org', null);
  app.decorateRequest('csrfToken', null);

  // onRequest, before the body is read or validated: someone who may not call a route learns nothing
  // about what it accepts (no field-by-field 422 before the 401 or 403). Parameters are known here.
  app.addHook('onRequest', async (request) => {
    const policy = request.routeOptions.config.policy;
    if (!policy) throw new Forbidden('This endpoint has no access policy, so nobody may use it.');

    if ('public' in policy) {
      if (UNSAFE.has(request.method)) assertSameOrigin(request, deps.publicOrigin(request));
      return;
    }

    const bearer = bearerToken(request);
    let principal: Principal;
    if (bearer !== null) {
      // A token is sent deliberately by a program, never attached by a browser: no CSRF check is needed.
      const fromToken = bearer ? await deps.principalFromToken(bearer) : null;
      if (!fromToken) throw new Unauthenticated('The API token is not valid: it is unknown, expired or revoked.');
      principal = fromToken;
    } else {
      // Over HTTPS only the __Host- cookie counts: a plain one could have been planted over http.
      const token = request.cookies[sessionCookieName(request)];
      const found = token ? await deps.principalFromSession(token) : null;
      if (!found) throw new Unauthenticated(token ? 'Your session has ended. Sign in again.' : 'Sign in to continue.');
      principal = found.principal;
      request.csrfToken = found.csrfToken;
      if (UNSAFE.has(request.method)) {
        assertSameOrigin(request, deps.publicOrigin(request));
        if (!sameSecret(request.headers['x-csrf-token'], found.csrfToken)) {
          throw new Forbidden('The request did not carry this session’s CSRF token (header x-csrf-token). Reload the page and try again.');
        }
      }
    }
    request.principal = principal;
    const credential = principal.credential;
    if (credential.kind === 'session' && credential.stage !== 'complete' && !policy.during?.includes(credential.stage)) {
      throw new SecondFactorPending(credential.stage);
    }

    const entry = policyFor(policy.action);
    if (!entry) throw new Forbidden(`No policy is declared for ${policy.action}.`);
    if (credential.kind === 'token') {
      const scim = policy.action.startsWith('scim.');
      if (!entry.viaToken || scim !== (credential.tokenKind === 'scim')) {
        throw new Forbidden(`An API token of this kind cannot be used for this. ${entry.because}`);
      }
      if (!scim && !scopeAllows(credential.scopes, policy.action, !UNSAFE.has(request.method))) {
        throw new Forbidden(`This token’s scopes do not allow ${policy.action}: it needs the scope ${policy.action.split('.')[0]}:${UNSAFE.has(request.method) ? 'write' : 'read'}.`);
      }
    }
    if (entry.inOrg) {
      const orgId = (request.params as { orgId?: string }).orgId;
      const org = orgId ? await deps.findOrganisation(orgId) : undefined;
      // Unknown and unreadable organisations look the same, so ids cannot be probed.
      if (!org || !can(principal, 'organisation.read', orgRefOf(org))) {
        throw new NotFound('There is no organisation with that id, or you do not have access to it.');
      }
      if (!can(principal, policy.action, orgRefOf(org))) {
        throw new Forbidden(`You do not have permission to do this in ${org.name}. ${entry.because}`);
      }
      request.org = org;
    } else if (!can(principal, policy.action)) {
      throw new Forbidden(`You do not have permission to do this. ${entry.because}`);
    }
  });
}

/** The token from 'Authorization: Bearer …'; '' for a malformed header; null when there is none. */
function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (header === undefined) return null;
  const match = /^Bearer\s+([A-Za-z0-9_\-.~+/]+=*)$/i.exec(header.trim());
  return match ? match[1]! : '';
}

function orgRefOf(org: OrganisationRow) {
  return { id: org.id, path: org.path, type: org.type };
}

/** Compares a secret in time that does not depend on where the first difference is. */
function sameSecret(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** 'http://localhost:80' → 'http://localhost': scheme, host and port, default port dropped. */
function originOf(url: string): string | null {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/**
 * Browsers say where a request came from; refuse writes that another site started. The Origin must
 * match scheme, host and port: http://bulwark… is another origin from https://bulwark….
 */
function assertSameOrigin(request: FastifyRequest, expected: string) {
  const site = request.headers['sec-fetch-site'];
  if (site === 'cross-site') throw new Forbidden('Requests from other sites are not accepted.');
  const origin = request.headers.origin;
  if (origin === undefined) return;
  if (origin === 'null') throw new Forbidden('Requests from other sites are not accepted.');
  const given = originOf(origin);
  if (!given) throw new Forbidden('The Origin header is not a valid origin.');
  if (given !== originOf(expected)) throw new Forbidden('Requests from other sites are not accepted.');
}

/** The service context for a request that passed access control. */
export function contextOf(app: AppContext, request: FastifyRequest): RequestContext {
  if (!request.principal) throw new Unauthenticated();
  const actor: Actor = actorOf(request.principal, request.id);
  return { ...app, principal: request.principal, actor, now: new Date() };
}

/** The :orgId organisation that access control loaded and allowed. */
export function orgOf(request: FastifyRequest): OrganisationRow {
  if (!request.org) throw new Error('Route uses orgOf() but its policy is not organisational');
  return request.org;
}

/** __Host-bulwark_session over HTTPS; bulwark_session over plain http, for use on this machine. */
export function sessionCookieName(request: FastifyRequest): string {
  return request.protocol === 'https' ? HTTPS_SESSION_COOKIE : SESSION_COOKIE;
}

/** Path=/ and no Domain always, as the __Host- prefix requires; Secure over HTTPS. */
function sessionCookieOptions(request: FastifyRequest) {
  return { path: '/', httpOnly: true, sameSite: 'strict', secure: request.protocol === 'https' } as const;
}

export function setSessionCookie(reply: FastifyReply, request: FastifyRequest, token: string, maxAgeSeconds: number) {
  void reply.setCookie(sessionCookieName(request), token, { ...sessionCookieOptions(request), maxAge: maxAgeSeconds });
}

export function clearSessionCookie(reply: FastifyReply, request: FastifyRequest) {
  void reply.clearCookie(sessionCookieName(request), sessionCookieOptions(request));
}

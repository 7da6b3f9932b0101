// Starting a login session once a person has proved who they are, by whatever means (password,
// passkey, single sign-on), and finishing it when a second factor is given. A session that owes a
// second factor lives briefly and can only complete it; one that must enrol can only enrol. When it
// completes, it gets a new token: whoever had planted or seen the old one (before the second factor)
// is left with nothing.
import type { Actor } from '../../platform/audit/audit-trail.js';
import { recordAudit } from '../../platform/audit/audit-trail.js';
import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import type { SessionStage } from '../../platform/policy/principal.js';
import { Unauthenticated } from '../../platform/errors.js';
import { factorsOf, heldRoles, mfaRequired } from '../mfa/service.js';
import { newToken, tokenId } from './domain/credentials.js';
import * as store from './store.js';

/** Minutes a session may wait for its second factor before the person must start again. */
export const SECOND_FACTOR_MINUTES = 10;

export type AuthMethod = 'password' | 'passkey' | 'sso';

export interface SessionStart {
  method: AuthMethod;
  /** True when the means of sign-in already proved two factors (a passkey with user verification, an IdP that did MFA). */
  multiFactor: boolean;
  ip: string | null;
  userAgent: string | null;
}

export interface StartedSession {
  token: string;
  csrfToken: string;
  stage: SessionStage;
  /** The second factors the person can use now, when stage is 'second-factor'. */
  methods: ('totp' | 'passkey' | 'recovery-code')[];
}

/** What the session must do next after the first factor: nothing, give a second factor, or enrol one. */
export async function stageAfterFirstFactor(db: Db, userId: string, multiFactor: boolean): Promise<Pick<StartedSession, 'stage' | 'methods'>> {
  if (multiFactor) return { stage: 'complete', methods: [] };
  const factors = await factorsOf(db, userId);
  if (factors.totp || factors.passkeys > 0) {
    const methods: StartedSession['methods'] = [];
    if (factors.totp) methods.push('totp');
    if (factors.passkeys > 0) methods.push('passkey');
    if (factors.recoveryCodesLeft > 0) methods.push('recovery-code');
    return { stage: 'second-factor', methods };
  }
  return { stage: mfaRequired(await heldRoles(db, userId)) ? 'enrolment' : 'complete', methods: [] };
}

/**
 * Creates the session in the caller's transaction and records the sign-in. Clears the failed-attempt
 * count only when the session is complete: a password alone does not reset the lockout while the
 * second factor is still being guessed.
 */
export async function beginSession(tx: Db, app: AppContext, user: { id: string; email: string }, start: SessionStart, actor: Actor, now: Date): Promise<StartedSession> {
  const next = await stageAfterFirstFactor(tx, user.id, start.multiFactor);
  const token = newToken();
  const csrfToken = newToken();
  const at = now.toISOString();
  const minutes = next.stage === 'second-factor' ? SECOND_FACTOR_MINUTES : app.config.session.absoluteMinutes;
  await store.insertSession(tx, {
    id: tokenId(token),
    user_id: user.id,
    csrf_token: csrfToken,
    created_at: at,
    last_seen_at: at,
    expires_at: new Date(now.getTime() + minutes * 60_000).toISOString(),
    ip: start.ip,
    user_agent: start.userAgent?.slice(0, 300) ?? null,
    stage: next.stage,
    auth_method: start.method,
    // Two factors at once (a passkey that verified its holder, an identity provider that did MFA).
    second_factor_at: start.multiFactor ? at : null,
  });
  await store.recordSignIn(tx, user.id, at, next.stage === 'complete');
  await recordAudit(tx, actor, { action: next.stage === 'second-factor' ? 'auth.first-factor' : 'auth.login', entityType: 'user', entityId: user.id, after: { method: start.method, stage: next.stage } }, now);
  return { token, csrfToken, ...next };
}

/** A session's new token, and its new CSRF token, once it has given or enrolled its second factor. */
export interface RenewedSession {
  token: string;
  csrfToken: string;
}

/**
 * The session has given (or enrolled) its second factor: it becomes complete, lives its full length,
 * and is renewed under a new token and CSRF token; the old token stops working at once.
 */
export async function completeSecondFactor(tx: Db, app: AppContext, sessionId: string, userId: string, factor: string, actor: Actor, now: Date): Promise<RenewedSession> {
  const token = newToken();
  const csrfToken = newToken();
  const at = now.toISOString();
  const expiresAt = new Date(now.getTime() + app.config.session.absoluteMinutes * 60_000).toISOString();
  if (!(await store.completeSession(tx, sessionId, { id: tokenId(token), csrf_token: csrfToken, expires_at: expiresAt, second_factor_at: at }))) {
    throw new Unauthenticated('Your session has ended or has finished signing in already. Sign in again.');
  }
  await store.recordSignIn(tx, userId, at, true);
  await recordAudit(tx, actor, { action: 'auth.login', entityType: 'user', entityId: userId, after: { secondFactor: factor, stage: 'complete' } }, now);
  return { token, csrfToken };
}

/**
 * Roles just granted may oblige the person to use a second factor. Sessions of theirs that never
 * gave one would otherwise carry the new roles on a password alone: they end, except the one the
 * person is using (currentSession), which goes back to giving or enrolling a second factor: the
 * stage it is in now is returned.
 */
export async function requireSecondFactorForNewRoles(tx: Db, userId: string, currentSession: { id: string; secondFactor: boolean } | null): Promise<SessionStage> {
  if (!mfaRequired(await heldRoles(tx, userId))) return 'complete';
  const keep = currentSession && !currentSession.secondFactor ? currentSession.id : null;
  await store.deleteSessionsWithoutSecondFactor(tx, userId, keep);
  if (!keep) return 'complete';
  const next = await stageAfterFirstFactor(tx, userId, false);
  if (next.stage !== 'complete') await store.setSessionStage(tx, keep, next.stage);
  return next.stage;
}

// Second factors: enrolling an authenticator app (TOTP) with recovery codes, giving a second factor
// to finish signing in, and the organisation setting that says who must have one.
import { randomUUID } from 'node:crypto';
import QRCode from 'qrcode';
import { recordAudit } from '../../platform/audit/audit-trail.js';
import type { RequestContext } from '../../platform/context.js';
import type { OrganisationRow } from '../../platform/db/schema.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { Conflict, Forbidden, Unauthenticated, ValidationFailed } from '../../platform/errors.js';
import type { SealedSecrets } from '../../platform/secrets/rotation.js';
import type { Db } from '../../platform/db/database.js';
import {
  assertManagesEverywhere,
  assertNotLocked,
  completeSecondFactor,
  endSession,
  endSessionsOf,
  failedAttempt,
  findAccount,
  getMember,
  grantsForUser,
  type RenewedSession,
  verifyPassword,
} from '../accounts/service.js';
import * as organisations from '../organisations/service.js';
import * as passkeys from '../passkeys/service.js';
import { hashRecoveryCode, newRecoveryCode, RECOVERY_CODE_COUNT } from './domain/recovery-codes.js';
import { type HeldRole, isMfaPolicy, type MfaPolicy, mfaRequired } from './domain/requirement.js';
import { checkTotp, newTotpSecret, totpUri } from './domain/totp.js';
import * as store from './store.js';

export { type HeldRole, mfaRequired, PRIVILEGED_ROLES } from './domain/requirement.js';

const totpContext = (userId: string) => `totp:${userId}`;

/** The TOTP seeds, sealed under the secret key: the app registers them for key rotation. */
export const sealedTotpSeeds: SealedSecrets = {
  name: 'TOTP seeds',
  rows: (db) => store.sealedTotpSeeds(db),
  context: totpContext,
  write: (db, userId, sealed) => store.writeSealedTotpSeed(db, userId, sealed),
};

export interface Factors {
  totp: boolean;
  passkeys: number;
  recoveryCodesLeft: number;
}

/** What the person has enrolled: an authenticator app, how many passkeys, how many unused recovery codes. */
export async function factorsOf(db: Db, userId: string): Promise<Factors> {
  const [totp, passkeyCount, recoveryCodesLeft] = await Promise.all([store.hasConfirmedTotp(db, userId), passkeys.countPasskeysOf(db, userId), store.unusedRecoveryCodes(db, userId)]);
  return { totp, passkeys: passkeyCount, recoveryCodesLeft };
}

/** Every role the person holds, with the MFA setting that applies where it is held. */
export async function heldRoles(db: Db, userId: string): Promise<HeldRole[]> {
  const grants = await grantsForUser(db, userId);
  const ancestorIds = [...new Set(grants.flatMap((g) => g.org.path.split('/').filter(Boolean)))];
  const settings = await organisations.mfaPoliciesOf(db, ancestorIds);
  const policyOf = new Map(settings.map((o) => [o.id, o.mfaPolicy]));
  const everyone = new Set(settings.filter((o) => o.mfaPolicy === 'everyone' && !organisations.OVERSIGHT_TYPES.has(o.type)).map((o) => o.id));
  return grants.map((g) => {
    const ids = g.org.path.split('/').filter(Boolean);
    // The organisation itself counts even if it is an ICS: its own staff follow its setting.
    const applies = ids.some((id) => everyone.has(id)) || policyOf.get(g.org.id) === 'everyone';
    return { role: g.role, policy: applies ? 'everyone' : 'privileged' };
  });
}

export interface MfaStatus {
  totp: boolean;
  passkeys: number;
  recoveryCodesLeft: number;
  /** Whether the person's roles oblige them to have a second factor. */
  required: boolean;
}

export async function statusOf(ctx: RequestContext): Promise<MfaStatus> {
  const userId = ctx.principal.user.id;
  const [factors, held] = await Promise.all([factorsOf(ctx.db, userId), heldRoles(ctx.db, userId)]);
  return { ...factors, required: mfaRequired(held) };
}

export interface TotpSetup {
  /** Base32, for typing into an app that cannot scan. */
  secret: string;
  uri: string;
  /** The URI as a QR code, an SVG document drawn here (never by a third-party service). */
  qrSvg: string;
}

export async function beginTotpSetup(ctx: RequestContext): Promise<TotpSetup> {
  const userId = ctx.principal.user.id;
  const existing = await store.findTotp(ctx.db, userId);
  if (existing?.confirmed_at) throw new Conflict('You already have an authenticator app set up. Remove it first to set up another.');
  const secret = newTotpSecret();
  const uri = totpUri(secret, ctx.principal.user.email);
  await store.saveUnconfirmedTotp(ctx.db, userId, ctx.secrets.seal(secret, totpContext(userId)), ctx.now.toISOString());
  const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret, uri, qrSvg };
}

/**
 * Confirms enrolment with a code from the app, proving it holds the secret. The first factor a
 * person enrols comes with ten recovery codes, shown this once. An enrolling session becomes complete
 * (and renewed).
 */
export async function confirmTotpSetup(ctx: RequestContext, code: string): Promise<{ recoveryCodes: string[] | null; renewed: RenewedSession | null }> {
  const userId = ctx.principal.user.id;
  const pending = await store.findTotp(ctx.db, userId);
  if (!pending || pending.confirmed_at) throw new Conflict('There is no authenticator set-up in progress. Start again.');
  const check = checkTotp(ctx.secrets.open(pending.secret_sealed, totpContext(userId)), code, ctx.now, 0);
  if (!check.ok) throw new ValidationFailed('The code was not right.', [{ field: 'code', message: 'Enter the 6-digit code your authenticator app shows now' }]);

  return inTransaction(ctx.db, async (tx) => {
    await store.confirmTotp(tx, userId, check.step, ctx.now.toISOString());
    const recoveryCodes = (await factorsOf(tx, userId)).recoveryCodesLeft === 0 ? await issueRecoveryCodes(ctx, tx) : null;
    await recordAudit(tx, ctx.actor, { action: 'mfa.totp-enrol', entityType: 'user', entityId: userId, after: { recoveryCodesIssued: recoveryCodes !== null } }, ctx.now);
    return { recoveryCodes, renewed: await finishEnrolment(ctx, tx, 'totp') };
  });
}

/** An enrolling session that now has a second factor may continue, under a new token; null for any other session. */
export async function finishEnrolment(ctx: RequestContext, tx: RequestContext['db'], factor: string): Promise<RenewedSession | null> {
  const credential = ctx.principal.credential;
  if (credential.kind === 'session' && credential.stage === 'enrolment' && ctx.principal.sessionId) {
    return completeSecondFactor(tx, ctx, ctx.principal.sessionId, ctx.principal.user.id, factor, ctx.actor, ctx.now);
  }
  return null;
}

/** Ten new recovery codes replace any the person had; the codes are returned to show once. */
export async function issueRecoveryCodes(ctx: RequestContext, tx: RequestContext['db']): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await store.replaceRecoveryCodes(tx, ctx.principal.user.id, codes.map((c) => ({ id: randomUUID(), code_hash: hashRecoveryCode(c) })), ctx.now.toISOString());
  return codes;
}

/** Takes away the person's recovery codes: with no second factor left, they would be a way round one. */
export async function removeRecoveryCodes(tx: Db, userId: string): Promise<void> {
  await store.deleteRecoveryCodes(tx, userId);
}

/** New recovery codes replace every old one (used or not). */
export async function regenerateRecoveryCodes(ctx: RequestContext): Promise<string[]> {
  const factors = await factorsOf(ctx.db, ctx.principal.user.id);
  if (!factors.totp && factors.passkeys === 0) throw new Conflict('Set up an authenticator app or a passkey first: recovery codes stand in for one.');
  return inTransaction(ctx.db, async (tx) => {
    const codes = await issueRecoveryCodes(ctx, tx);
    await recordAudit(tx, ctx.actor, { action: 'mfa.recovery-codes', entityType: 'user', entityId: ctx.principal.user.id }, ctx.now);
    return codes;
  });
}

/** Removing a factor needs the password again, and cannot leave someone who must have MFA without it. */
export async function removeTotp(ctx: RequestContext, currentPassword: string): Promise<void> {
  const userId = ctx.principal.user.id;
  await confirmPassword(ctx, currentPassword);
  const status = await statusOf(ctx);
  if (!status.totp) throw new Conflict('You have no authenticator app set up.');
  if (status.required && status.passkeys === 0) {
    throw new Conflict('Your organisation requires a second factor: add a passkey before removing your authenticator app.');
  }
  await inTransaction(ctx.db, async (tx) => {
    await store.deleteTotp(tx, userId);
    if (status.passkeys === 0) await store.deleteRecoveryCodes(tx, userId);
    await recordAudit(tx, ctx.actor, { action: 'mfa.totp-remove', entityType: 'user', entityId: userId }, ctx.now);
  });
}

export async function confirmPassword(ctx: RequestContext, password: string): Promise<void> {
  const user = await findAccount(ctx.db, ctx.principal.user.id);
  // Accounts that sign in only through SSO have no password; their session is the proof.
  if (user?.password_hash && !(await verifyPassword(user.password_hash, password))) {
    throw new ValidationFailed('Your password was not right.', [{ field: 'currentPassword', message: 'Enter your current password' }]);
  }
}

// ── giving a second factor at sign-in ───────────────────────────────────────

/**
 * The account of a session that owes its second factor, still allowed to give it: a locked account's
 * waiting session ends, so the person starts again from the password once the lock passes.
 */
export async function pendingUser(ctx: RequestContext) {
  const user = await findAccount(ctx.db, ctx.principal.user.id);
  if (!user || user.deactivated_at) throw new Unauthenticated('Your session has ended. Sign in again.');
  try {
    assertNotLocked(user, ctx.now);
  } catch (error) {
    await endSession(ctx.db, ctx.principal.sessionId!);
    throw error;
  }
  return user;
}

export async function verifyTotp(ctx: RequestContext, code: string): Promise<RenewedSession> {
  const user = await pendingUser(ctx);
  const totp = await store.findTotp(ctx.db, user.id);
  if (!totp?.confirmed_at) throw new Forbidden('You have no authenticator app set up: use a passkey or a recovery code.');
  const check = checkTotp(ctx.secrets.open(totp.secret_sealed, totpContext(user.id)), code, ctx.now, totp.last_step);
  const renewed = check.ok
    ? await inTransaction(ctx.db, async (tx) => {
        if (!(await store.advanceTotpStep(tx, user.id, check.step))) return null;
        return completeSecondFactor(tx, ctx, ctx.principal.sessionId!, user.id, 'totp', ctx.actor, ctx.now);
      })
    : null;
  if (!renewed) {
    await failedAttempt(ctx, user, ctx.actor, 'auth.second-factor-failed', ctx.now);
    const replayed = !check.ok ? check.reason === 'replayed' : true;
    throw new ValidationFailed('The code was not accepted.', [
      { field: 'code', message: replayed ? 'That code has been used already: wait for the next one' : 'The code is not right: enter the 6-digit code your app shows now' },
    ]);
  }
  return renewed;
}

export async function verifyRecoveryCode(ctx: RequestContext, code: string): Promise<{ recoveryCodesLeft: number; renewed: RenewedSession }> {
  const user = await pendingUser(ctx);
  const used = await inTransaction(ctx.db, async (tx) => {
    if (!(await store.useRecoveryCode(tx, user.id, hashRecoveryCode(code), ctx.now.toISOString()))) return null;
    const renewed = await completeSecondFactor(tx, ctx, ctx.principal.sessionId!, user.id, 'recovery-code', ctx.actor, ctx.now);
    return { recoveryCodesLeft: (await factorsOf(tx, user.id)).recoveryCodesLeft, renewed };
  });
  if (used === null) {
    await failedAttempt(ctx, user, ctx.actor, 'auth.second-factor-failed', ctx.now);
    throw new ValidationFailed('The recovery code was not accepted.', [{ field: 'code', message: 'That recovery code is not right, or has been used already' }]);
  }
  return used;
}

// ── organisation setting ────────────────────────────────────────────────────

export async function setMfaPolicy(ctx: RequestContext, org: OrganisationRow, policy: string): Promise<{ mfaPolicy: MfaPolicy; version: number }> {
  if (!isMfaPolicy(policy)) throw new ValidationFailed('Choose who must use a second factor.', [{ field: 'mfaPolicy', message: 'Choose privileged roles or everyone', value: policy }]);
  const version = await inTransaction(ctx.db, async (tx) => {
    const version = await organisations.changeMfaPolicy(tx, org.id, policy, ctx.now.toISOString());
    await recordAudit(tx, ctx.actor, { action: 'organisation.mfa-policy', entityType: 'organisation', entityId: org.id, orgId: org.id, before: { mfaPolicy: org.mfa_policy }, after: { mfaPolicy: policy } }, ctx.now);
    return version;
  });
  return { mfaPolicy: policy, version };
}

/**
 * An administrator clears a person's second factors (a lost phone, a broken key): they must enrol
 * again at their next sign-in, and every session they had ends now.
 */
export async function resetSecondFactors(ctx: RequestContext, org: OrganisationRow, userId: string): Promise<void> {
  if (userId === ctx.principal.user.id) throw new Conflict('You cannot reset your own second factors: ask another administrator.');
  await getMember(ctx.db, org.id, userId);
  await assertManagesEverywhere(ctx, ctx.db, userId, 'ask a system administrator to reset their second factors');
  await inTransaction(ctx.db, async (tx) => {
    const before = await factorsOf(tx, userId);
    await store.deleteTotp(tx, userId);
    await store.deleteRecoveryCodes(tx, userId);
    await passkeys.removePasskeysOf(tx, userId);
    const sessionsEnded = await endSessionsOf(tx, userId);
    await recordAudit(tx, ctx.actor, { action: 'user.mfa-reset', entityType: 'user', entityId: userId, orgId: org.id, before, after: { sessionsEnded } }, ctx.now);
  });
}

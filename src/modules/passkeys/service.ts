// Passkeys and security keys (WebAuthn): registering one on your account, giving one as the second
// factor after a password, and signing in with one alone (a passkey that verified its holder, by PIN
// or biometrics, is two factors in one). Each ceremony's challenge is kept server-side, tied to a
// cookie, and works once.
import {
  type AuthenticationResponseJSON,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import type { Passkey } from '../../contract/passkeys.js';
import { type Actor, recordAudit } from '../../platform/audit/audit-trail.js';
import type { AppContext, RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import type { UserRow } from '../../platform/db/schema.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { Conflict, Forbidden, NotFound, Unauthenticated, ValidationFailed } from '../../platform/errors.js';
import { assertNotLocked, beginSession, completeSecondFactor, failedAttempt, findAccount, newToken, type RenewedSession, type SignedIn, tokenId } from '../accounts/service.js';
import { confirmPassword, factorsOf, finishEnrolment, issueRecoveryCodes, pendingUser, removeRecoveryCodes, statusOf } from '../mfa/service.js';
import { passkeyNameProblem, tidyPasskeyName } from './domain/passkey-name.js';
import type { RelyingParty } from './domain/relying-party.js';
import { checkSignCounter } from './domain/sign-counter.js';
import * as store from './store.js';

/** How long a person has to answer their browser's passkey prompt. */
export const CEREMONY_MINUTES = 5;
const TIMEOUT_MS = CEREMONY_MINUTES * 60_000;

type Purpose = 'passkey-register' | 'passkey-authenticate';

/** Options for the browser, and the value of the cookie that ties the answer to this request. */
export interface Ceremony<Options> {
  options: Options;
  ceremonyToken: string;
}

const EXPIRED = 'This passkey request has expired or has been used already. Try again.';

// ── for the mfa module, which counts and resets a person's second factors ───

export async function countPasskeysOf(db: Db, userId: string): Promise<number> {
  return store.countPasskeys(db, userId);
}

/** Removes every passkey of the person (an administrator resetting their second factors); the caller records it. */
export async function removePasskeysOf(tx: Db, userId: string): Promise<void> {
  await store.deletePasskeysOf(tx, userId);
}

// ── registering a passkey ───────────────────────────────────────────────────

export async function listPasskeys(ctx: RequestContext): Promise<Passkey[]> {
  return (await store.passkeysOf(ctx.db, ctx.principal.user.id)).map(viewOf);
}

export async function registrationOptions(ctx: RequestContext, rp: RelyingParty): Promise<Ceremony<PublicKeyCredentialCreationOptionsJSON>> {
  const user = ctx.principal.user;
  const existing = await store.passkeysOf(ctx.db, user.id);
  const options = await generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: user.email,
    userDisplayName: user.name,
    // The user handle a discoverable passkey returns at sign-in: the account id, never the email.
    userID: new TextEncoder().encode(user.id),
    timeout: TIMEOUT_MS,
    attestationType: 'none',
    excludeCredentials: existing.map((p) => ({ id: p.id, transports: transportsOf(p) })),
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
  });
  return { options, ceremonyToken: await startCeremony(ctx.db, 'passkey-register', user.id, options.challenge, ctx.now) };
}

/**
 * Checks the browser's answer and adds the passkey. The first second factor a person has comes with
 * ten recovery codes, as with an authenticator app; an enrolling session becomes complete.
 */
export async function addPasskey(
  ctx: RequestContext,
  rp: RelyingParty,
  ceremonyToken: string | undefined,
  input: { name: string; response: RegistrationResponseJSON },
): Promise<{ passkey: Passkey; recoveryCodes: string[] | null; renewed: RenewedSession | null }> {
  const userId = ctx.principal.user.id;
  // The name is checked before the challenge is used, so it can be corrected and the same answer sent again.
  const name = checkedName(input.name);
  const challenge = await takeCeremony(ctx.db, ceremonyToken, 'passkey-register', userId, ctx.now);

  let verified: Awaited<ReturnType<typeof verifyRegistrationResponse>> | null = null;
  let reason = 'The registration response could not be verified';
  try {
    verified = await verifyRegistrationResponse({
      response: input.response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: false,
    });
  } catch (error) {
    reason = reasonOf(error);
  }
  if (!verified?.verified) {
    await recordRefusal(ctx.db, ctx.actor, userId, { ceremony: 'registration', passkeyId: input.response.id, reason }, ctx.now);
    throw new ValidationFailed('Your passkey could not be checked, so it was not added. Try again, or use another device or security key.');
  }

  const { credential, credentialDeviceType, credentialBackedUp } = verified.registrationInfo;
  if (await store.findPasskey(ctx.db, credential.id)) throw new Conflict('This passkey is registered already.');
  const row: store.PasskeyRow = {
    id: credential.id,
    user_id: userId,
    name,
    public_key: Buffer.from(credential.publicKey).toString('base64url'),
    counter: credential.counter,
    transports: JSON.stringify(input.response.response.transports ?? []),
    device_type: credentialDeviceType,
    backed_up: credentialBackedUp ? 1 : 0,
    created_at: ctx.now.toISOString(),
    last_used_at: null,
  };
  return inTransaction(ctx.db, async (tx) => {
    await store.insertPasskey(tx, row);
    const recoveryCodes = (await factorsOf(tx, userId)).recoveryCodesLeft === 0 ? await issueRecoveryCodes(ctx, tx) : null;
    await recordAudit(
      tx,
      ctx.actor,
      { action: 'mfa.passkey-add', entityType: 'user', entityId: userId, after: { passkeyId: row.id, name, deviceType: row.device_type, backedUp: credentialBackedUp, recoveryCodesIssued: recoveryCodes !== null } },
      ctx.now,
    );
    return { passkey: viewOf(row), recoveryCodes, renewed: await finishEnrolment(ctx, tx, 'passkey') };
  });
}

export async function renamePasskey(ctx: RequestContext, id: string, newName: string): Promise<Passkey> {
  const userId = ctx.principal.user.id;
  const name = checkedName(newName);
  const passkey = await ownPasskey(ctx, id);
  await inTransaction(ctx.db, async (tx) => {
    await store.renamePasskey(tx, userId, id, name);
    await recordAudit(tx, ctx.actor, { action: 'mfa.passkey-rename', entityType: 'user', entityId: userId, before: { passkeyId: id, name: passkey.name }, after: { passkeyId: id, name } }, ctx.now);
  });
  return viewOf({ ...passkey, name });
}

/** Removing a passkey needs the password again, and cannot leave someone who must have MFA without it. */
export async function removePasskey(ctx: RequestContext, id: string, currentPassword: string): Promise<void> {
  const userId = ctx.principal.user.id;
  await confirmPassword(ctx, currentPassword);
  const passkey = await ownPasskey(ctx, id);
  const status = await statusOf(ctx);
  const factorLeft = status.totp || status.passkeys > 1;
  if (status.required && !factorLeft) {
    throw new Conflict('Your organisation requires a second factor: add another passkey or set up an authenticator app before removing this one.');
  }
  await inTransaction(ctx.db, async (tx) => {
    await store.deletePasskey(tx, userId, id);
    // Recovery codes stand in for a second factor; with none left they would be a way round it.
    if (!factorLeft) await removeRecoveryCodes(tx, userId);
    await recordAudit(tx, ctx.actor, { action: 'mfa.passkey-remove', entityType: 'user', entityId: userId, before: { passkeyId: id, name: passkey.name } }, ctx.now);
  });
}

async function ownPasskey(ctx: RequestContext, id: string): Promise<store.PasskeyRow> {
  const passkey = await store.findPasskey(ctx.db, id);
  if (!passkey || passkey.user_id !== ctx.principal.user.id) throw new NotFound('You have no passkey with that id.');
  return passkey;
}

function checkedName(name: string): string {
  const tidy = tidyPasskeyName(name);
  const problem = passkeyNameProblem(tidy);
  if (problem) throw new ValidationFailed('The passkey needs a name.', [{ field: 'name', message: problem }]);
  return tidy;
}

// ── a passkey as the second factor ──────────────────────────────────────────

export async function secondFactorOptions(ctx: RequestContext, rp: RelyingParty): Promise<Ceremony<PublicKeyCredentialRequestOptionsJSON>> {
  const userId = ctx.principal.user.id;
  const passkeys = await store.passkeysOf(ctx.db, userId);
  if (passkeys.length === 0) throw new Forbidden('You have no passkey: use your authenticator app or a recovery code.');
  const options = await generateAuthenticationOptions({
    rpID: rp.id,
    timeout: TIMEOUT_MS,
    allowCredentials: passkeys.map((p) => ({ id: p.id, transports: transportsOf(p) })),
    // The password was the first factor: possession of the key is the second; verification is a bonus.
    userVerification: 'preferred',
  });
  return { options, ceremonyToken: await startCeremony(ctx.db, 'passkey-authenticate', userId, options.challenge, ctx.now) };
}

export async function verifySecondFactor(ctx: RequestContext, rp: RelyingParty, ceremonyToken: string | undefined, response: AuthenticationResponseJSON): Promise<RenewedSession> {
  const user = await pendingUser(ctx);
  const challenge = await takeCeremony(ctx.db, ceremonyToken, 'passkey-authenticate', user.id, ctx.now);
  const passkey = await store.findPasskey(ctx.db, response.id);
  const outcome = passkey?.user_id === user.id ? await checkAssertion(ctx.db, rp, challenge, response, passkey, false, ctx.now) : unknownPasskey(response);

  if (!outcome.ok) {
    await recordFailure(ctx.db, ctx.actor, user.id, 'second-factor', outcome, ctx.now);
    await failedAttempt(ctx, user, ctx.actor, 'auth.second-factor-failed', ctx.now);
    throw new ValidationFailed('The passkey was not accepted. Try again, or use another way to confirm it is you.');
  }
  return inTransaction(ctx.db, (tx) => completeSecondFactor(tx, ctx, ctx.principal.sessionId!, user.id, 'passkey', ctx.actor, ctx.now));
}

// ── signing in with a passkey alone ─────────────────────────────────────────

/** Options for signing in without an email address: the browser offers the passkeys it holds for Bulwark. */
export async function signInOptions(app: AppContext, rp: RelyingParty, now = new Date()): Promise<Ceremony<PublicKeyCredentialRequestOptionsJSON>> {
  const options = await generateAuthenticationOptions({ rpID: rp.id, timeout: TIMEOUT_MS, userVerification: 'required' });
  return { options, ceremonyToken: await startCeremony(app.db, 'passkey-authenticate', null, options.challenge, now) };
}

export interface PasskeySignIn {
  ceremonyToken: string | undefined;
  response: AuthenticationResponseJSON;
  ip: string | null;
  userAgent: string | null;
  requestId?: string;
}

const NOT_ACCEPTED = 'The passkey was not accepted. Try again, or sign in with your email address and password.';

export async function signInWithPasskey(app: AppContext, rp: RelyingParty, input: PasskeySignIn, now = new Date()): Promise<SignedIn> {
  const challenge = await takeCeremony(app.db, input.ceremonyToken, 'passkey-authenticate', null, now);
  const passkey = await store.findPasskey(app.db, input.response.id);
  if (!passkey) {
    throw new Unauthenticated('This passkey is not registered with Bulwark. Sign in with your email address and password, then add it on your account page.');
  }
  const user = await findAccount(app.db, passkey.user_id);
  if (!user || user.deactivated_at) throw new Unauthenticated(NOT_ACCEPTED);
  assertNotLocked(user, now);

  const actor: Actor = { userId: user.id, label: user.email, requestId: input.requestId ?? null };
  const outcome = handleMatches(input.response, user)
    ? await checkAssertion(app.db, rp, challenge, input.response, passkey, true, now)
    : ({ ok: false, reason: 'The user handle does not belong to the passkey’s account' } as const);
  if (!outcome.ok) {
    // Not counted towards lockout: a passkey cannot be guessed, and counting would let anyone who
    // learnt a credential id lock its owner out. The per-address rate limit still applies.
    await recordFailure(app.db, actor, user.id, 'sign-in', outcome, now);
    throw new Unauthenticated(NOT_ACCEPTED);
  }
  const started = await inTransaction(app.db, (tx) =>
    beginSession(tx, app, user, { method: 'passkey', multiFactor: true, ip: input.ip, userAgent: input.userAgent }, actor, now),
  );
  return { ...started, user: { id: user.id, email: user.email, name: user.name } };
}

/** A discoverable passkey says whose it is (the user handle set at registration); it must agree with the stored owner. */
function handleMatches(response: AuthenticationResponseJSON, user: UserRow): boolean {
  const handle = response.response.userHandle;
  return !handle || Buffer.from(handle, 'base64url').toString('utf8') === user.id;
}

// ── checking an assertion ───────────────────────────────────────────────────

type AssertionOutcome = { ok: true } | { ok: false; reason: string; passkeyId?: string; counter?: { stored: number; presented: number } };

function unknownPasskey(response: AuthenticationResponseJSON): AssertionOutcome {
  return { ok: false, reason: 'The passkey is not one of this person’s', passkeyId: response.id };
}

/**
 * Verifies the signature, origin, relying party and challenge, then the signature counter, and
 * records the use. The library is given a counter of 0 so that it checks the signature before any
 * counter judgement: only a correctly signed assertion can be evidence of a cloned authenticator.
 */
async function checkAssertion(
  db: Db,
  rp: RelyingParty,
  challenge: string,
  response: AuthenticationResponseJSON,
  passkey: store.PasskeyRow,
  requireUserVerification: boolean,
  now: Date,
): Promise<AssertionOutcome> {
  let verified: Awaited<ReturnType<typeof verifyAuthenticationResponse>>;
  try {
    verified = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      credential: { id: passkey.id, publicKey: Buffer.from(passkey.public_key, 'base64url'), counter: 0, transports: transportsOf(passkey) },
      requireUserVerification,
    });
  } catch (error) {
    return { ok: false, reason: reasonOf(error), passkeyId: passkey.id };
  }
  if (!verified.verified) return { ok: false, reason: 'The signature is not valid', passkeyId: passkey.id };

  const presented = verified.authenticationInfo.newCounter;
  const regressed = { ok: false, reason: 'The signature counter went backwards', passkeyId: passkey.id, counter: { stored: passkey.counter, presented } } as const;
  if (checkSignCounter(passkey.counter, presented) === 'regressed') return regressed;
  const recorded = await store.recordPasskeyUse(db, passkey.id, passkey.counter, { counter: presented, backedUp: verified.authenticationInfo.credentialBackedUp, at: now.toISOString() });
  return recorded ? { ok: true } : regressed;
}

async function recordFailure(db: Db, actor: Actor, userId: string, ceremony: string, outcome: Exclude<AssertionOutcome, { ok: true }>, now: Date): Promise<void> {
  if (outcome.counter) {
    await inTransaction(db, (tx) =>
      recordAudit(tx, actor, { action: 'auth.passkey-counter-regression', entityType: 'user', entityId: userId, after: { ceremony, passkeyId: outcome.passkeyId, storedCounter: outcome.counter!.stored, presentedCounter: outcome.counter!.presented } }, now),
    );
  } else {
    await recordRefusal(db, actor, userId, { ceremony, passkeyId: outcome.passkeyId, reason: outcome.reason }, now);
  }
}

async function recordRefusal(db: Db, actor: Actor, userId: string, after: { ceremony: string; passkeyId: string | undefined; reason: string }, now: Date): Promise<void> {
  await inTransaction(db, (tx) => recordAudit(tx, actor, { action: 'auth.passkey-refused', entityType: 'user', entityId: userId, after }, now));
}

function reasonOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 300);
}

// ── ceremonies ──────────────────────────────────────────────────────────────

/** Keeps the challenge under the hash of a new random token; the token goes to the browser as a cookie. */
async function startCeremony(db: Db, purpose: Purpose, userId: string | null, challenge: string, now: Date): Promise<string> {
  const token = newToken();
  await store.saveChallenge(
    db,
    { id: tokenId(token), purpose, user_id: userId, data_json: JSON.stringify({ challenge }), expires_at: new Date(now.getTime() + TIMEOUT_MS).toISOString() },
    now.toISOString(),
  );
  return token;
}

/** The challenge of the ceremony the cookie names, used up whether the answer then passes or fails. */
async function takeCeremony(db: Db, token: string | undefined, purpose: Purpose, userId: string | null, now: Date): Promise<string> {
  const row = token ? await store.takeChallenge(db, tokenId(token)) : undefined;
  if (!row || row.purpose !== purpose || row.user_id !== userId || new Date(row.expires_at) <= now) throw new Conflict(EXPIRED);
  return (JSON.parse(row.data_json) as { challenge: string }).challenge;
}

// ── views ───────────────────────────────────────────────────────────────────

function transportsOf(passkey: store.PasskeyRow): string[] {
  try {
    const parsed: unknown = JSON.parse(passkey.transports ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
}

function viewOf(passkey: store.PasskeyRow): Passkey {
  return {
    id: passkey.id,
    name: passkey.name,
    createdAt: passkey.created_at,
    lastUsedAt: passkey.last_used_at,
    deviceType: passkey.device_type === 'singleDevice' || passkey.device_type === 'multiDevice' ? passkey.device_type : null,
    backedUp: passkey.backed_up === 1,
    transports: transportsOf(passkey),
  };
}

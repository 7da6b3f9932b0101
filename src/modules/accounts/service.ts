// What people do with accounts: sign in and out, see who they are, and (as administrators) add
// people to an organisation, change their roles and deactivate them.
import { randomUUID } from 'node:crypto';
import { type Actor, recordAudit } from '../../platform/audit/audit-trail.js';
import type { AppContext, RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import type { Database, OrganisationRow, UserRow, UserUpdate } from '../../platform/db/schema.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { Conflict, type FieldProblem, Forbidden, NotFound, StaleChange, TooManyAttempts, Unauthenticated, ValidationFailed } from '../../platform/errors.js';
import { authorise, can } from '../../platform/policy/policy.js';
import { type Grant, type OrgRef, Principal, type SessionStage } from '../../platform/policy/principal.js';
import { isRole, type Role } from '../../platform/policy/roles.js';
import { hashPassword, normaliseEmail, signInNameHash, tokenId, verifyDecoy, verifyPassword } from './domain/credentials.js';
import { failureRunStart, isLocked, lockedUntilAfterFailures, lockWaitSeconds } from './domain/lockout.js';
import { passwordProblem } from './domain/password-rules.js';
import { sessionState, shouldRecordActivity } from './domain/session-expiry.js';
import { revokeTokensOfUser } from '../api-tokens/service.js';
import { PRIVILEGED_ROLES } from '../mfa/service.js';
import * as organisations from '../organisations/service.js';
import { beginSession, requireSecondFactorForNewRoles, type StartedSession } from './login-session.js';
import * as store from './store.js';
import type { AccountCriteria, DirectoryAccountRow, MembershipSource, UserIdsQuery } from './store.js';

// What other modules use of accounts beyond the use cases below: credentials, password rules and
// login sessions (their detail lives one level down, in domain/ and login-session.ts).
export { hashPassword, newToken, normaliseEmail, tokenId, verifyPassword } from './domain/credentials.js';
export { passwordProblem } from './domain/password-rules.js';
export {
  beginSession,
  completeSecondFactor,
  type RenewedSession,
  requireSecondFactorForNewRoles,
  type StartedSession,
} from './login-session.js';
export type { AccountCriteria, DirectoryAccountRow, MembershipSource, UserIdsQuery } from './store.js';

const WRONG_CREDENTIALS = 'The email address or password is not right. Check them and try again.';

export interface SignInInput {
  email: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
  requestId?: string;
}

export interface SignedIn extends StartedSession {
  user: { id: string; email: string; name: string };
}

export async function signIn(app: AppContext, input: SignInInput, now = new Date()): Promise<SignedIn> {
  const email = normaliseEmail(input.email);
  const user = await store.findUserByEmail(app.db, email);
  if (!user || !user.password_hash || user.deactivated_at) {
    // No usable account: the same checks, the same work and the same answers as a wrong password.
    await failedSignInWithoutAccount(app, email, input.password, input.requestId ?? null, now);
    throw new Unauthenticated(WRONG_CREDENTIALS);
  }
  assertNotLocked(user, now);

  const actor: Actor = { userId: user.id, label: user.email, requestId: input.requestId ?? null };
  if (!(await verifyPassword(user.password_hash, input.password))) {
    await failedAttempt(app, user, actor, 'auth.login-failed', now);
    throw new Unauthenticated(WRONG_CREDENTIALS);
  }

  const started = await inTransaction(app.db, (tx) =>
    beginSession(tx, app, user, { method: 'password', multiFactor: false, ip: input.ip, userAgent: input.userAgent }, actor, now),
  );
  return { ...started, user: { id: user.id, email: user.email, name: user.name } };
}

/**
 * Counts a wrong password or second factor against the account, locking it for a while after
 * too many in a row, and throws the lock if this attempt caused one. The count is kept in the
 * database in one statement, so every one of many parallel guesses counts.
 */
export async function failedAttempt(app: AppContext, user: Pick<UserRow, 'id'>, actor: Actor, action: string, now: Date): Promise<void> {
  const at = now.toISOString();
  const lockedUntil = await inTransaction(app.db, async (tx) => {
    const failures = await store.addFailedSignIn(tx, user.id, at, failureRunStart(now, app.config.lockout).toISOString());
    const lock = lockedUntilAfterFailures(failures, now, app.config.lockout);
    if (lock) await store.lockAccount(tx, user.id, failures, lock.toISOString());
    await recordAudit(tx, actor, { action: lock ? 'auth.locked' : action, entityType: 'user', entityId: user.id, after: { failures } }, now);
    return lock;
  });
  if (lockedUntil) throw lockedError(lockedUntil, now);
}

/**
 * A sign-in for an email address with no usable account (none, deactivated, or without a password)
 * is counted and locked exactly as an account's would be, under a hash of the address, after
 * checking a decoy password hash: the answer and the time it takes do not say whether the account exists.
 */
async function failedSignInWithoutAccount(app: AppContext, email: string, password: string, requestId: string | null, now: Date): Promise<void> {
  const emailHash = signInNameHash(email);
  const throttle = await store.findThrottle(app.db, emailHash);
  if (throttle && isLocked(throttle.locked_until, now)) throw lockedError(new Date(throttle.locked_until!), now);
  await verifyDecoy(password);
  const runStart = failureRunStart(now, app.config.lockout).toISOString();
  const lockedUntil = await inTransaction(app.db, async (tx) => {
    const failures = await store.addFailedSignInWithoutAccount(tx, emailHash, now.toISOString(), runStart);
    const lock = lockedUntilAfterFailures(failures, now, app.config.lockout);
    if (lock) await store.lockWithoutAccount(tx, emailHash, failures, lock.toISOString());
    if (failures === 1) await store.pruneThrottle(tx, runStart);
    // The address is not recorded: it is often someone's typing mistake, and it is personal data.
    const actor: Actor = { userId: null, label: 'unknown account', requestId };
    await recordAudit(tx, actor, { action: lock ? 'auth.locked' : 'auth.login-failed', entityType: 'sign-in-name', entityId: emailHash, after: { failures } }, now);
    return lock;
  });
  if (lockedUntil) throw lockedError(lockedUntil, now);
}

/** Throws while the account is locked after too many failed attempts. */
export function assertNotLocked(user: UserRow, now: Date): void {
  if (isLocked(user.locked_until, now)) throw lockedError(new Date(user.locked_until!), now);
}

function lockedError(lockedUntil: Date, now: Date): TooManyAttempts {
  const seconds = lockWaitSeconds(lockedUntil, now);
  const minutes = seconds / 60;
  return new TooManyAttempts(
    `Too many failed sign-in attempts. This account is locked for ${minutes} more minute${minutes === 1 ? '' : 's'}; try again then, or ask an administrator.`,
    seconds,
  );
}

export interface SessionPrincipal {
  principal: Principal;
  csrfToken: string;
}

/** The person behind a session cookie, or null when the session is unknown, expired or the account is deactivated. */
export async function principalFromSession(app: AppContext, token: string, now = new Date()): Promise<SessionPrincipal | null> {
  const id = tokenId(token);
  const session = await store.findSessionWithGrants(app.db, id);
  if (!session) return null;
  if (session.deactivated_at || sessionState(session, now, app.config.session.idleMinutes) !== 'active') {
    await store.deleteSession(app.db, id);
    return null;
  }
  if (shouldRecordActivity(session, now)) await store.touchSession(app.db, id, now.toISOString());
  return {
    principal: new Principal({ id: session.user_id, email: session.email, name: session.name }, session.grants, id, {
      kind: 'session',
      stage: sessionStageOf(session.stage),
      method: session.auth_method,
      secondFactor: session.second_factor_at !== null,
    }),
    csrfToken: session.csrf_token,
  };
}

function sessionStageOf(stage: string): SessionStage {
  return stage === 'second-factor' || stage === 'enrolment' ? stage : 'complete';
}

export async function signOut(ctx: RequestContext): Promise<void> {
  const sessionId = ctx.principal.sessionId;
  if (!sessionId) return;
  await inTransaction(ctx.db, async (tx) => {
    await store.deleteSession(tx, sessionId);
    await recordAudit(tx, ctx.actor, { action: 'auth.logout', entityType: 'user', entityId: ctx.principal.user.id }, ctx.now);
  });
}

export async function signOutEverywhere(ctx: RequestContext): Promise<number> {
  return inTransaction(ctx.db, async (tx) => {
    const ended = await store.deleteSessionsOfUser(tx, ctx.principal.user.id);
    await recordAudit(tx, ctx.actor, { action: 'auth.logout-everywhere', entityType: 'user', entityId: ctx.principal.user.id, after: { sessionsEnded: ended } }, ctx.now);
    return ended;
  });
}

/**
 * Changes the signed-in person's password. The current one must be given (a session left open on a
 * shared computer is not enough), and every other session ends, so a thief who had the old password
 * is signed out.
 */
export async function changeOwnPassword(ctx: RequestContext, input: { currentPassword: string; newPassword: string }): Promise<{ sessionsEnded: number }> {
  const user = await store.findUser(ctx.db, ctx.principal.user.id);
  if (!user?.password_hash) throw new NotFound('Your account has no password to change.');
  const problems: FieldProblem[] = [];
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    problems.push({ field: 'currentPassword', message: 'Your current password is not right' });
  }
  const weak = await passwordProblem(input.newPassword, { email: user.email, name: user.name, organisations: await organisationNamesOf(ctx.db, user.id) });
  if (weak) problems.push({ field: 'newPassword', message: weak });
  else if (input.newPassword === input.currentPassword) problems.push({ field: 'newPassword', message: 'Choose a password different from your current one' });
  if (problems.length) throw new ValidationFailed('Your password was not changed.', problems);

  const passwordHash = await hashPassword(input.newPassword);
  return inTransaction(ctx.db, async (tx) => {
    await store.updateUser(tx, user.id, user.version, { password_hash: passwordHash, updated_at: ctx.now.toISOString() });
    const sessionsEnded = await store.deleteOtherSessionsOfUser(tx, user.id, ctx.principal.sessionId ?? '');
    await recordAudit(tx, ctx.actor, { action: 'auth.password-change', entityType: 'user', entityId: user.id, after: { otherSessionsEnded: sessionsEnded } }, ctx.now);
    return { sessionsEnded };
  });
}

/** The names of the organisations a person has roles in: words their password should not be made of. */
export async function organisationNamesOf(db: Db, userId: string): Promise<string[]> {
  // In name order, as the password check ranks the words it is given by their place in the list.
  return [...new Set((await organisations.namesInOrder(db, await store.organisationIdsOfUser(db, userId))).map((o) => o.name))];
}

export async function sessionsOf(ctx: RequestContext) {
  const rows = await store.sessionsOfUser(ctx.db, ctx.principal.user.id);
  return rows.map((s) => ({
    // Only a prefix of the token hash: enough to tell sessions apart, useless to an attacker.
    id: s.id.slice(0, 12),
    createdAt: s.created_at,
    lastSeenAt: s.last_seen_at,
    expiresAt: s.expires_at,
    ip: s.ip,
    userAgent: s.user_agent,
    current: s.id === ctx.principal.sessionId,
  }));
}

// ── people in an organisation ────────────────────────────────────────────────

export interface MemberView {
  userId: string;
  email: string;
  name: string;
  status: 'active' | 'deactivated';
  lastLoginAt: string | null;
  roles: Role[];
  version: number;
}

export async function listMembers(db: Db, orgId: string): Promise<MemberView[]> {
  return membersFromRows(await store.membersOf(db, orgId));
}

function membersFromRows(rows: store.MemberRow[]): MemberView[] {
  const byUser = new Map<string, MemberView>();
  for (const r of rows) {
    let m = byUser.get(r.user_id);
    if (!m) {
      m = {
        userId: r.user_id,
        email: r.email,
        name: r.name,
        status: r.deactivated_at ? 'deactivated' : 'active',
        lastLoginAt: r.last_login_at,
        roles: [],
        version: r.version,
      };
      byUser.set(r.user_id, m);
    }
    if (isRole(r.role)) m.roles.push(r.role);
  }
  return [...byUser.values()];
}

/** The person's roles in the organisation, or undefined when they hold none there. */
async function findMember(db: Db, orgId: string, userId: string): Promise<MemberView | undefined> {
  return membersFromRows(await store.membersOf(db, orgId, userId))[0];
}

export async function getMember(db: Db, orgId: string, userId: string): Promise<MemberView> {
  const member = await findMember(db, orgId, userId);
  if (!member) throw new NotFound('That person has no role in this organisation.');
  return member;
}

export async function countMembers(db: Db, orgId: string): Promise<number> {
  return store.countMembers(db, orgId);
}

/**
 * Creates an account with no roles, in the caller's transaction. It is recorded as the person's own
 * identity event, in no organisation's trail: whoever added them learns nothing from the trail
 * about whether the account is new.
 */
export async function createAccount(tx: Db, actor: Actor, input: { id?: string; email: string; name: string; passwordHash: string | null }, now: Date): Promise<string> {
  const id = input.id ?? randomUUID();
  await store.insertUser(tx, newUserRow(id, input.email, input.name, input.passwordHash, now));
  await recordAudit(tx, actor, { action: 'user.create', entityType: 'user', entityId: id, after: { email: input.email, name: input.name, password: input.passwordHash !== null } }, now);
  return id;
}

/** Gives the person the roles they do not hold yet in the organisation; returns those added. */
export async function grantRoles(tx: Db, userId: string, orgId: string, roles: readonly Role[], now: Date): Promise<Role[]> {
  const added: Role[] = [];
  for (const role of new Set(roles)) {
    if (!(await store.hasMembership(tx, userId, orgId, role))) {
      await store.insertMembership(tx, { id: randomUUID(), user_id: userId, org_id: orgId, role, created_at: now.toISOString() });
      added.push(role);
    }
  }
  return added;
}

/** The account an email address belongs to, if any. */
export async function findAccountByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  return store.findUserByEmail(db, normaliseEmail(email));
}

/**
 * Who among these email addresses holds a role in the organisation itself: account id by address as
 * given, for an import that names people by email. One query, however many addresses a batch names.
 */
export async function membersByEmail(db: Db, orgId: string, emails: Iterable<string>): Promise<Map<string, string>> {
  const given = [...new Set(emails)];
  const ids = new Map((await store.memberIdsByEmail(db, orgId, [...new Set(given.map(normaliseEmail))])).map((r) => [r.email, r.id]));
  const found = new Map<string, string>();
  for (const email of given) {
    const id = ids.get(normaliseEmail(email));
    if (id) found.set(email, id);
  }
  return found;
}

/** Whether the person holds any role in the organisation itself. */
export async function isMember(db: Db, orgId: string, userId: string): Promise<boolean> {
  return (await store.membersOf(db, orgId, userId)).length > 0;
}

export function newUserRow(id: string, email: string, name: string, passwordHash: string | null, now: Date): UserRow {
  const at = now.toISOString();
  return {
    id,
    email,
    name,
    password_hash: passwordHash,
    deactivated_at: null,
    failed_login_count: 0,
    locked_until: null,
    last_failed_login_at: null,
    last_login_at: null,
    external_id: null,
    managed_by: 'local',
    created_at: at,
    updated_at: at,
    version: 1,
  };
}

/** What is wrong with a list of roles, as a field problem, or null. */
export function rolesProblem(roles: string[]): FieldProblem | null {
  const unknown = roles.filter((r) => !isRole(r));
  if (unknown.length) return { field: 'roles', message: `Not a role: ${unknown.join(', ')}` };
  if (roles.length === 0) return { field: 'roles', message: 'Choose at least one role' };
  return null;
}

/** Valid roles the caller may hand out in the organisation, without repeats; throws when they may not. */
export function checkRoles(ctx: RequestContext, org: OrganisationRow, roles: string[]): Role[] {
  const problem = rolesProblem(roles);
  if (problem) throw new ValidationFailed('The roles need correcting.', [problem]);
  const wanted = [...new Set(roles as Role[])];
  assertMayGrant(ctx, org, wanted);
  return wanted;
}

/**
 * Making someone a system administrator, or giving a role that can change who has access or what the
 * organisation reports (administrator, SIRO, head of cyber security), needs its own permission: never
 * an API token, and only from a session that gave its second factor.
 */
export function assertMayGrant(ctx: RequestContext, org: OrganisationRow, roles: readonly Role[]): void {
  if (roles.includes('system-admin')) authorise(ctx.principal, 'role.grant-system-admin');
  if (roles.some((r) => r !== 'system-admin' && PRIVILEGED_ROLES.includes(r))) authorise(ctx.principal, 'role.grant-privileged', orgRefOf(org));
}

export function orgRefOf(org: OrganisationRow): OrgRef {
  return { id: org.id, path: org.path, type: org.type };
}

/**
 * Replaces the person's roles in this organisation with exactly `roles`. Only the roles added need the
 * permission to grant them; if they oblige the person to use a second factor, their sessions that
 * never gave one end.
 */
export async function setRoles(ctx: RequestContext, org: OrganisationRow, userId: string, roles: string[]): Promise<MemberView> {
  const problem = rolesProblem(roles);
  if (problem) throw new ValidationFailed('The roles need correcting.', [problem]);
  const wanted = [...new Set(roles as Role[])];
  return inTransaction(ctx.db, async (tx) => {
    const before = await getMember(tx, org.id, userId);
    if (userId === ctx.principal.user.id && before.roles.includes('org-admin') && !wanted.includes('org-admin')) {
      throw new Conflict('You cannot remove your own administrator role: ask another administrator to do it.');
    }
    const adding = wanted.filter((r) => !before.roles.includes(r));
    assertMayGrant(ctx, org, adding);
    const removing = before.roles.filter((r) => !wanted.includes(r));
    if (removing.includes('system-admin') && !can(ctx.principal, 'role.grant-system-admin')) {
      throw new Forbidden('Only system administrators may remove the system administrator role.');
    }
    for (const role of removing) await store.deleteMembership(tx, userId, org.id, role);
    for (const role of adding) {
      await store.insertMembership(tx, { id: randomUUID(), user_id: userId, org_id: org.id, role, created_at: ctx.now.toISOString() });
    }
    if (adding.length) await requireSecondFactorForNewRoles(tx, userId, null);
    const after = await getMember(tx, org.id, userId);
    await recordAudit(tx, ctx.actor, { action: 'member.roles', entityType: 'user', entityId: userId, orgId: org.id, before, after }, ctx.now);
    return after;
  });
}

export async function removeMember(ctx: RequestContext, org: OrganisationRow, userId: string): Promise<void> {
  if (userId === ctx.principal.user.id) throw new Conflict('You cannot remove yourself from an organisation: ask another administrator.');
  await inTransaction(ctx.db, async (tx) => {
    const before = await getMember(tx, org.id, userId);
    if (before.roles.includes('system-admin') && !can(ctx.principal, 'role.grant-system-admin')) {
      throw new Forbidden('Only system administrators may remove a system administrator.');
    }
    for (const role of before.roles) await store.deleteMembership(tx, userId, org.id, role);
    await recordAudit(tx, ctx.actor, { action: 'member.remove', entityType: 'user', entityId: userId, orgId: org.id, before }, ctx.now);
  });
}

/**
 * Deactivating stops the account signing in anywhere and ends its sessions at once. An account
 * can hold roles in several organisations, so the administrator must be able to manage all of them.
 */
export async function setActive(ctx: RequestContext, org: OrganisationRow, userId: string, active: boolean): Promise<MemberView> {
  if (userId === ctx.principal.user.id) throw new Conflict('You cannot deactivate your own account.');
  return inTransaction(ctx.db, async (tx) => {
    const before = await getMember(tx, org.id, userId);
    const user = await store.findUser(tx, userId);
    if (!user) throw new NotFound('That person has no account.');
    await assertManagesEverywhere(ctx, tx, userId, 'remove them from this organisation instead, or ask a system administrator');
    await store.updateUser(tx, userId, user.version, { deactivated_at: active ? null : ctx.now.toISOString(), updated_at: ctx.now.toISOString() });
    if (!active) {
      await store.deleteSessionsOfUser(tx, userId);
      await revokeTokensOfUser(tx, userId, ctx.now.toISOString());
    }
    const after = await getMember(tx, org.id, userId);
    await recordAudit(tx, ctx.actor, { action: active ? 'user.reactivate' : 'user.deactivate', entityType: 'user', entityId: userId, orgId: org.id, before, after }, ctx.now);
    return after;
  });
}

/**
 * Changes to the account itself (deactivating it, resetting its password or second factors) reach
 * every organisation it belongs to, so the administrator must administer all of them: otherwise a
 * trust's administrator could take over a system administrator's account.
 */
export async function assertManagesEverywhere(ctx: RequestContext, db: Db, userId: string, otherwise: string): Promise<void> {
  const elsewhere = (await store.grantsForUser(db, userId)).filter((g) => !can(ctx.principal, 'member.manage', g.org));
  if (elsewhere.length > 0) throw new Forbidden(`This person also has roles in organisations you do not administer: ${otherwise}.`);
}

/** Ends one of the signed-in person's sessions, named by the short id the sessions list shows. */
export async function revokeOwnSession(ctx: RequestContext, shortId: string): Promise<{ current: boolean }> {
  const target = (await store.sessionsOfUser(ctx.db, ctx.principal.user.id)).find((s) => s.id.slice(0, 12) === shortId);
  if (!target || shortId.length !== 12) throw new NotFound('You have no session with that id.');
  await inTransaction(ctx.db, async (tx) => {
    await store.deleteSession(tx, target.id);
    await recordAudit(tx, ctx.actor, { action: 'auth.session-revoke', entityType: 'user', entityId: ctx.principal.user.id, after: { session: shortId } }, ctx.now);
  });
  return { current: target.id === ctx.principal.sessionId };
}

// ── first administrator and demo accounts (CLI) ─────────────────────────────

export interface AccountSpec {
  email: string;
  name: string;
  password: string;
  roles: Role[];
}

/**
 * Creates the account if it is new, or adds the roles to an existing one; used by the CLI, where
 * there is no signed-in administrator. With resetPassword, an existing account's password is replaced.
 */
export async function ensureAccount(
  app: AppContext & { actor: Actor; now: Date },
  org: OrganisationRow,
  spec: AccountSpec,
  options: { resetPassword?: boolean } = {},
): Promise<{ userId: string; created: boolean }> {
  const email = normaliseEmail(spec.email);
  const problem = await passwordProblem(spec.password, { email, name: spec.name, organisations: [org.name] });
  if (problem) throw new ValidationFailed(problem, [{ field: 'password', message: problem }]);
  const existing = await store.findUserByEmail(app.db, email);
  const passwordHash = !existing || options.resetPassword ? await hashPassword(spec.password) : null;
  return inTransaction(app.db, async (tx) => {
    const userId = existing?.id ?? randomUUID();
    if (!existing) {
      await store.insertUser(tx, newUserRow(userId, email, spec.name.trim(), passwordHash, app.now));
    } else if (passwordHash) {
      await store.updateUser(tx, userId, existing.version, { password_hash: passwordHash, failed_login_count: 0, locked_until: null, updated_at: app.now.toISOString() });
    }
    const added = await grantRoles(tx, userId, org.id, spec.roles, app.now);
    if (added.length) await requireSecondFactorForNewRoles(tx, userId, null);
    if (!existing || added.length || passwordHash) {
      await recordAudit(
        tx,
        app.actor,
        { action: existing ? 'member.add' : 'member.create', entityType: 'user', entityId: userId, orgId: org.id, after: { email, name: spec.name, rolesAdded: added, passwordSet: passwordHash !== null } },
        app.now,
      );
    }
    return { userId, created: !existing };
  });
}


/** Who these account ids belong to, so records can show people's names rather than ids. */
export async function peopleByIds(db: Db, ids: string[]): Promise<Array<{ id: string; name: string; email: string }>> {
  return store.namesOfUsers(db, [...new Set(ids)]);
}

/**
 * Refusing a change made against an old version (409): the record as it now stands goes back with
 * the name of who changed it and when, so the page can show both and nothing typed is lost.
 */
export async function staleChangeBy(db: Db, message: string, current: unknown, changedById: string | null, changedAt: string): Promise<StaleChange> {
  const [who] = changedById ? await peopleByIds(db, [changedById]) : [];
  return new StaleChange(message, current, who?.name ?? null, changedAt);
}

/** How an organisation's settings record is read and written, for `saveSettingsAtVersion`. */
export interface VersionedSettings<T> {
  /** The settings as the API answers them, in words, read in the transaction. */
  read(db: Db): Promise<T>;
  /** Writes the new row at `version + 1` if the stored version is still `version`; whether it did. */
  write(db: Db, stamp: { version: number; updated_at: string; updated_by: string | null }, version: number): Promise<boolean>;
  /** Who last saved them and when, to name in a refusal. */
  lastSaved(db: Db): Promise<{ updated_by: string | null; updated_at: string } | undefined>;
  /** The settings in words for the refusal: "The directory settings". */
  name: string;
}

/**
 * Saves an organisation's settings against the version read, in one transaction: a stale version is
 * refused with the settings as they now stand and who changed them; a save is audited before and after.
 */
export async function saveSettingsAtVersion<T>(ctx: Pick<RequestContext, 'db' | 'actor' | 'now'>, orgId: string, version: number, action: string, entityType: string, settings: VersionedSettings<T>): Promise<T> {
  return inTransaction(ctx.db, async (tx) => {
    const before = await settings.read(tx);
    if (!(await settings.write(tx, { version: version + 1, updated_at: ctx.now.toISOString(), updated_by: ctx.actor.userId }, version))) {
      const row = await settings.lastSaved(tx);
      throw await staleChangeBy(tx, `${settings.name} were changed by someone else since you loaded them. Their values are shown; make your change again.`, before, row?.updated_by ?? null, row?.updated_at ?? '');
    }
    const after = await settings.read(tx);
    await recordAudit(tx, ctx.actor, { action, entityType: entityType, entityId: orgId, orgId, before, after }, ctx.now);
    return after;
  });
}

export type PasswordResetAccount =
  | { eligible: true; account: { id: string; email: string; name: string } }
  | { eligible: false; reason: 'no-account' | 'deactivated' | 'no-password' };

/**
 * The account a "Forgotten your password?" request for this email would reset: an active one that
 * signs in with a password. Accounts without one sign in through single sign-on, and a link by email
 * must not give them a way in that bypasses their identity provider.
 */
export async function accountForPasswordReset(db: Db, email: string): Promise<PasswordResetAccount> {
  const user = await store.findUserByEmail(db, normaliseEmail(email));
  if (!user) return { eligible: false, reason: 'no-account' };
  if (user.deactivated_at) return { eligible: false, reason: 'deactivated' };
  if (!user.password_hash) return { eligible: false, reason: 'no-password' };
  return { eligible: true, account: { id: user.id, email: user.email, name: user.name } };
}

// ── accounts and roles, for the modules that manage them on a person's behalf (SSO, SCIM, links) ──

/** The account with this id, if any. */
export async function findAccount(db: Db, id: string): Promise<UserRow | undefined> {
  return store.findUser(db, id);
}

/** The account whose email is exactly this (not normalised: callers that take addresses from outside normalise first). */
export async function findAccountWithEmail(db: Db, email: string): Promise<UserRow | undefined> {
  return store.findUserByEmail(db, email);
}

/** Stores a new account row as given (see newUserRow); the caller records the audit event. */
export async function insertAccount(db: Db, row: UserRow): Promise<void> {
  await store.insertUser(db, row);
}

/** Optimistic lock: throws Conflict when someone changed the account since `version` was read. */
export async function updateAccount(db: Db, id: string, version: number, patch: UserUpdate): Promise<void> {
  await store.updateUser(db, id, version, patch);
}

/** Every role the person holds, with the organisation it is held in. */
export async function grantsForUser(db: Db, userId: string): Promise<Grant[]> {
  return store.grantsForUser(db, userId);
}

/** Ends one login session. */
export async function endSession(db: Db, sessionId: string): Promise<void> {
  await store.deleteSession(db, sessionId);
}

/** Ends every login session of the person; returns how many ended. */
export async function endSessionsOf(db: Db, userId: string): Promise<number> {
  return store.deleteSessionsOfUser(db, userId);
}

/** The person's roles in one organisation with where each came from, ordered by role. */
export async function rolesWithSource(db: Db, userId: string, orgId: string): Promise<{ role: string; source: string }[]> {
  return store.rolesWithSource(db, userId, orgId);
}

/** Gives a role that a directory or identity provider (`source`) granted; the caller records the audit event. */
export async function grantRoleFrom(db: Db, userId: string, orgId: string, role: Role, source: MembershipSource, now: Date): Promise<void> {
  await store.insertMembership(db, { id: randomUUID(), user_id: userId, org_id: orgId, role, created_at: now.toISOString(), source });
}

/** Takes away a role only if it came from that source: a directory never takes away a role a person gave. */
export async function revokeRoleFrom(db: Db, userId: string, orgId: string, role: string, source: MembershipSource): Promise<void> {
  await store.deleteMembershipFrom(db, userId, orgId, role, source);
}

/** Removes every role the person holds in these organisations, however it was granted; returns how many went. */
export async function removeRolesIn(db: Db, userId: string, orgIds: readonly string[]): Promise<number> {
  return store.deleteRolesIn(db, userId, orgIds);
}

// ── accounts among those another module lists (SCIM's roster, a group's members) ──

/** A page of the accounts among `among` (a query of the caller's own table yielding user ids) that match, oldest first. */
export async function accountsAmong<TB extends keyof Database>(db: Db, among: UserIdsQuery<TB>, criteria: AccountCriteria, offset: number, limit: number): Promise<DirectoryAccountRow[]> {
  return store.accountsAmong(db, among, criteria, offset, limit);
}

export async function countAccountsAmong<TB extends keyof Database>(db: Db, among: UserIdsQuery<TB>, criteria: AccountCriteria): Promise<number> {
  return store.countAccountsAmong(db, among, criteria);
}

/** The account with this id, if it is among `among`. */
export async function findAccountAmong<TB extends keyof Database>(db: Db, among: UserIdsQuery<TB>, userId: string): Promise<DirectoryAccountRow | undefined> {
  return store.findAccountAmong(db, among, userId);
}

/** The ids and names of the accounts among `among`, ordered by name. */
export async function namesAmong<TB extends keyof Database>(db: Db, among: UserIdsQuery<TB>): Promise<{ id: string; name: string }[]> {
  return store.namesAmong(db, among);
}

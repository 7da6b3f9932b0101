// What people do with accounts: sign in and out, see who they are, and (as administrators) add
// people to an organisation, change their roles and deactivate them.
import { randomUUID } from 'node:crypto';
import { type Actor, recordAudit } from '../../platform/audit/audit-trail.js';
import type { AppContext, RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import type { OrganisationRow, UserRow } from '../../platform/db/schema.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { Conflict, type FieldProblem, Forbidden, NotFound, TooManyAttempts, Unauthenticated, ValidationFailed } from '../../platform/errors.js';
import { can } from '../../platform/policy/policy.js';
import { Principal, type SessionStage } from '../../platform/policy/principal.js';
import { isRole, type Role } from '../../platform/policy/roles.js';
import { hashPassword, normaliseEmail, tokenId, verifyDecoy, verifyPassword } from './domain/credentials.js';
import { isLocked, lockedUntilAfterFailures } from './domain/lockout.js';
import { passwordProblem } from './domain/password-rules.js';
import { sessionState, shouldRecordActivity } from './domain/session-expiry.js';
import { beginSession, type StartedSession } from './login-session.js';
import * as store from './store.js';
import { revokeTokensOfUser } from '../api-tokens/store.js';

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
    await verifyDecoy(input.password);
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
 * too many in a row, and throws the lock if this attempt caused one.
 */
export async function failedAttempt(app: AppContext, user: UserRow, actor: Actor, action: string, now: Date): Promise<void> {
  const failures = user.failed_login_count + 1;
  const lockedUntil = lockedUntilAfterFailures(failures, now, app.config.lockout);
  await inTransaction(app.db, async (tx) => {
    await store.updateUser(tx, user.id, user.version, {
      failed_login_count: failures,
      locked_until: lockedUntil?.toISOString() ?? null,
      updated_at: now.toISOString(),
    });
    await recordAudit(tx, actor, { action: lockedUntil ? 'auth.locked' : action, entityType: 'user', entityId: user.id, after: { failures } }, now);
  });
  if (lockedUntil) throw lockedError(lockedUntil.toISOString(), now);
}

/** Throws while the account is locked after too many failed attempts. */
export function assertNotLocked(user: UserRow, now: Date): void {
  if (isLocked(user.locked_until, now)) throw lockedError(user.locked_until!, now);
}

function lockedError(lockedUntil: string, now: Date): TooManyAttempts {
  const seconds = Math.max(1, Math.ceil((new Date(lockedUntil).getTime() - now.getTime()) / 1000));
  const minutes = Math.ceil(seconds / 60);
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
  const weak = passwordProblem(input.newPassword, { email: user.email, name: user.name });
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

export interface NewMemberInput {
  email: string;
  name: string;
  password?: string | undefined;
  roles: string[];
}

/** Adds a person to the organisation with the given roles, creating their account if it is new. */
export async function addMember(ctx: RequestContext, org: OrganisationRow, input: NewMemberInput): Promise<MemberView> {
  // Every problem with the form is reported at once, so a person corrects it in one go.
  const problems: FieldProblem[] = [];
  const email = normaliseEmail(input.email);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) problems.push({ field: 'email', message: 'Enter an email address in the right format, like name@example.nhs.uk' });
  const name = input.name.trim();
  if (!name) problems.push({ field: 'name', message: 'Enter the person’s full name' });
  const roleCheck = roleProblem(input.roles);
  if (roleCheck) problems.push(roleCheck);

  const existing = problems.some((p) => p.field === 'email') ? undefined : await store.findUserByEmail(ctx.db, email);
  if (!existing) {
    const problem = input.password ? passwordProblem(input.password, { email, name }) : 'Enter an initial password for the new account';
    if (problem) problems.push({ field: 'password', message: problem });
  }
  if (problems.length) throw new ValidationFailed('The person’s details need correcting.', problems);
  // roleProblem found nothing, so every entry is a role.
  const roles = grantable(ctx, input.roles as Role[]);
  const passwordHash = existing ? null : await hashPassword(input.password!);

  return inTransaction(ctx.db, async (tx) => {
    let userId: string;
    if (existing) {
      userId = existing.id;
    } else {
      userId = randomUUID();
      await store.insertUser(tx, newUserRow(userId, email, name, passwordHash, ctx.now));
    }
    const before = await findMember(tx, org.id, userId);
    for (const role of roles) {
      if (!(await store.hasMembership(tx, userId, org.id, role))) {
        await store.insertMembership(tx, { id: randomUUID(), user_id: userId, org_id: org.id, role, created_at: ctx.now.toISOString() });
      }
    }
    const after = await getMember(tx, org.id, userId);
    await recordAudit(
      tx,
      ctx.actor,
      { action: existing ? 'member.add' : 'member.create', entityType: 'user', entityId: userId, orgId: org.id, before: before ?? null, after },
      ctx.now,
    );
    return after;
  });
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
    last_login_at: null,
    external_id: null,
    managed_by: 'local',
    created_at: at,
    updated_at: at,
    version: 1,
  };
}

/** What is wrong with a list of roles, as a field problem, or null. */
function roleProblem(roles: string[]): FieldProblem | null {
  const unknown = roles.filter((r) => !isRole(r));
  if (unknown.length) return { field: 'roles', message: `Not a role: ${unknown.join(', ')}` };
  if (roles.length === 0) return { field: 'roles', message: 'Choose at least one role' };
  return null;
}

export function checkRoles(ctx: RequestContext, roles: string[]): Role[] {
  const problem = roleProblem(roles);
  if (problem) throw new ValidationFailed('The roles need correcting.', [problem]);
  return grantable(ctx, roles as Role[]);
}

/** Valid roles the caller may hand out, without repeats. */
function grantable(ctx: RequestContext, roles: Role[]): Role[] {
  if (roles.includes('system-admin') && !can(ctx.principal, 'role.grant-system-admin')) {
    throw new Forbidden('Only system administrators may make someone a system administrator.');
  }
  return [...new Set(roles)];
}

/** Replaces the person's roles in this organisation with exactly `roles`. */
export async function setRoles(ctx: RequestContext, org: OrganisationRow, userId: string, roles: string[]): Promise<MemberView> {
  const wanted = checkRoles(ctx, roles);
  return inTransaction(ctx.db, async (tx) => {
    const before = await getMember(tx, org.id, userId);
    if (userId === ctx.principal.user.id && before.roles.includes('org-admin') && !wanted.includes('org-admin')) {
      throw new Conflict('You cannot remove your own administrator role: ask another administrator to do it.');
    }
    const removing = before.roles.filter((r) => !wanted.includes(r));
    if (removing.includes('system-admin') && !can(ctx.principal, 'role.grant-system-admin')) {
      throw new Forbidden('Only system administrators may remove the system administrator role.');
    }
    for (const role of removing) await store.deleteMembership(tx, userId, org.id, role);
    for (const role of wanted.filter((r) => !before.roles.includes(r))) {
      await store.insertMembership(tx, { id: randomUUID(), user_id: userId, org_id: org.id, role, created_at: ctx.now.toISOString() });
    }
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
  const problem = passwordProblem(spec.password, { email, name: spec.name });
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
    const added: Role[] = [];
    for (const role of spec.roles) {
      if (!(await store.hasMembership(tx, userId, org.id, role))) {
        await store.insertMembership(tx, { id: randomUUID(), user_id: userId, org_id: org.id, role, created_at: app.now.toISOString() });
        added.push(role);
      }
    }
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

// Tables of the accounts module: users, memberships, login sessions, and failed sign-ins for email
// addresses that have no account. One exception to "each module reads only its own tables" (see
// docs/decisions/0042-module-boundaries.md): a grant carries the id, path and type of the organisation
// it is held in, read with the membership in the same query, because access control needs them on
// every request. Nothing here writes the organisations table or reads more of it than those columns.
import type { SelectQueryBuilder } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Database, MembershipRow, NewSessionRow, NewUserRow, SessionRow, UserRow, UserUpdate } from '../../platform/db/schema.js';
import { Conflict } from '../../platform/errors.js';
import type { Grant } from '../../platform/policy/principal.js';
import type { Role } from '../../platform/policy/roles.js';
import { precompiled } from '../../platform/db/precompiled.js';

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function findUser(db: Db, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertUser(db: Db, row: NewUserRow): Promise<void> {
  await db.insertInto('users').values(row).execute();
}

/** Optimistic lock: the update applies only if nobody changed the user since `version` was read. */
export async function updateUser(db: Db, id: string, version: number, patch: UserUpdate): Promise<void> {
  const result = await db
    .updateTable('users')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) {
    throw new Conflict('This account was changed by someone else since you loaded it. Reload and try again.');
  }
}

// ── accounts among those another module lists ──────────────────────────────
// Another module (SCIM, with its roster) passes a query of its own table that yields user ids: the
// accounts are looked up among them in one statement, and neither module names the other's table.

/** A query over the caller's own table that yields the ids of the accounts it is about. */
export type UserIdsQuery<TB extends keyof Database> = SelectQueryBuilder<Database, TB, { user_id: string }>;

export interface AccountCriteria {
  id?: string;
  email?: string;
  externalId?: string;
}

/** What a directory sees of an account. */
export type DirectoryAccountRow = Pick<UserRow, 'id' | 'email' | 'name' | 'external_id' | 'deactivated_at' | 'created_at' | 'updated_at' | 'version'>;

const DIRECTORY_COLUMNS = ['id', 'email', 'name', 'external_id', 'deactivated_at', 'created_at', 'updated_at', 'version'] as const;

function accountsAmongQuery<TB extends keyof Database>(db: Db, among: UserIdsQuery<TB>, criteria: AccountCriteria) {
  let query = db.selectFrom('users').where('id', 'in', among);
  if (criteria.id !== undefined) query = query.where('id', '=', criteria.id);
  if (criteria.email !== undefined) query = query.where('email', '=', criteria.email);
  if (criteria.externalId !== undefined) query = query.where('external_id', '=', criteria.externalId);
  return query;
}

/** A page of the accounts among `among` that match, oldest first. */
export async function accountsAmong<TB extends keyof Database>(db: Db, among: UserIdsQuery<TB>, criteria: AccountCriteria, offset: number, limit: number): Promise<DirectoryAccountRow[]> {
  if (limit === 0) return [];
  return accountsAmongQuery(db, among, criteria).select(DIRECTORY_COLUMNS).orderBy('created_at').orderBy('id').offset(offset).limit(limit).execute();
}

export async function findAccountAmong<TB extends keyof Database>(db: Db, among: UserIdsQuery<TB>, userId: string): Promise<DirectoryAccountRow | undefined> {
  return accountsAmongQuery(db, among, { id: userId }).select(DIRECTORY_COLUMNS).executeTakeFirst();
}

export async function countAccountsAmong<TB extends keyof Database>(db: Db, among: UserIdsQuery<TB>, criteria: AccountCriteria): Promise<number> {
  const row = await accountsAmongQuery(db, among, criteria)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The ids and names of the accounts among `among`, ordered by name. */
export async function namesAmong<TB extends keyof Database>(db: Db, among: UserIdsQuery<TB>): Promise<{ id: string; name: string }[]> {
  return db.selectFrom('users').select(['id', 'name']).where('id', 'in', among).orderBy('name').execute();
}

export async function grantsForUser(db: Db, userId: string): Promise<Grant[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.org_id')
    .select(['memberships.role', 'organisations.id', 'organisations.path', 'organisations.type'])
    .where('memberships.user_id', '=', userId)
    .execute();
  return rows.map((r) => ({ role: r.role as Role, org: { id: r.id, path: r.path, type: r.type } }));
}

/** A person's role in an organisation, with their account's details. */
export type MemberRow = Pick<MembershipRow, 'user_id' | 'role'> & Pick<UserRow, 'email' | 'name' | 'deactivated_at' | 'last_login_at' | 'version'>;

/** People with roles in the organisation (one person, when userId is given), a row per role. */
export async function membersOf(db: Db, orgId: string, userId?: string): Promise<MemberRow[]> {
  let query = db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select([
      'users.id as user_id',
      'users.email',
      'users.name',
      'users.deactivated_at',
      'users.last_login_at',
      'users.version',
      'memberships.role',
    ])
    .where('memberships.org_id', '=', orgId)
    .orderBy('users.name')
    .orderBy('memberships.role');
  if (userId) query = query.where('memberships.user_id', '=', userId);
  return query.execute();
}

/** The accounts holding a role in the organisation itself among these (normalised) email addresses. */
export async function memberIdsByEmail(db: Db, orgId: string, emails: readonly string[]): Promise<Array<{ id: string; email: string }>> {
  if (!emails.length) return [];
  return db
    .selectFrom('users')
    .select(['users.id', 'users.email'])
    .where('users.email', 'in', emails)
    .where((eb) => eb.exists(eb.selectFrom('memberships').select('memberships.user_id').whereRef('memberships.user_id', '=', 'users.id').where('memberships.org_id', '=', orgId)))
    .execute();
}

const distinctMembers = precompiled((db) =>
  db
    .selectFrom('memberships')
    .select((eb) => eb.fn.count<number>('user_id').distinct().as('n'))
    .where('org_id', '=', '(organisation id)'),
);

export async function countMembers(db: Db, orgId: string): Promise<number> {
  const [row] = await distinctMembers(db, [orgId]);
  return Number(row!.n);
}

/** The ids of the organisations the person holds roles in. */
export async function organisationIdsOfUser(db: Db, userId: string): Promise<string[]> {
  const rows = await db.selectFrom('memberships').select('org_id').distinct().where('user_id', '=', userId).execute();
  return rows.map((r) => r.org_id);
}

/** A role held in an organisation; `source` says who granted it: a person ('manual', the default), SSO or SCIM. */
export async function insertMembership(db: Db, row: { id: string; user_id: string; org_id: string; role: Role; created_at: string; source?: MembershipSource }) {
  await db.insertInto('memberships').values(row).execute();
}

export type MembershipSource = 'manual' | 'sso' | 'scim';

/** The person's roles in one organisation with where each came from, ordered by role. */
export async function rolesWithSource(db: Db, userId: string, orgId: string): Promise<{ role: string; source: string }[]> {
  return db.selectFrom('memberships').select(['role', 'source']).where('user_id', '=', userId).where('org_id', '=', orgId).orderBy('role').execute();
}

/** Removes a role only if it came from that source: a directory never takes away a role a person gave. */
export async function deleteMembershipFrom(db: Db, userId: string, orgId: string, role: string, source: MembershipSource) {
  await db.deleteFrom('memberships').where('user_id', '=', userId).where('org_id', '=', orgId).where('role', '=', role).where('source', '=', source).execute();
}

/** Removes every role the person holds in these organisations, however it was granted. */
export async function deleteRolesIn(db: Db, userId: string, orgIds: readonly string[]): Promise<number> {
  if (orgIds.length === 0) return 0;
  const r = await db.deleteFrom('memberships').where('user_id', '=', userId).where('org_id', 'in', [...orgIds]).executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function hasMembership(db: Db, userId: string, orgId: string, role: Role): Promise<boolean> {
  const row = await db
    .selectFrom('memberships')
    .select('id')
    .where('user_id', '=', userId)
    .where('org_id', '=', orgId)
    .where('role', '=', role)
    .executeTakeFirst();
  return row !== undefined;
}

export async function deleteMembership(db: Db, userId: string, orgId: string, role: Role): Promise<boolean> {
  const r = await db
    .deleteFrom('memberships')
    .where('user_id', '=', userId)
    .where('org_id', '=', orgId)
    .where('role', '=', role)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

// ── login sessions ──────────────────────────────────────────────────────────

/** A login session with the person it belongs to. */
export type SessionWithUser = Pick<SessionRow, 'id' | 'user_id' | 'csrf_token' | 'created_at' | 'last_seen_at' | 'expires_at' | 'stage' | 'auth_method' | 'second_factor_at'> &
  Pick<UserRow, 'email' | 'name' | 'deactivated_at'>;

export async function insertSession(db: Db, row: NewSessionRow) {
  await db.insertInto('sessions').values(row).execute();
}

export type SessionWithGrants = SessionWithUser & {
  grants: Grant[];
};

// One round trip for everything access control needs on every request: the session, its person
// and every role they hold with the organisation it is held in (a session with no roles still
// comes back, with one row of nulls from the outer join).
const sessionWithGrants = precompiled((db) =>
  db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .leftJoin('memberships', 'memberships.user_id', 'sessions.user_id')
    .leftJoin('organisations', 'organisations.id', 'memberships.org_id')
    .select([
      'sessions.id',
      'sessions.user_id',
      'sessions.csrf_token',
      'sessions.created_at',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'sessions.stage',
      'sessions.auth_method',
      'sessions.second_factor_at',
      'users.email',
      'users.name',
      'users.deactivated_at',
      'memberships.role',
      'organisations.id as org_id',
      'organisations.path as org_path',
      'organisations.type as org_type',
    ])
    .where('sessions.id', '=', '(session id)'),
);

export async function findSessionWithGrants(db: Db, id: string): Promise<SessionWithGrants | undefined> {
  const rows = await sessionWithGrants(db, [id]);
  const first = rows[0];
  if (!first) return undefined;
  const { role: _role, org_id: _orgId, org_path: _orgPath, org_type: _orgType, ...session } = first;
  const grants = rows.flatMap((r) => (r.role && r.org_id && r.org_path && r.org_type ? [{ role: r.role as Role, org: { id: r.org_id, path: r.org_path, type: r.org_type } }] : []));
  return { ...session, grants };
}

/** Records a sign-in on the account; a complete one also clears the failed-attempt count. */
export async function recordSignIn(db: Db, userId: string, at: string, complete: boolean) {
  await db
    .updateTable('users')
    .set(complete ? { last_login_at: at, failed_login_count: 0, locked_until: null } : { last_login_at: at })
    .where('id', '=', userId)
    .execute();
}

/**
 * Promotes a session that was waiting for (or enrolling) its second factor under a new token hash and
 * CSRF token, so the token it had before stops working. False when the session is gone, or has been
 * promoted already by a request racing this one.
 */
export async function completeSession(db: Db, id: string, next: { id: string; csrf_token: string; expires_at: string; second_factor_at: string }): Promise<boolean> {
  const r = await db.updateTable('sessions').set({ ...next, stage: 'complete' }).where('id', '=', id).where('stage', '!=', 'complete').executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Sends a session back to giving or enrolling a second factor (roles that require one were just accepted). */
export async function setSessionStage(db: Db, id: string, stage: 'second-factor' | 'enrolment') {
  await db.updateTable('sessions').set({ stage }).where('id', '=', id).execute();
}

/** Ends the person's sessions that never gave a second factor, but keepSessionId; returns how many ended. */
export async function deleteSessionsWithoutSecondFactor(db: Db, userId: string, keepSessionId: string | null): Promise<number> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId).where('second_factor_at', 'is', null);
  if (keepSessionId) query = query.where('id', '!=', keepSessionId);
  const r = await query.executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function touchSession(db: Db, id: string, at: string) {
  await db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
}

export async function deleteSession(db: Db, id: string) {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteSessionsOfUser(db: Db, userId: string): Promise<number> {
  const r = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function deleteOtherSessionsOfUser(db: Db, userId: string, keepSessionId: string): Promise<number> {
  const r = await db.deleteFrom('sessions').where('user_id', '=', userId).where('id', '!=', keepSessionId).executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function sessionsOfUser(db: Db, userId: string) {
  return db
    .selectFrom('sessions')
    .select(['id', 'created_at', 'last_seen_at', 'expires_at', 'ip', 'user_agent', 'stage', 'auth_method'])
    .where('user_id', '=', userId)
    .orderBy('last_seen_at', 'desc')
    .execute();
}

/** The name and email of each account with one of these ids (ids with no account are left out). */
export async function namesOfUsers(db: Db, ids: string[]): Promise<Array<{ id: string; name: string; email: string }>> {
  if (ids.length === 0) return [];
  return db.selectFrom('users').select(['id', 'name', 'email']).where('id', 'in', ids).execute();
}

// ── failed sign-ins ─────────────────────────────────────────────────────────
// Counted in one statement each, so parallel guesses cannot overwrite each other's count. A run of
// failures ends once a day has passed without one (runStart): it then starts again from one.

/** Adds a failed attempt to the account's run and returns the run's length now. */
export async function addFailedSignIn(db: Db, userId: string, at: string, runStart: string): Promise<number> {
  const row = await db
    .updateTable('users')
    .set((eb) => ({
      failed_login_count: eb.case().when('last_failed_login_at', '>=', runStart).then(eb('failed_login_count', '+', 1)).else(1).end(),
      last_failed_login_at: at,
    }))
    .where('id', '=', userId)
    .returning('failed_login_count')
    .executeTakeFirst();
  return Number(row?.failed_login_count ?? 0);
}

/** Locks the account, unless a later failure has already lengthened the run (and set its own lock). */
export async function lockAccount(db: Db, userId: string, failures: number, lockedUntil: string) {
  await db.updateTable('users').set({ locked_until: lockedUntil }).where('id', '=', userId).where('failed_login_count', '=', failures).execute();
}

export async function findThrottle(db: Db, emailHash: string) {
  return db.selectFrom('sign_in_throttle').selectAll().where('email_hash', '=', emailHash).executeTakeFirst();
}

/** The same count for an email address with no usable account, kept under a hash of the address. */
export async function addFailedSignInWithoutAccount(db: Db, emailHash: string, at: string, runStart: string): Promise<number> {
  const row = await db
    .insertInto('sign_in_throttle')
    .values({ email_hash: emailHash, failed_count: 1, locked_until: null, updated_at: at })
    .onConflict((oc) =>
      oc.column('email_hash').doUpdateSet((eb) => ({
        failed_count: eb.case().when('sign_in_throttle.updated_at', '>=', runStart).then(eb('sign_in_throttle.failed_count', '+', 1)).else(1).end(),
        updated_at: at,
      })),
    )
    .returning('failed_count')
    .executeTakeFirstOrThrow();
  return Number(row.failed_count);
}

export async function lockWithoutAccount(db: Db, emailHash: string, failures: number, lockedUntil: string) {
  await db.updateTable('sign_in_throttle').set({ locked_until: lockedUntil }).where('email_hash', '=', emailHash).where('failed_count', '=', failures).execute();
}

/** Forgets runs that have ended (no failure since runStart): they would start again from one anyway. */
export async function pruneThrottle(db: Db, runStart: string) {
  await db.deleteFrom('sign_in_throttle').where('updated_at', '<', runStart).execute();
}

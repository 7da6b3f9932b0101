// Tables of single sign-on: connections, the identities linked to accounts, the short-lived state of
// a sign-in in progress (auth_challenges with purpose 'sso'), and the memberships that single sign-on
// itself granted (source 'sso'), which it alone recomputes.
import type { Db } from '../../platform/db/database.js';
import type { SsoConnectionRow } from '../../platform/db/schema.js';
import { Conflict } from '../../platform/errors.js';

const CHALLENGE_PURPOSE = 'sso';

export async function connectionsOf(db: Db, orgId: string): Promise<SsoConnectionRow[]> {
  return db.selectFrom('sso_connections').selectAll().where('org_id', '=', orgId).orderBy('name').orderBy('id').execute();
}

export async function findConnection(db: Db, id: string): Promise<SsoConnectionRow | undefined> {
  return db.selectFrom('sso_connections').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every enabled connection, by name. */
export async function enabledConnections(db: Db): Promise<SsoConnectionRow[]> {
  return db.selectFrom('sso_connections').selectAll().where('enabled', '=', 1).orderBy('name').execute();
}

export async function insertConnection(db: Db, row: SsoConnectionRow): Promise<void> {
  await db.insertInto('sso_connections').values(row).execute();
}

/** Optimistic lock: applies only if nobody changed the connection since `version` was read. */
export async function updateConnection(db: Db, id: string, version: number, patch: Omit<SsoConnectionRow, 'id' | 'org_id' | 'created_at' | 'version'>): Promise<void> {
  const result = await db
    .updateTable('sso_connections')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) {
    throw new Conflict('This connection was changed by someone else since you loaded it. Reload it, check their changes, and save yours again.');
  }
}

export async function deleteConnection(db: Db, id: string): Promise<number> {
  const identities = await db.deleteFrom('sso_identities').where('connection_id', '=', id).executeTakeFirst();
  await db.deleteFrom('sso_connections').where('id', '=', id).execute();
  return Number(identities.numDeletedRows);
}

// ── linked identities ───────────────────────────────────────────────────────

export async function findIdentity(db: Db, connectionId: string, subject: string) {
  return db.selectFrom('sso_identities').selectAll().where('connection_id', '=', connectionId).where('subject', '=', subject).executeTakeFirst();
}

export async function linkIdentity(db: Db, row: { connection_id: string; subject: string; user_id: string; at: string }, replace = false) {
  if (replace) await db.deleteFrom('sso_identities').where('connection_id', '=', row.connection_id).where('subject', '=', row.subject).execute();
  await db.insertInto('sso_identities').values({ connection_id: row.connection_id, subject: row.subject, user_id: row.user_id, created_at: row.at, last_login_at: row.at }).execute();
}

export async function recordIdentityUse(db: Db, connectionId: string, subject: string, at: string) {
  await db.updateTable('sso_identities').set({ last_login_at: at }).where('connection_id', '=', connectionId).where('subject', '=', subject).execute();
}

/** The group-to-role mappings of the organisation's connections, as stored (JSON). */
export async function groupRoleMappingsOf(db: Db, orgId: string): Promise<string[]> {
  const rows = await db.selectFrom('sso_connections').select('group_roles_json').where('org_id', '=', orgId).execute();
  return rows.map((r) => r.group_roles_json);
}

/** Every connection's client secret, sealed (null when it has none): what key rotation re-seals. */
export async function sealedClientSecrets(db: Db): Promise<{ key: string; sealed: string | null }[]> {
  return db.selectFrom('sso_connections').select(['id as key', 'client_secret_sealed as sealed']).execute();
}

export async function writeSealedClientSecret(db: Db, connectionId: string, sealed: string) {
  await db.updateTable('sso_connections').set({ client_secret_sealed: sealed }).where('id', '=', connectionId).execute();
}

// ── sign-in in progress ─────────────────────────────────────────────────────

export async function saveChallenge(db: Db, id: string, data: unknown, expiresAt: string) {
  await db.insertInto('auth_challenges').values({ id, purpose: CHALLENGE_PURPOSE, user_id: null, data_json: JSON.stringify(data), expires_at: expiresAt }).execute();
}

/**
 * Removes the challenge and returns its data if it was there and still fresh: each can be used once,
 * and two requests racing with the same one cannot both have it.
 */
export async function takeChallenge(db: Db, id: string, now: string): Promise<unknown> {
  const row = await db.selectFrom('auth_challenges').select(['data_json', 'expires_at']).where('id', '=', id).where('purpose', '=', CHALLENGE_PURPOSE).executeTakeFirst();
  if (!row) return undefined;
  const removed = await db.deleteFrom('auth_challenges').where('id', '=', id).where('purpose', '=', CHALLENGE_PURPOSE).executeTakeFirst();
  if (Number(removed.numDeletedRows) !== 1 || row.expires_at <= now) return undefined;
  return JSON.parse(row.data_json) as unknown;
}

/** Sign-ins that were started and never finished leave their state behind; it is cleared as new ones start. */
export async function deleteExpiredChallenges(db: Db, now: string) {
  await db.deleteFrom('auth_challenges').where('purpose', '=', CHALLENGE_PURPOSE).where('expires_at', '<=', now).execute();
}

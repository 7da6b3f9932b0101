// Tables of the passkeys module: the passkeys people have registered, and the short-lived WebAuthn
// challenges of ceremonies in progress.
import type { Db } from '../../platform/db/database.js';
import type { Selectable } from 'kysely';
import type { AuthChallengeTable, PasskeyRow } from '../../platform/db/schema.js';

export type { PasskeyRow };

export async function passkeysOf(db: Db, userId: string): Promise<PasskeyRow[]> {
  return db.selectFrom('passkeys').selectAll().where('user_id', '=', userId).orderBy('created_at').orderBy('id').execute();
}

export async function findPasskey(db: Db, id: string): Promise<PasskeyRow | undefined> {
  return db.selectFrom('passkeys').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertPasskey(db: Db, row: PasskeyRow): Promise<void> {
  await db.insertInto('passkeys').values(row).execute();
}

export async function renamePasskey(db: Db, userId: string, id: string, name: string): Promise<boolean> {
  const r = await db.updateTable('passkeys').set({ name }).where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deletePasskey(db: Db, userId: string, id: string): Promise<void> {
  await db.deleteFrom('passkeys').where('id', '=', id).where('user_id', '=', userId).execute();
}

export async function countPasskeys(db: Db, userId: string): Promise<number> {
  const row = await db.selectFrom('passkeys').select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', '=', userId).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function deletePasskeysOf(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('passkeys').where('user_id', '=', userId).execute();
}

/**
 * Records a successful use, only if the counter is still what the check was made against: two
 * assertions racing from a cloned authenticator cannot both move it.
 */
export async function recordPasskeyUse(db: Db, id: string, seenCounter: number, use: { counter: number; backedUp: boolean; at: string }): Promise<boolean> {
  const r = await db
    .updateTable('passkeys')
    .set({ counter: use.counter, backed_up: use.backedUp ? 1 : 0, last_used_at: use.at })
    .where('id', '=', id)
    .where('counter', '=', seenCounter)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

// ── ceremony challenges ─────────────────────────────────────────────────────

export type ChallengeRow = Selectable<AuthChallengeTable>;

/** Saves a challenge, clearing out any that have expired (ceremonies abandoned half-way). */
export async function saveChallenge(db: Db, row: ChallengeRow, now: string): Promise<void> {
  await db.deleteFrom('auth_challenges').where('expires_at', '<', now).execute();
  await db.insertInto('auth_challenges').values(row).execute();
}

/** Takes a challenge out, so it can be used once whatever the outcome: deleted and returned in one statement. */
export async function takeChallenge(db: Db, id: string): Promise<ChallengeRow | undefined> {
  return db.deleteFrom('auth_challenges').where('id', '=', id).returningAll().executeTakeFirst();
}

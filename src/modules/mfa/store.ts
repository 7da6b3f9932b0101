// Tables of the second-factor module: TOTP credentials and recovery codes.
import type { Db } from '../../platform/db/database.js';

export async function findTotp(db: Db, userId: string) {
  return db.selectFrom('totp_credentials').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

/** Starts (or restarts) enrolment: an unconfirmed secret replaces any earlier unconfirmed one. */
export async function saveUnconfirmedTotp(db: Db, userId: string, secretSealed: string, at: string) {
  await db.deleteFrom('totp_credentials').where('user_id', '=', userId).where('confirmed_at', 'is', null).execute();
  await db.insertInto('totp_credentials').values({ user_id: userId, secret_sealed: secretSealed, confirmed_at: null, last_step: 0, created_at: at }).execute();
}

export async function confirmTotp(db: Db, userId: string, step: number, at: string) {
  await db.updateTable('totp_credentials').set({ confirmed_at: at, last_step: step }).where('user_id', '=', userId).execute();
}

/**
 * Moves the last accepted step forward, only if no other request has used this or a later step in
 * the meantime: two requests racing with the same code cannot both succeed.
 */
export async function advanceTotpStep(db: Db, userId: string, step: number): Promise<boolean> {
  const r = await db.updateTable('totp_credentials').set({ last_step: step }).where('user_id', '=', userId).where('last_step', '<', step).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Every stored TOTP seed, sealed, by the person it belongs to: what key rotation re-seals. */
export async function sealedTotpSeeds(db: Db): Promise<{ key: string; sealed: string | null }[]> {
  return db.selectFrom('totp_credentials').select(['user_id as key', 'secret_sealed as sealed']).execute();
}

export async function writeSealedTotpSeed(db: Db, userId: string, sealed: string) {
  await db.updateTable('totp_credentials').set({ secret_sealed: sealed }).where('user_id', '=', userId).execute();
}

export async function deleteTotp(db: Db, userId: string) {
  await db.deleteFrom('totp_credentials').where('user_id', '=', userId).execute();
}

export async function replaceRecoveryCodes(db: Db, userId: string, rows: { id: string; code_hash: string }[], at: string) {
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  if (rows.length) await db.insertInto('recovery_codes').values(rows.map((r) => ({ ...r, user_id: userId, used_at: null, created_at: at }))).execute();
}

/** Marks the code used, once: false when it is unknown or already used (also under a race). */
export async function useRecoveryCode(db: Db, userId: string, codeHash: string, at: string): Promise<boolean> {
  const r = await db
    .updateTable('recovery_codes')
    .set({ used_at: at })
    .where('user_id', '=', userId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deleteRecoveryCodes(db: Db, userId: string) {
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
}

/** Whether the person has an authenticator app set up and confirmed. */
export async function hasConfirmedTotp(db: Db, userId: string): Promise<boolean> {
  const row = await db.selectFrom('totp_credentials').select('user_id').where('user_id', '=', userId).where('confirmed_at', 'is not', null).executeTakeFirst();
  return row !== undefined;
}

export async function unusedRecoveryCodes(db: Db, userId: string): Promise<number> {
  const row = await db.selectFrom('recovery_codes').select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', '=', userId).where('used_at', 'is', null).executeTakeFirstOrThrow();
  return Number(row.n);
}

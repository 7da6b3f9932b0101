// Tables of the second-factor module: TOTP credentials, recovery codes, and what a person has enrolled.
import type { Db } from '../../platform/db/database.js';
import { OVERSIGHT_TYPES } from '../organisations/domain/organisation-types.js';
import type { HeldRole } from './domain/requirement.js';

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

export async function deletePasskeys(db: Db, userId: string) {
  await db.deleteFrom('passkeys').where('user_id', '=', userId).execute();
}

export interface Factors {
  totp: boolean;
  passkeys: number;
  recoveryCodesLeft: number;
}

export async function factorsOf(db: Db, userId: string): Promise<Factors> {
  const [totp, passkeys, codes] = await Promise.all([
    db.selectFrom('totp_credentials').select('user_id').where('user_id', '=', userId).where('confirmed_at', 'is not', null).executeTakeFirst(),
    db.selectFrom('passkeys').select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', '=', userId).executeTakeFirstOrThrow(),
    db.selectFrom('recovery_codes').select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', '=', userId).where('used_at', 'is', null).executeTakeFirstOrThrow(),
  ]);
  return { totp: totp !== undefined, passkeys: Number(passkeys.n), recoveryCodesLeft: Number(codes.n) };
}

/** Every role the person holds, with the MFA setting that applies where it is held. */
export async function heldRoles(db: Db, userId: string): Promise<HeldRole[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.org_id')
    .select(['memberships.role', 'organisations.path', 'organisations.mfa_policy'])
    .where('memberships.user_id', '=', userId)
    .execute();
  const ancestorIds = [...new Set(rows.flatMap((r) => r.path.split('/').filter(Boolean)))];
  const strict = ancestorIds.length
    ? await db.selectFrom('organisations').select(['id', 'type']).where('id', 'in', ancestorIds).where('mfa_policy', '=', 'everyone').execute()
    : [];
  const everyone = new Set(strict.filter((o) => !OVERSIGHT_TYPES.has(o.type)).map((o) => o.id));
  return rows.map((r) => {
    const ids = r.path.split('/').filter(Boolean);
    // The organisation itself counts even if it is an ICS: its own staff follow its setting.
    const applies = ids.some((id) => everyone.has(id)) || (r.mfa_policy === 'everyone');
    return { role: r.role, policy: applies ? 'everyone' : 'privileged' };
  });
}

/** Sets the policy and moves the organisation's version on; returns the new version. */
export async function setOrganisationMfaPolicy(db: Db, orgId: string, policy: string, at: string): Promise<number> {
  const row = await db
    .updateTable('organisations')
    .set((eb) => ({ mfa_policy: policy, updated_at: at, version: eb('version', '+', 1) }))
    .where('id', '=', orgId)
    .returning('version')
    .executeTakeFirstOrThrow();
  return Number(row.version);
}

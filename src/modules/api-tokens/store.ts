// The api_tokens table.
import type { Db } from '../../platform/db/database.js';
import type { ApiTokenRow } from '../../platform/db/schema.js';

export async function insertToken(db: Db, row: ApiTokenRow) {
  await db.insertInto('api_tokens').values(row).execute();
}

export async function findByHash(db: Db, hash: string): Promise<ApiTokenRow | undefined> {
  return db.selectFrom('api_tokens').selectAll().where('token_hash', '=', hash).executeTakeFirst();
}

export async function findToken(db: Db, id: string): Promise<ApiTokenRow | undefined> {
  return db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function personalTokens(db: Db, userId: string): Promise<ApiTokenRow[]> {
  return db.selectFrom('api_tokens').selectAll().where('kind', '=', 'personal').where('user_id', '=', userId).orderBy('created_at', 'desc').execute();
}

export async function organisationTokens(db: Db, orgId: string): Promise<ApiTokenRow[]> {
  return db.selectFrom('api_tokens').selectAll().where('kind', '!=', 'personal').where('org_id', '=', orgId).orderBy('created_at', 'desc').execute();
}

export async function revoke(db: Db, id: string, at: string): Promise<boolean> {
  const r = await db.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function markUsed(db: Db, id: string, at: string) {
  await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
}

/** Ends every personal token of a person (when their account is deactivated or de-provisioned). */
export async function revokeTokensOfUser(db: Db, userId: string, at: string): Promise<number> {
  const r = await db.updateTable('api_tokens').set({ revoked_at: at }).where('user_id', '=', userId).where('kind', '=', 'personal').where('revoked_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows);
}

// The account_links table: invitations and password-reset links.
import type { Db } from '../../platform/db/database.js';
import type { AccountLinkRow } from '../../platform/db/schema.js';

export async function insertLink(db: Db, row: AccountLinkRow) {
  await db.insertInto('account_links').values(row).execute();
}

export async function findByHash(db: Db, hash: string, purpose: string): Promise<AccountLinkRow | undefined> {
  return db.selectFrom('account_links').selectAll().where('token_hash', '=', hash).where('purpose', '=', purpose).executeTakeFirst();
}

export async function findLink(db: Db, id: string): Promise<AccountLinkRow | undefined> {
  return db.selectFrom('account_links').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function invitationsOf(db: Db, orgId: string): Promise<AccountLinkRow[]> {
  return db.selectFrom('account_links').selectAll().where('org_id', '=', orgId).where('purpose', '=', 'invitation').orderBy('created_at', 'desc').limit(500).execute();
}

/**
 * Invitations waiting for one person: made for their account, or for their email address before the
 * account existed. Expired ones are left out.
 */
export async function openInvitationsFor(db: Db, userId: string, email: string, at: string): Promise<AccountLinkRow[]> {
  return db
    .selectFrom('account_links')
    .selectAll()
    .where('purpose', '=', 'invitation')
    .where((eb) => eb.or([eb('user_id', '=', userId), eb.and([eb('user_id', 'is', null), eb('email', '=', email)])]))
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('declined_at', 'is', null)
    .where('expires_at', '>', at)
    .orderBy('created_at', 'desc')
    .execute();
}

/**
 * Closes the organisation's expired, unanswered invitations for an email address (only one may be
 * open at a time): revoked at the moment it expired, so it still reads as expired.
 */
export async function closeExpiredInvitations(db: Db, orgId: string, email: string, at: string) {
  await db
    .updateTable('account_links')
    .set((eb) => ({ revoked_at: eb.ref('expires_at') }))
    .where('purpose', '=', 'invitation')
    .where('org_id', '=', orgId)
    .where('email', '=', email)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('declined_at', 'is', null)
    .where('expires_at', '<=', at)
    .execute();
}

/**
 * Uses the link once (for an invitation, by the account that accepts it): false if it was used,
 * withdrawn or declined meanwhile, so two requests cannot both use it.
 */
export async function markUsed(db: Db, id: string, at: string, userId?: string): Promise<boolean> {
  const r = await db
    .updateTable('account_links')
    .set(userId ? { used_at: at, user_id: userId } : { used_at: at })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('declined_at', 'is', null)
    .where('expires_at', '>', at)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function markDeclined(db: Db, id: string, at: string): Promise<boolean> {
  const r = await db
    .updateTable('account_links')
    .set({ declined_at: at })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('declined_at', 'is', null)
    .where('expires_at', '>', at)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function revokeLink(db: Db, id: string, at: string): Promise<boolean> {
  const r = await db
    .updateTable('account_links')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('declined_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Earlier unused reset links for the person stop working when a new one is made. */
export async function expireResetLinks(db: Db, userId: string, at: string) {
  await db.updateTable('account_links').set({ revoked_at: at }).where('user_id', '=', userId).where('purpose', '=', 'password-reset').where('used_at', 'is', null).where('revoked_at', 'is', null).execute();
}

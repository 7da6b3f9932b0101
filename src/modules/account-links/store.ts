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
 * Answers an open link once (used, declined or withdrawn): false when it was answered or withdrawn
 * meanwhile, so two requests cannot both use it. Using and declining also need it unexpired.
 */
async function answerOpenLink(db: Db, id: string, change: Partial<Pick<AccountLinkRow, 'used_at' | 'user_id' | 'declined_at' | 'revoked_at'>>, unexpiredAt: string | null): Promise<boolean> {
  let query = db.updateTable('account_links').set(change).where('id', '=', id).where('used_at', 'is', null).where('revoked_at', 'is', null).where('declined_at', 'is', null);
  if (unexpiredAt) query = query.where('expires_at', '>', unexpiredAt);
  const r = await query.executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Uses the link once (for an invitation, by the account that accepts it). */
export function markUsed(db: Db, id: string, at: string, userId?: string): Promise<boolean> {
  return answerOpenLink(db, id, userId ? { used_at: at, user_id: userId } : { used_at: at }, at);
}

export function markDeclined(db: Db, id: string, at: string): Promise<boolean> {
  return answerOpenLink(db, id, { declined_at: at }, at);
}

export function revokeLink(db: Db, id: string, at: string): Promise<boolean> {
  return answerOpenLink(db, id, { revoked_at: at }, null);
}

/** Earlier unused reset links for the person stop working when a new one is made. */
export async function expireResetLinks(db: Db, userId: string, at: string) {
  await db.updateTable('account_links').set({ revoked_at: at }).where('user_id', '=', userId).where('purpose', '=', 'password-reset').where('used_at', 'is', null).where('revoked_at', 'is', null).execute();
}

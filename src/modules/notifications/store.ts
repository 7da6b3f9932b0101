// The notifications table: one row per thing told to one person, at most once per key.
import type { Db } from '../../platform/db/database.js';
import type { NotificationRow } from '../../platform/db/schema.js';

/** Inserts unless this person was already told this; true when it was new. Safe when runs race. */
export async function insertOnce(db: Db, row: Omit<NotificationRow, 'read_at' | 'emailed_at'>): Promise<boolean> {
  const inserted = await db
    .insertInto('notifications')
    .values({ ...row, read_at: null, emailed_at: null })
    .onConflict((oc) => oc.columns(['account_id', 'dedupe_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function markEmailed(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('notifications').set({ emailed_at: at }).where('id', '=', id).execute();
}

export async function listFor(db: Db, accountId: string, limit: number): Promise<NotificationRow[]> {
  return db.selectFrom('notifications').selectAll().where('account_id', '=', accountId).orderBy('created_at', 'desc').orderBy('id').limit(limit).execute();
}

export async function countUnread(db: Db, accountId: string): Promise<number> {
  const row = await db.selectFrom('notifications').select((eb) => eb.fn.countAll<number>().as('n')).where('account_id', '=', accountId).where('read_at', 'is', null).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Marks read; only the person's own notification. Returns how many rows changed. */
export async function markRead(db: Db, accountId: string, id: string | null, at: string): Promise<number> {
  let query = db.updateTable('notifications').set({ read_at: at }).where('account_id', '=', accountId).where('read_at', 'is', null);
  if (id !== null) query = query.where('id', '=', id);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function exists(db: Db, accountId: string, id: string): Promise<boolean> {
  return (await db.selectFrom('notifications').select('id').where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst()) !== undefined;
}

// The access-review module's tables: campaigns, their items (accounts as they stood when the campaign
// started, with each decision), the actions revocations and changes become, and reminders sent.
import type { Db } from '../../platform/db/database.js';
import type { AccessReviewActionRow, AccessReviewItemRow, AccessReviewRow, AccessReviewTable } from '../../platform/db/schema.js';

/** Rows per insert statement: inside both engines' parameter limits at 22 columns. */
const INSERT_CHUNK = 400;

const changed = (result: { numUpdatedRows: bigint }) => Number(result.numUpdatedRows) === 1;

// ---- Campaigns ----

export async function insertReview(db: Db, row: AccessReviewRow): Promise<void> {
  await db.insertInto('access_reviews').values(row).execute();
}

export async function findReview(db: Db, orgId: string, id: string): Promise<AccessReviewRow | undefined> {
  return db.selectFrom('access_reviews').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export async function listReviews(db: Db, orgId: string, states?: readonly string[]): Promise<AccessReviewRow[]> {
  let query = db.selectFrom('access_reviews').selectAll().where('org_id', '=', orgId);
  if (states) query = query.where('state', 'in', states);
  return query.orderBy('created_at', 'desc').orderBy('id').execute();
}

/** Changes a campaign at the version read; false when someone changed it first. */
export async function updateReview(db: Db, id: string, versionRead: number, patch: Partial<Omit<AccessReviewTable, 'id' | 'org_id' | 'version'>>): Promise<boolean> {
  return changed(await db.updateTable('access_reviews').set({ ...patch, version: versionRead + 1 }).where('id', '=', id).where('version', '=', versionRead).executeTakeFirst());
}

// ---- Items ----

export async function insertItems(db: Db, rows: readonly AccessReviewItemRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) await db.insertInto('access_review_items').values(rows.slice(i, i + INSERT_CHUNK)).execute();
}

export async function itemsOf(db: Db, reviewIds: readonly string[], reviewerId?: string): Promise<AccessReviewItemRow[]> {
  if (reviewIds.length === 0) return [];
  let query = db.selectFrom('access_review_items').selectAll().where('review_id', 'in', reviewIds);
  if (reviewerId) query = query.where('reviewer_id', '=', reviewerId);
  return query.orderBy('directory_name').orderBy('account_name').orderBy('id').execute();
}

export async function findItem(db: Db, reviewId: string, itemId: string): Promise<AccessReviewItemRow | undefined> {
  return db.selectFrom('access_review_items').selectAll().where('review_id', '=', reviewId).where('id', '=', itemId).executeTakeFirst();
}

/** Records a decision at the version read; false when another decision got there first. */
export async function decide(db: Db, id: string, versionRead: number, decision: { decision: string; reason: string | null; decided_by: string | null; decided_at: string }): Promise<boolean> {
  return changed(await db.updateTable('access_review_items').set({ ...decision, version: versionRead + 1 }).where('id', '=', id).where('version', '=', versionRead).executeTakeFirst());
}

/** The ids of the campaigns the person reviews an item of. */
export async function reviewsWithReviewer(db: Db, orgId: string, reviewerId: string): Promise<string[]> {
  const rows = await db.selectFrom('access_review_items').select('review_id').distinct().where('org_id', '=', orgId).where('reviewer_id', '=', reviewerId).execute();
  return rows.map((r) => r.review_id);
}

// ---- Actions ----

export async function insertActions(db: Db, rows: readonly AccessReviewActionRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) await db.insertInto('access_review_actions').values(rows.slice(i, i + INSERT_CHUNK)).execute();
}

export async function listActions(db: Db, orgId: string, criteria: { state?: string; reviewId?: string }): Promise<AccessReviewActionRow[]> {
  let query = db.selectFrom('access_review_actions').selectAll().where('org_id', '=', orgId);
  if (criteria.state) query = query.where('state', '=', criteria.state);
  if (criteria.reviewId) query = query.where('review_id', '=', criteria.reviewId);
  return query.orderBy('created_at').orderBy('id').execute();
}

export async function findAction(db: Db, orgId: string, id: string): Promise<AccessReviewActionRow | undefined> {
  return db.selectFrom('access_review_actions').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

/** Closes an open action at the version read; false when it changed or closed first. */
export async function closeAction(db: Db, id: string, versionRead: number, close: { closed_at: string; closed_reason: string; closed_by_run_id: string | null; updated_at: string }): Promise<boolean> {
  return changed(
    await db
      .updateTable('access_review_actions')
      .set({ ...close, state: 'closed', version: versionRead + 1 })
      .where('id', '=', id)
      .where('version', '=', versionRead)
      .where('state', '=', 'open')
      .executeTakeFirst(),
  );
}

// ---- Reminders ----

/** Records that the reviewer was reminded of the campaign on the day; false when they already were. */
export async function recordReminder(db: Db, row: { review_id: string; reviewer_id: string; sent_on: string }): Promise<boolean> {
  const result = await db
    .insertInto('access_review_reminders')
    .values(row)
    .onConflict((oc) => oc.columns(['review_id', 'reviewer_id', 'sent_on']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

// Tables of the evidence library: evidence_items and evidence_versions. File contents are read only by
// the one function that serves a download; everything else selects the metadata.
import type { Db } from '../../platform/db/database.js';
import type { EvidenceItemRow, EvidenceVersionRow, NewEvidenceItemRow, NewEvidenceVersionRow } from '../../platform/db/schema.js';
import { containsText } from '../../platform/db/text-match.js';
import { Conflict } from '../../platform/errors.js';

export type VersionMeta = Omit<EvidenceVersionRow, 'content'>;

/** An item with its current version's metadata beside it. */
export type ItemWithCurrent = EvidenceItemRow & Pick<VersionMeta, 'file_name' | 'media_type' | 'size_bytes' | 'sha256' | 'url'>;

export const STALE_MESSAGE = 'This evidence was changed by someone else since you loaded it. Reload it to see their change, then make yours again.';

const VERSION_META = ['item_id', 'number', 'file_name', 'media_type', 'size_bytes', 'sha256', 'url', 'note_text', 'created_at', 'created_by'] as const;

function itemsWithCurrent(db: Db, orgId: string) {
  return db
    .selectFrom('evidence_items as i')
    .leftJoin('evidence_versions as v', (join) => join.onRef('v.item_id', '=', 'i.id').onRef('v.number', '=', 'i.current_version'))
    .selectAll('i')
    .select(['v.file_name', 'v.media_type', 'v.size_bytes', 'v.sha256', 'v.url'])
    .where('i.org_id', '=', orgId);
}

export async function insertItem(db: Db, row: NewEvidenceItemRow): Promise<void> {
  await db.insertInto('evidence_items').values(row).execute();
}

export async function insertVersion(db: Db, row: NewEvidenceVersionRow): Promise<void> {
  await db.insertInto('evidence_versions').values(row).execute();
}

export async function findItem(db: Db, orgId: string, id: string): Promise<ItemWithCurrent | undefined> {
  return itemsWithCurrent(db, orgId).where('i.id', '=', id).executeTakeFirst();
}

export interface ItemCriteria {
  ownerId?: string | undefined;
  text?: string | undefined;
  includeArchived?: boolean;
}

/** The organisation's items, by title. */
export async function listItems(db: Db, orgId: string, criteria: ItemCriteria): Promise<ItemWithCurrent[]> {
  let query = itemsWithCurrent(db, orgId);
  if (!criteria.includeArchived) query = query.where('i.archived_at', 'is', null);
  if (criteria.ownerId) query = query.where('i.owner_id', '=', criteria.ownerId);
  if (criteria.text) {
    const text = criteria.text;
    query = query.where((eb) => eb.or([containsText(eb.ref('i.title'), text), containsText(eb.ref('i.description'), text)]));
  }
  return query.orderBy('i.title').orderBy('i.id').execute();
}

/** The items with these ids that belong to the organisation; others are simply absent. */
export async function itemsAmong(db: Db, orgId: string, ids: readonly string[]): Promise<ItemWithCurrent[]> {
  if (ids.length === 0) return [];
  return itemsWithCurrent(db, orgId).where('i.id', 'in', [...ids]).orderBy('i.title').orderBy('i.id').execute();
}

/** Items in use that have an expiry date, soonest first. */
export async function itemsWithExpiry(db: Db, orgId: string): Promise<ItemWithCurrent[]> {
  return itemsWithCurrent(db, orgId).where('i.archived_at', 'is', null).where('i.expires_on', 'is not', null).orderBy('i.expires_on').orderBy('i.title').execute();
}

/** Every version's metadata, newest first. */
export async function versionsOf(db: Db, itemId: string): Promise<VersionMeta[]> {
  return db.selectFrom('evidence_versions').select(VERSION_META).where('item_id', '=', itemId).orderBy('number', 'desc').execute();
}

/** One version with its bytes, for a download. */
export async function versionWithContent(db: Db, itemId: string, number: number): Promise<EvidenceVersionRow | undefined> {
  return db.selectFrom('evidence_versions').selectAll().where('item_id', '=', itemId).where('number', '=', number).executeTakeFirst();
}

export type ItemPatch = Partial<Pick<EvidenceItemRow, 'title' | 'description' | 'owner_id' | 'valid_from' | 'expires_on' | 'review_on' | 'current_version' | 'archived_at'>> &
  Pick<EvidenceItemRow, 'updated_at' | 'updated_by'>;

/** Changes an item if it is still at the version read, and moves its version on; a Conflict otherwise. */
export async function updateItem(db: Db, id: string, version: number, patch: ItemPatch): Promise<void> {
  const result = await db
    .updateTable('evidence_items')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw new Conflict(STALE_MESSAGE);
}

// Tables of the vulnerabilities module: the known-exploited catalogue held and its entries.
import type { Insertable } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { KevCatalogueRow, KevCatalogueTable, KevEntryRow, KevEntryTable } from '../../platform/db/schema.js';
import { sql } from 'kysely';

export type NewKevEntry = Insertable<KevEntryTable>;

const CATALOGUE_ID = 'kev';

export async function findCatalogue(db: Db): Promise<KevCatalogueRow | undefined> {
  return db.selectFrom('kev_catalogue').selectAll().where('id', '=', CATALOGUE_ID).executeTakeFirst();
}

export async function saveCatalogue(db: Db, row: Omit<Insertable<KevCatalogueTable>, 'id'>): Promise<void> {
  const held = await findCatalogue(db);
  if (held) await db.updateTable('kev_catalogue').set(row).where('id', '=', CATALOGUE_ID).execute();
  else await db.insertInto('kev_catalogue').values({ id: CATALOGUE_ID, ...row }).execute();
}

export async function setEntryCount(db: Db, entryCount: number): Promise<void> {
  await db.updateTable('kev_catalogue').set({ entry_count: entryCount }).where('id', '=', CATALOGUE_ID).execute();
}

export async function countEntries(db: Db): Promise<number> {
  const r = await db.selectFrom('kev_entries').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function entriesByIds(db: Db, cveIds: readonly string[]): Promise<KevEntryRow[]> {
  if (!cveIds.length) return [];
  return db.selectFrom('kev_entries').selectAll().where('cve_id', 'in', cveIds).execute();
}

export async function insertEntries(db: Db, rows: readonly NewKevEntry[]): Promise<void> {
  // 15 columns a row: 500 rows stay well under either engine's limit on bound parameters.
  if (rows.length) await db.insertInto('kev_entries').values([...rows]).execute();
}

export async function updateEntry(db: Db, row: NewKevEntry): Promise<void> {
  const { cve_id, created_at: _created, ...change } = row;
  await db.updateTable('kev_entries').set(change).where('cve_id', '=', cve_id).execute();
}

export async function findEntry(db: Db, cveId: string): Promise<KevEntryRow | undefined> {
  return db.selectFrom('kev_entries').selectAll().where('cve_id', '=', cveId).executeTakeFirst();
}

export interface EntryFilter {
  vendor?: string | undefined;
  product?: string | undefined;
  knownRansomwareUse?: boolean | undefined;
}

function filtered(db: Db, filter: EntryFilter) {
  let query = db.selectFrom('kev_entries');
  if (filter.vendor !== undefined) query = query.where(sql<boolean>`lower(vendor) = ${filter.vendor.toLowerCase()}`);
  if (filter.product !== undefined) query = query.where(sql<boolean>`lower(product) = ${filter.product.toLowerCase()}`);
  if (filter.knownRansomwareUse !== undefined) query = query.where('known_ransomware_use', '=', filter.knownRansomwareUse ? 1 : 0);
  return query;
}

export async function listEntries(db: Db, filter: EntryFilter, page: { offset: number; limit: number }): Promise<{ total: number; rows: KevEntryRow[] }> {
  const total = await filtered(db, filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await filtered(db, filter).selectAll().orderBy('date_added', 'desc').orderBy('cve_id').offset(page.offset).limit(page.limit).execute();
  return { total: Number(total.n), rows };
}

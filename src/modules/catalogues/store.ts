// Tables of the catalogues module: catalogues, their nodes and profiles, and crosswalks (mapping sets and links).
import { sql } from 'kysely';
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Engine } from '../../platform/db/engine.js';
import type {
  CatalogueMappingLinkTable,
  CatalogueMappingSetTable,
  CatalogueNodeTable,
  CatalogueProfileTable,
  CatalogueTable,
  OrganisationCatalogueSettingsTable,
} from '../../platform/db/schema.js';
import { containsText, startsWithText } from '../../platform/db/text-match.js';
import { catalogueChanged } from './catalogue-cache.js';

// Rows as read, written and changed, straight from the schema's table types.
export type CatalogueRow = Selectable<CatalogueTable>;
export type NewCatalogue = Insertable<CatalogueTable>;
export type CatalogueChange = Omit<Updateable<CatalogueTable>, 'id' | 'key' | 'version'>;
export type CatalogueNodeRow = Selectable<CatalogueNodeTable>;
export type NewCatalogueNode = Insertable<CatalogueNodeTable>;
export type CatalogueProfileRow = Selectable<CatalogueProfileTable>;
export type NewCatalogueProfile = Insertable<CatalogueProfileTable>;
export type CatalogueMappingSetRow = Selectable<CatalogueMappingSetTable>;
export type NewCatalogueMappingSet = Insertable<CatalogueMappingSetTable>;
export type CatalogueMappingSetChange = Omit<Updateable<CatalogueMappingSetTable>, 'id' | 'key'>;
export type CatalogueMappingLinkRow = Selectable<CatalogueMappingLinkTable>;
export type NewCatalogueMappingLink = Insertable<CatalogueMappingLinkTable>;
export type OrganisationCatalogueSettingsRow = Selectable<OrganisationCatalogueSettingsTable>;
export type NewOrganisationCatalogueSettings = Insertable<OrganisationCatalogueSettingsTable>;
/** Per catalogue and node type: how many nodes, and how many of them are assessable. */
export interface NodeCount {
  catalogue_id: string;
  type: string;
  nodes: number;
  assessable: number;
}

// Well under SQLite's and PostgreSQL's limits on bound parameters (32766 / 65535) at 14 columns a row.
const BATCH_ROWS = 500;

async function insertInBatches<T extends object>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH_ROWS) await insert(rows.slice(i, i + BATCH_ROWS));
}

/**
 * Makes the caller's transaction the only one changing catalogues until it ends, so that several
 * instances starting together load shipped content once. SQLite: any write takes the database's write lock.
 */
export async function lockCatalogues(tx: Db, engine: Engine): Promise<void> {
  if (engine === 'postgres') {
    await sql`select pg_advisory_xact_lock(hashtext('bulwark.catalogues'))`.execute(tx);
  } else {
    await tx.updateTable('catalogues').set({ key: sql`key` }).where(sql<boolean>`1 = 0`).execute();
  }
}

export async function contentHashes(db: Db): Promise<{ catalogues: Array<Pick<CatalogueRow, 'key' | 'version' | 'source' | 'content_hash'>>; sets: Array<Pick<CatalogueMappingSetRow, 'key' | 'source' | 'content_hash'>> }> {
  const [catalogues, sets] = await Promise.all([
    db.selectFrom('catalogues').select(['key', 'version', 'source', 'content_hash']).execute(),
    db.selectFrom('catalogue_mapping_sets').select(['key', 'source', 'content_hash']).execute(),
  ]);
  return { catalogues, sets };
}

export async function findCatalogue(db: Db, key: string, version: string): Promise<CatalogueRow | undefined> {
  return db.selectFrom('catalogues').selectAll().where('key', '=', key).where('version', '=', version).executeTakeFirst();
}

export async function versionsOf(db: Db, key: string): Promise<string[]> {
  return (await db.selectFrom('catalogues').select('version').where('key', '=', key).execute()).map((r) => r.version);
}

export async function allCatalogues(db: Db): Promise<CatalogueRow[]> {
  return db.selectFrom('catalogues').selectAll().orderBy('key').orderBy('version').execute();
}

export async function insertCatalogue(db: Db, row: NewCatalogue): Promise<void> {
  catalogueChanged(db);
  await db.insertInto('catalogues').values(row).execute();
}

export async function updateCatalogue(db: Db, id: string, row: CatalogueChange): Promise<void> {
  catalogueChanged(db);
  await db.updateTable('catalogues').set(row).where('id', '=', id).execute();
}

export async function deleteCatalogue(db: Db, id: string): Promise<void> {
  catalogueChanged(db);
  await db.deleteFrom('catalogue_nodes').where('catalogue_id', '=', id).execute();
  await db.deleteFrom('catalogue_profiles').where('catalogue_id', '=', id).execute();
  await db.deleteFrom('organisation_catalogue_settings').where('catalogue_id', '=', id).execute();
  await db.deleteFrom('catalogues').where('id', '=', id).execute();
}

/** Node counts per catalogue and type, types in tree order (objectives before outcomes). */
export async function nodeCounts(db: Db): Promise<NodeCount[]> {
  const rows = await db
    .selectFrom('catalogue_nodes')
    .select((eb) => [
      'catalogue_id',
      'type',
      eb.fn.countAll<number>().as('nodes'),
      eb.fn.sum<number>('assessable').as('assessable'),
      eb.fn.min<number>('sort_order').as('first'),
    ])
    .groupBy(['catalogue_id', 'type'])
    .execute();
  return rows
    .sort((a, b) => Number(a.first) - Number(b.first))
    .map((r) => ({ catalogue_id: r.catalogue_id, type: r.type, nodes: Number(r.nodes), assessable: Number(r.assessable) }));
}

export async function nodesOf(db: Db, catalogueId: string): Promise<CatalogueNodeRow[]> {
  return db.selectFrom('catalogue_nodes').selectAll().where('catalogue_id', '=', catalogueId).orderBy('sort_order').execute();
}

export async function nodeRefsOf(
  db: Db,
  catalogueId: string,
): Promise<Array<Pick<CatalogueNodeRow, 'ref' | 'title' | 'type' | 'assessable' | 'levels_json' | 'attributes_json' | 'local_text_json' | 'sort_order'>>> {
  return db
    .selectFrom('catalogue_nodes')
    .select(['ref', 'title', 'type', 'assessable', 'levels_json', 'attributes_json', 'local_text_json', 'sort_order'])
    .where('catalogue_id', '=', catalogueId)
    .execute();
}

export async function replaceNodes(db: Db, catalogueId: string, rows: readonly NewCatalogueNode[]): Promise<void> {
  catalogueChanged(db);
  await db.deleteFrom('catalogue_nodes').where('catalogue_id', '=', catalogueId).execute();
  await insertInBatches(rows, (batch) => db.insertInto('catalogue_nodes').values(batch).execute());
}

export async function setLocalText(db: Db, catalogueId: string, ref: string, localTextJson: string | null): Promise<number> {
  catalogueChanged(db);
  const r = await db.updateTable('catalogue_nodes').set({ local_text_json: localTextJson }).where('catalogue_id', '=', catalogueId).where('ref', '=', ref).executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Nodes whose ref starts with, or whose title, description or locally imported text contains, the words. */
export async function searchNodes(
  db: Db,
  words: string,
  catalogueIds: readonly string[] | null,
  limit: number,
): Promise<CatalogueNodeRow[]> {
  let q = db
    .selectFrom('catalogue_nodes')
    .selectAll()
    .where((eb) =>
      eb.or([
        startsWithText(eb.ref('ref'), words),
        containsText(eb.ref('title'), words),
        containsText(eb.ref('description'), words),
        containsText(eb.ref('local_text_json'), words),
      ]),
    );
  if (catalogueIds) {
    if (catalogueIds.length === 0) return [];
    q = q.where('catalogue_id', 'in', catalogueIds);
  }
  return q.orderBy('catalogue_id').orderBy('sort_order').limit(limit).execute();
}

export async function profilesOf(db: Db, catalogueId: string): Promise<CatalogueProfileRow[]> {
  return db.selectFrom('catalogue_profiles').selectAll().where('catalogue_id', '=', catalogueId).orderBy('sort_order').execute();
}

export async function allProfiles(db: Db): Promise<CatalogueProfileRow[]> {
  return db.selectFrom('catalogue_profiles').selectAll().orderBy('catalogue_id').orderBy('sort_order').execute();
}

export async function deleteProfiles(db: Db, catalogueId: string, origin: CatalogueProfileRow['origin']): Promise<void> {
  catalogueChanged(db);
  await db.deleteFrom('catalogue_profiles').where('catalogue_id', '=', catalogueId).where('origin', '=', origin).execute();
}

export async function insertProfiles(db: Db, rows: readonly NewCatalogueProfile[]): Promise<void> {
  catalogueChanged(db);
  await insertInBatches(rows, (batch) => db.insertInto('catalogue_profiles').values(batch).execute());
}

export async function upsertProfile(db: Db, row: NewCatalogueProfile): Promise<void> {
  catalogueChanged(db);
  await db.deleteFrom('catalogue_profiles').where('catalogue_id', '=', row.catalogue_id).where('profile_id', '=', row.profile_id).execute();
  await db.insertInto('catalogue_profiles').values(row).execute();
}

export async function findMappingSet(db: Db, key: string): Promise<CatalogueMappingSetRow | undefined> {
  return db.selectFrom('catalogue_mapping_sets').selectAll().where('key', '=', key).executeTakeFirst();
}

export async function allMappingSets(db: Db): Promise<Array<CatalogueMappingSetRow & { links: number }>> {
  const [sets, counts] = await Promise.all([
    db.selectFrom('catalogue_mapping_sets').selectAll().orderBy('key').execute(),
    db
      .selectFrom('catalogue_mapping_links')
      .select((eb) => ['set_id', eb.fn.countAll<number>().as('links')])
      .groupBy('set_id')
      .execute(),
  ]);
  const byId = new Map(counts.map((c) => [c.set_id, Number(c.links)]));
  return sets.map((s) => ({ ...s, links: byId.get(s.id) ?? 0 }));
}

/** The mapping sets between two catalogue versions, in either direction. */
export async function mappingSetsBetween(db: Db, a: { key: string; version: string }, b: { key: string; version: string }): Promise<CatalogueMappingSetRow[]> {
  return db
    .selectFrom('catalogue_mapping_sets')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb.and([eb('source_key', '=', a.key), eb('source_version', '=', a.version), eb('target_key', '=', b.key), eb('target_version', '=', b.version)]),
        eb.and([eb('source_key', '=', b.key), eb('source_version', '=', b.version), eb('target_key', '=', a.key), eb('target_version', '=', a.version)]),
      ]),
    )
    .orderBy('key')
    .execute();
}

export async function mappingSetsTouching(db: Db, key: string, version: string): Promise<CatalogueMappingSetRow[]> {
  return db
    .selectFrom('catalogue_mapping_sets')
    .selectAll()
    .where((eb) => eb.or([eb.and([eb('source_key', '=', key), eb('source_version', '=', version)]), eb.and([eb('target_key', '=', key), eb('target_version', '=', version)])]))
    .execute();
}

export async function insertMappingSet(db: Db, row: NewCatalogueMappingSet): Promise<void> {
  catalogueChanged(db);
  await db.insertInto('catalogue_mapping_sets').values(row).execute();
}

export async function updateMappingSet(db: Db, id: string, row: CatalogueMappingSetChange): Promise<void> {
  catalogueChanged(db);
  await db.updateTable('catalogue_mapping_sets').set(row).where('id', '=', id).execute();
}

export async function deleteMappingSet(db: Db, id: string): Promise<void> {
  catalogueChanged(db);
  await db.deleteFrom('catalogue_mapping_links').where('set_id', '=', id).execute();
  await db.deleteFrom('catalogue_mapping_sets').where('id', '=', id).execute();
}

export async function replaceLinks(db: Db, setId: string, rows: readonly NewCatalogueMappingLink[]): Promise<void> {
  catalogueChanged(db);
  await db.deleteFrom('catalogue_mapping_links').where('set_id', '=', setId).execute();
  await insertInBatches(rows, (batch) => db.insertInto('catalogue_mapping_links').values(batch).execute());
}

export async function linksOf(db: Db, setIds: readonly string[]): Promise<CatalogueMappingLinkRow[]> {
  if (setIds.length === 0) return [];
  return db.selectFrom('catalogue_mapping_links').selectAll().where('set_id', 'in', setIds).orderBy('set_id').orderBy('sort_order').execute();
}

export async function findOrgSettings(db: Db, orgId: string, catalogueId: string): Promise<OrganisationCatalogueSettingsRow | undefined> {
  return db.selectFrom('organisation_catalogue_settings').selectAll().where('org_id', '=', orgId).where('catalogue_id', '=', catalogueId).executeTakeFirst();
}

export async function insertOrgSettings(db: Db, row: NewOrganisationCatalogueSettings): Promise<void> {
  await db.insertInto('organisation_catalogue_settings').values(row).execute();
}

/** Updates the row only if it is still at expectedVersion; answers whether it did. */
export async function updateOrgSettings(db: Db, row: NewOrganisationCatalogueSettings, expectedVersion: number): Promise<boolean> {
  const { org_id, catalogue_id, ...changes } = row;
  const r = await db
    .updateTable('organisation_catalogue_settings')
    .set(changes)
    .where('org_id', '=', org_id)
    .where('catalogue_id', '=', catalogue_id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

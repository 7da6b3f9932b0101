// Tables of the information assets module: the register of information assets and the suppliers
// they depend on. Names are matched within an organisation on `name_key` (see nameKey).
import type { Db } from '../../platform/db/database.js';
import type { InformationAssetRow, NewInformationAssetRow, NewSupplierRow, SupplierRow } from '../../platform/db/schema.js';
import { containsText } from '../../platform/db/text-match.js';

/** A name as matched within the organisation: case and runs of spaces do not make two names differ. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

// ---- Suppliers ----

export async function insertSuppliers(db: Db, rows: NewSupplierRow[]): Promise<void> {
  if (rows.length) await db.insertInto('suppliers').values(rows).execute();
}

export async function findSupplier(db: Db, orgId: string, id: string): Promise<SupplierRow | undefined> {
  return db.selectFrom('suppliers').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export async function suppliersByNameKeys(db: Db, orgId: string, keys: readonly string[]): Promise<SupplierRow[]> {
  if (!keys.length) return [];
  return db.selectFrom('suppliers').selectAll().where('org_id', '=', orgId).where('name_key', 'in', keys).execute();
}

export async function listSuppliers(db: Db, orgId: string, text?: string): Promise<SupplierRow[]> {
  let query = db.selectFrom('suppliers').selectAll().where('org_id', '=', orgId);
  if (text) query = query.where((eb) => eb.or([containsText(eb.ref('name'), text), containsText(eb.ref('services'), text)]));
  return query.orderBy('name_key').execute();
}

/** Changes a supplier if it is still at the version read; false when someone changed it first. */
export async function updateSupplier(db: Db, orgId: string, id: string, version: number, patch: Partial<NewSupplierRow>): Promise<boolean> {
  const result = await db.updateTable('suppliers').set({ ...patch, version: version + 1 }).where('org_id', '=', orgId).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteSupplier(db: Db, orgId: string, id: string, version: number): Promise<boolean> {
  const result = await db.deleteFrom('suppliers').where('org_id', '=', orgId).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

// ---- Information assets ----

export async function insertAssets(db: Db, rows: NewInformationAssetRow[]): Promise<void> {
  if (rows.length) await db.insertInto('information_assets').values(rows).execute();
}

export async function findAsset(db: Db, orgId: string, id: string): Promise<InformationAssetRow | undefined> {
  return db.selectFrom('information_assets').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

/** These assets, archived ones too, in any order; ids not of this organisation are left out. */
export async function assetsByIds(db: Db, orgId: string, ids: readonly string[]): Promise<InformationAssetRow[]> {
  if (!ids.length) return [];
  return db.selectFrom('information_assets').selectAll().where('org_id', '=', orgId).where('id', 'in', ids).execute();
}

export async function liveAssetsByNameKeys(db: Db, orgId: string, keys: readonly string[]): Promise<InformationAssetRow[]> {
  if (!keys.length) return [];
  return db.selectFrom('information_assets').selectAll().where('org_id', '=', orgId).where('archived_at', 'is', null).where('name_key', 'in', keys).execute();
}

export interface AssetCriteria {
  type?: string | undefined;
  criticality?: string | undefined;
  supplierId?: string | undefined;
  text?: string | undefined;
  archived?: boolean | undefined;
}

export async function listAssets(db: Db, orgId: string, criteria: AssetCriteria = {}): Promise<InformationAssetRow[]> {
  let query = db.selectFrom('information_assets').selectAll().where('org_id', '=', orgId);
  if (!criteria.archived) query = query.where('archived_at', 'is', null);
  if (criteria.type) query = query.where('asset_type', '=', criteria.type);
  if (criteria.criticality) query = query.where('criticality', '=', criteria.criticality);
  if (criteria.supplierId) query = query.where('supplier_id', '=', criteria.supplierId);
  if (criteria.text) {
    const text = criteria.text;
    query = query.where((eb) => eb.or([containsText(eb.ref('name'), text), containsText(eb.ref('description'), text)]));
  }
  return query.orderBy('name_key').orderBy('created_at').execute();
}

/** The live assets that name any of these suppliers. */
export async function liveAssetsOfSuppliers(db: Db, orgId: string, supplierIds: readonly string[]): Promise<InformationAssetRow[]> {
  if (!supplierIds.length) return [];
  return db
    .selectFrom('information_assets')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('archived_at', 'is', null)
    .where('supplier_id', 'in', supplierIds)
    .orderBy('name_key')
    .execute();
}

/** Changes an asset if it is still at the version read; false when someone changed it first. */
export async function updateAsset(db: Db, orgId: string, id: string, version: number, patch: Partial<NewInformationAssetRow>): Promise<boolean> {
  const result = await db
    .updateTable('information_assets')
    .set({ ...patch, version: version + 1 })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

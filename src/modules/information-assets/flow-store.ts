// The data flows table, and the look-ups of assets and suppliers that a flow's ends need. Flow names
// are matched within an organisation on `name_key`, as assets' are (see nameKey in store.ts).
import type { Db } from '../../platform/db/database.js';
import type { DataFlowRow, InformationAssetRow, NewDataFlowRow, SupplierRow } from '../../platform/db/schema.js';
import { containsText } from '../../platform/db/text-match.js';

export async function insertFlows(db: Db, rows: NewDataFlowRow[]): Promise<void> {
  if (rows.length) await db.insertInto('data_flows').values(rows).execute();
}

export async function findFlow(db: Db, orgId: string, id: string): Promise<DataFlowRow | undefined> {
  return db.selectFrom('data_flows').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export async function liveFlowsByNameKeys(db: Db, orgId: string, keys: readonly string[]): Promise<DataFlowRow[]> {
  if (!keys.length) return [];
  return db.selectFrom('data_flows').selectAll().where('org_id', '=', orgId).where('archived_at', 'is', null).where('name_key', 'in', keys).execute();
}

/** What the list's filters ask of the table; the rest (flags, missing bases) are worked out after. */
export interface FlowCriteria {
  personal?: boolean | undefined;
  specialCategory?: boolean | undefined;
  external?: boolean | undefined;
  unencrypted?: boolean | undefined;
  assetId?: string | undefined;
  supplierId?: string | undefined;
  text?: string | undefined;
  archived?: boolean | undefined;
}

export async function listFlows(db: Db, orgId: string, criteria: FlowCriteria = {}): Promise<DataFlowRow[]> {
  let query = db.selectFrom('data_flows').selectAll().where('org_id', '=', orgId);
  if (!criteria.archived) query = query.where('archived_at', 'is', null);
  if (criteria.personal !== undefined) query = query.where('personal_data', '=', criteria.personal ? 1 : 0);
  if (criteria.specialCategory !== undefined) query = query.where('special_category_data', '=', criteria.specialCategory ? 1 : 0);
  // A flow is internal when both its ends are the organisation's assets.
  if (criteria.external === true) query = query.where((eb) => eb.or([eb('from_asset_id', 'is', null), eb('to_asset_id', 'is', null)]));
  if (criteria.external === false) query = query.where((eb) => eb.and([eb('from_asset_id', 'is not', null), eb('to_asset_id', 'is not', null)]));
  if (criteria.unencrypted !== undefined) query = query.where('encrypted_in_transit', criteria.unencrypted ? '<>' : '=', 'yes');
  const { assetId, supplierId, text } = criteria;
  if (assetId) query = query.where((eb) => eb.or([eb('from_asset_id', '=', assetId), eb('to_asset_id', '=', assetId)]));
  if (supplierId) query = query.where((eb) => eb.or([eb('from_supplier_id', '=', supplierId), eb('to_supplier_id', '=', supplierId)]));
  if (text) {
    query = query.where((eb) =>
      eb.or([containsText(eb.ref('name'), text), containsText(eb.ref('description'), text), containsText(eb.ref('purpose'), text), containsText(eb.ref('from_party'), text), containsText(eb.ref('to_party'), text)]),
    );
  }
  return query.orderBy('name_key').orderBy('created_at').execute();
}

/** The live flows with any of these suppliers at an end. */
export async function liveFlowsOfSuppliers(db: Db, orgId: string, supplierIds: readonly string[]): Promise<DataFlowRow[]> {
  if (!supplierIds.length) return [];
  return db
    .selectFrom('data_flows')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('archived_at', 'is', null)
    .where((eb) => eb.or([eb('from_supplier_id', 'in', supplierIds), eb('to_supplier_id', 'in', supplierIds)]))
    .orderBy('name_key')
    .execute();
}

export type FlowEnds = Pick<DataFlowRow, 'id' | 'name' | 'from_asset_id' | 'to_asset_id' | 'from_supplier_id' | 'to_supplier_id'>;

/** The ends of the live flows (of one asset or supplier, when named): what an asset's or supplier's answer lists. */
export async function liveFlowEnds(db: Db, orgId: string, naming: { assetId?: string; supplierId?: string } = {}): Promise<FlowEnds[]> {
  let query = db
    .selectFrom('data_flows')
    .select(['id', 'name', 'from_asset_id', 'to_asset_id', 'from_supplier_id', 'to_supplier_id'])
    .where('org_id', '=', orgId)
    .where('archived_at', 'is', null);
  const { assetId, supplierId } = naming;
  if (assetId) query = query.where((eb) => eb.or([eb('from_asset_id', '=', assetId), eb('to_asset_id', '=', assetId)]));
  if (supplierId) query = query.where((eb) => eb.or([eb('from_supplier_id', '=', supplierId), eb('to_supplier_id', '=', supplierId)]));
  return query.orderBy('name_key').execute();
}

/** Changes a flow if it is still at the version read; false when someone changed it first. */
export async function updateFlow(db: Db, orgId: string, id: string, version: number, patch: Partial<NewDataFlowRow>): Promise<boolean> {
  const result = await db
    .updateTable('data_flows')
    .set({ ...patch, version: version + 1 })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Before a supplier is removed: archived flows that name it keep the supplier's name as another
 * organisation's, so they still say where the data went. Live flows stop the removal first.
 */
export async function supplierEndsBecomeParties(db: Db, orgId: string, supplierId: string, supplierName: string): Promise<void> {
  for (const end of ['from', 'to'] as const) {
    await db
      .updateTable('data_flows')
      .set({ [`${end}_supplier_id`]: null, [`${end}_party`]: supplierName })
      .where('org_id', '=', orgId)
      .where(`${end}_supplier_id`, '=', supplierId)
      .execute();
  }
}

// ---- The assets and suppliers at the ends ----

/** Assets by id, archived ones included: a flow still names an asset archived since. */
export async function assetsByIds(db: Db, orgId: string, ids: readonly string[]): Promise<InformationAssetRow[]> {
  if (!ids.length) return [];
  return db.selectFrom('information_assets').selectAll().where('org_id', '=', orgId).where('id', 'in', ids).execute();
}

export async function suppliersByIds(db: Db, orgId: string, ids: readonly string[]): Promise<SupplierRow[]> {
  if (!ids.length) return [];
  return db.selectFrom('suppliers').selectAll().where('org_id', '=', orgId).where('id', 'in', ids).execute();
}

// Reading the register: assets and suppliers with their flags (and the actions tracking them) and the
// live data flows naming them as of a date, one of each in full, and every flag of the organisation
// (data flows' and DPIAs' too) with counts by rule, worked out from one read of each table.
import type { AssetDetail, AssetList, AssetPerson, FlagReport, RegisterFlag, SupplierDetail, SupplierList } from '../../contract/information-assets.js';
import { ukDateOf } from '../../platform/as-of.js';
import type { Db } from '../../platform/db/database.js';
import type { InformationAssetRow, SupplierRow } from '../../platform/db/schema.js';
import { NotFound } from '../../platform/errors.js';
import { grouped } from '../../platform/grouped.js';
import { peopleByIds } from '../accounts/service.js';
import { assetFlags, flagCounts, supplierFlags } from './domain/risk-flags.js';
import { dpiaFlagsOf, dpiaRefsCovering, flowsCoveredByDpia } from './dpia-reading.js';
import { allFlagActions, flagActions } from './flag-actions.js';
import * as flowStore from './flow-store.js';
import { flowDetailOf, flowRefsOf } from './flow-views.js';
import { assetDetailOf, assetFactsOf, personOf, supplierDetailOf, supplierFactsOf, withActions } from './register-views.js';
import * as store from './store.js';

export const ASSET_NOT_FOUND = 'There is no information asset with that id in this organisation.';
export const SUPPLIER_NOT_FOUND = 'There is no supplier with that id in this organisation.';

export interface AssetCriteria extends store.AssetCriteria {
  flagged?: boolean | undefined;
}

export async function loadAsset(db: Db, orgId: string, id: string): Promise<InformationAssetRow> {
  const row = await store.findAsset(db, orgId, id);
  if (!row) throw new NotFound(ASSET_NOT_FOUND);
  return row;
}

export async function loadSupplier(db: Db, orgId: string, id: string): Promise<SupplierRow> {
  const row = await store.findSupplier(db, orgId, id);
  if (!row) throw new NotFound(SUPPLIER_NOT_FOUND);
  return row;
}

/** Assets as answers: their suppliers' names, their people's names and their flags' actions read once for all of them. */
async function assetDetails(db: Db, orgId: string, rows: readonly InformationAssetRow[], asOf: string): Promise<AssetDetail[]> {
  const supplierIds = [...new Set(rows.map((r) => r.supplier_id).filter((id): id is string => id !== null))];
  const suppliers = supplierIds.length ? await store.listSuppliers(db, orgId) : [];
  const supplierNames = new Map(suppliers.map((s) => [s.id, s.name]));
  const personIds = [...new Set(rows.flatMap((r) => [r.owner_id, r.administrator_id]).filter((id): id is string => id !== null))];
  const people = new Map((personIds.length ? await peopleByIds(db, personIds) : []).map((p) => [p.id, p.name]));
  const [flows, actions] = await Promise.all([liveFlowEnds(db, orgId, rows, (row) => ({ assetId: row.id })), flagActions(db, orgId, rows)]);
  const dpias = await dpiaRefsCovering(db, orgId, 'asset', rows, asOf);
  const refs = flowRefsOf(flows);
  return rows.map((row) => assetDetailOf(row, supplierNames, people, { flows: refs.ofAsset(row.id), dpias: dpias.get(row.id) ?? [] }, asOf, actions));
}

/** The ends of the live flows that may name these records: those of the one record, or all of the organisation's for a list. */
async function liveFlowEnds<R>(db: Db, orgId: string, rows: readonly R[], naming: (row: R) => { assetId: string } | { supplierId: string }): Promise<flowStore.FlowEnds[]> {
  if (!rows.length) return [];
  return flowStore.liveFlowEnds(db, orgId, rows.length === 1 ? naming(rows[0]!) : {});
}

export async function assetDetail(db: Db, row: InformationAssetRow, asOf: Date): Promise<AssetDetail> {
  return (await assetDetails(db, row.org_id, [row], ukDateOf(asOf)))[0]!;
}

/**
 * Assets named elsewhere (an access review's asset, say), archived ones too: each one's name and its
 * Information Asset Owner as the register has them now, without its flags.
 */
export async function assetOwners(db: Db, orgId: string, ids: readonly string[]): Promise<Array<{ id: string; name: string; owner: AssetPerson | null }>> {
  const rows = await store.assetsByIds(db, orgId, [...new Set(ids)]);
  const ownerIds = [...new Set(rows.map((r) => r.owner_id).filter((id): id is string => id !== null))];
  const people = new Map((ownerIds.length ? await peopleByIds(db, ownerIds) : []).map((p) => [p.id, p.name]));
  return rows.map((row) => ({ id: row.id, name: row.name, owner: personOf(row.owner_id, row.owner_name, people) }));
}

export async function supplierDetail(db: Db, row: SupplierRow, asOf: Date): Promise<SupplierDetail> {
  return (await supplierDetails(db, row.org_id, [row], ukDateOf(asOf)))[0]!;
}

export async function listAssets(db: Db, orgId: string, criteria: AssetCriteria, asOf: Date): Promise<AssetList> {
  const items = await assetDetails(db, orgId, await store.listAssets(db, orgId, { ...criteria, text: criteria.text?.trim() || undefined }), ukDateOf(asOf));
  return { asOf: asOf.toISOString(), items: criteria.flagged === undefined ? items : items.filter((a) => a.flags.length > 0 === criteria.flagged) };
}

export async function getAsset(db: Db, orgId: string, id: string, asOf: Date): Promise<AssetDetail> {
  return assetDetail(db, await loadAsset(db, orgId, id), asOf);
}

async function supplierDetails(db: Db, orgId: string, rows: readonly SupplierRow[], asOf: string): Promise<SupplierDetail[]> {
  const [dependants, flows, actions] = await Promise.all([
    store.liveAssetsOfSuppliers(db, orgId, rows.map((r) => r.id)),
    liveFlowEnds(db, orgId, rows, (row) => ({ supplierId: row.id })),
    flagActions(db, orgId, rows),
  ]);
  const refs = flowRefsOf(flows);
  const dependantsOf = grouped(dependants, (a) => a.supplier_id!);
  return rows.map((row) => supplierDetailOf(row, dependantsOf.get(row.id) ?? [], refs.ofSupplier(row.id), asOf, actions));
}

export async function listSuppliers(db: Db, orgId: string, criteria: { text?: string | undefined; flagged?: boolean | undefined }, asOf: Date): Promise<SupplierList> {
  const items = await supplierDetails(db, orgId, await store.listSuppliers(db, orgId, criteria.text?.trim() || undefined), ukDateOf(asOf));
  return { asOf: asOf.toISOString(), items: criteria.flagged === undefined ? items : items.filter((s) => s.flags.length > 0 === criteria.flagged) };
}

export async function getSupplier(db: Db, orgId: string, id: string, asOf: Date): Promise<SupplierDetail> {
  return supplierDetail(db, await loadSupplier(db, orgId, id), asOf);
}

/**
 * Every flag of the live register as of a date: assets first, then suppliers, then data flows, each in
 * name order, then DPIAs, newest first. The same flags the lists raise, worked out from one read of
 * each table and of the actions: none of the lists' names, links and references, which flags do not use.
 */
export async function registerFlags(db: Db, orgId: string, asOf: Date): Promise<FlagReport> {
  const day = ukDateOf(asOf);
  // One after the other: the handle may be a transaction's single connection.
  const actions = await allFlagActions(db, orgId);
  const assets = await store.listAssets(db, orgId, { archived: true });
  const suppliers = await store.listSuppliers(db, orgId);
  const flows = await flowStore.listFlows(db, orgId, {});
  const covered = await flowsCoveredByDpia(db, orgId);
  const live = assets.filter((a) => !a.archived_at);
  const dependantsOf = grouped(live.filter((a) => a.supplier_id), (a) => a.supplier_id!);
  const records = { assets: new Map(assets.map((a) => [a.id, a])), suppliers: new Map(suppliers.map((s) => [s.id, s])) };
  const flags: RegisterFlag[] = [
    ...live.flatMap((row) => withActions(assetFlags(assetFactsOf(row), day), actions)),
    ...suppliers.flatMap((row) => withActions(supplierFlags(supplierFactsOf(row, dependantsOf.get(row.id) ?? []), day), actions)),
    ...flows.flatMap((row) => flowDetailOf(row, records, new Map(), day, actions, { refs: new Map(), covered }).flags),
    ...(await dpiaFlagsOf(db, orgId, day, actions)),
  ];
  return { asOf: asOf.toISOString(), flags, counts: flagCounts(flags) };
}

/**
 * The live assets whose names are among `names` (any case, spaces tidied), by name key: for another
 * module that knows a system only by name (a scanner's host), to link it to the register.
 */
export async function liveAssetIdsByName(db: Db, orgId: string, names: readonly string[]): Promise<Map<string, string>> {
  const rows = await store.liveAssetsByNameKeys(db, orgId, [...new Set(names.map(store.nameKey))]);
  return new Map(rows.map((r) => [r.name_key, r.id]));
}

// Reading data flows: the organisation's flows with their flags as of a date, filtered as the DPO
// and Caldicott Guardian ask (personal, special-category, external, unencrypted, lacking a basis),
// and one in full.
import type { FlowDetail, FlowList } from '../../contract/data-flows.js';
import { ukDateOf } from '../../platform/as-of.js';
import type { Db } from '../../platform/db/database.js';
import type { DataFlowRow } from '../../platform/db/schema.js';
import { NotFound } from '../../platform/errors.js';
import { peopleByIds } from '../accounts/service.js';
import { lacksBasis } from './domain/flow-data.js';
import { dpiaRefsCovering } from './dpia-reading.js';
import { flagActions } from './flag-actions.js';
import * as flowStore from './flow-store.js';
import { type EndRecords, flowDetailOf } from './flow-views.js';

export const FLOW_NOT_FOUND = 'There is no data flow with that id in this organisation.';

export interface FlowCriteria extends flowStore.FlowCriteria {
  flagged?: boolean | undefined;
  lackingBasis?: boolean | undefined;
}

export async function loadFlow(db: Db, orgId: string, id: string): Promise<DataFlowRow> {
  const row = await flowStore.findFlow(db, orgId, id);
  if (!row) throw new NotFound(FLOW_NOT_FOUND);
  return row;
}

const present = (ids: Array<string | null>) => [...new Set(ids.filter((id): id is string => id !== null))];

/** The assets and suppliers these flows name, read once for all of them. */
export async function endRecordsOf(db: Db, orgId: string, rows: ReadonlyArray<Pick<DataFlowRow, 'from_asset_id' | 'to_asset_id' | 'from_supplier_id' | 'to_supplier_id'>>): Promise<EndRecords> {
  // One after the other: the handle may be a transaction's single connection.
  const assets = await flowStore.assetsByIds(db, orgId, present(rows.flatMap((r) => [r.from_asset_id, r.to_asset_id])));
  const suppliers = await flowStore.suppliersByIds(db, orgId, present(rows.flatMap((r) => [r.from_supplier_id, r.to_supplier_id])));
  return { assets: new Map(assets.map((a) => [a.id, a])), suppliers: new Map(suppliers.map((s) => [s.id, s])) };
}

async function flowDetails(db: Db, orgId: string, rows: readonly DataFlowRow[], asOf: string): Promise<FlowDetail[]> {
  if (!rows.length) return [];
  const personIds = present(rows.flatMap((r) => [r.created_by, r.updated_by]));
  const [records, actions] = await Promise.all([endRecordsOf(db, orgId, rows), flagActions(db, orgId, rows)]);
  const names = new Map((personIds.length ? await peopleByIds(db, personIds) : []).map((p) => [p.id, p.name]));
  // Which DPIAs cover each flow is read once for all of them, not flow by flow. A DPIA signed off with
  // approval stands as signed off or as due for review, so those covering a flow say whether one covers it.
  const refs = await dpiaRefsCovering(db, orgId, 'flow', rows, asOf);
  const covered = new Set([...refs].flatMap(([flowId, list]) => (list.some((d) => d.state === 'signed-off' || d.state === 'review-due') ? [flowId] : [])));
  const dpias = { refs, covered };
  return rows.map((row) => flowDetailOf(row, records, names, asOf, actions, dpias));
}

export async function flowDetail(db: Db, row: DataFlowRow, asOf: Date): Promise<FlowDetail> {
  return (await flowDetails(db, row.org_id, [row], ukDateOf(asOf)))[0]!;
}

export async function listFlows(db: Db, orgId: string, criteria: FlowCriteria, asOf: Date): Promise<FlowList> {
  const rows = await flowStore.listFlows(db, orgId, { ...criteria, text: criteria.text?.trim() || undefined });
  const { flagged, lackingBasis } = criteria;
  const items = (await flowDetails(db, orgId, rows, ukDateOf(asOf))).filter(
    (f) => (flagged === undefined || f.flags.length > 0 === flagged) && (lackingBasis === undefined || lacksBasis(f) === lackingBasis),
  );
  return { asOf: asOf.toISOString(), items };
}

export async function getFlow(db: Db, orgId: string, id: string, asOf: Date): Promise<FlowDetail> {
  return flowDetail(db, await loadFlow(db, orgId, id), asOf);
}

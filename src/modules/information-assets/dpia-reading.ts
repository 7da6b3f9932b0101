// Reading DPIAs: the organisation's DPIAs with their state and flags as of a date, filtered by state
// or by an asset or flow they cover, one in full; their flags alone, for the report of every flag; the
// DPIAs an asset's or flow's answer lists; and which flows a DPIA signed off with approval covers, for
// the flow rule that waits on it.
import type { DpiaDetail, DpiaList } from '../../contract/dpias.js';
import type { DpiaRef, DpiaState, RegisterFlag } from '../../contract/information-assets.js';
import { ukDateOf } from '../../platform/as-of.js';
import type { Db } from '../../platform/db/database.js';
import type { DpiaRow } from '../../platform/db/schema.js';
import { NotFound } from '../../platform/errors.js';
import { grouped } from '../../platform/grouped.js';
import { peopleByIds } from '../accounts/service.js';
import * as dpiaStore from './dpia-store.js';
import { dpiaFlags } from './domain/dpia-rules.js';
import { type DpiaRecords, dpiaDetailOf, dpiaFactsOf, dpiaRefOf } from './dpia-views.js';
import { flagActions } from './flag-actions.js';
import * as flowStore from './flow-store.js';
import { type FlagActions, withActions } from './register-views.js';

export const DPIA_NOT_FOUND = 'There is no DPIA with that id in this organisation.';

export interface DpiaCriteria {
  state?: DpiaState | undefined;
  assetId?: string | undefined;
  flowId?: string | undefined;
}

export async function loadDpia(db: Db, orgId: string, id: string): Promise<DpiaRow> {
  const row = await dpiaStore.findDpia(db, orgId, id);
  if (!row) throw new NotFound(DPIA_NOT_FOUND);
  return row;
}

/** The risks and links of these DPIAs, read once for all of them (one query after another: the handle may be a transaction's). */
export async function dpiaRecordsOf(db: Db, rows: readonly DpiaRow[]): Promise<DpiaRecords> {
  const ids = rows.map((r) => r.id);
  const risks = await dpiaStore.risksOf(db, ids);
  const links = await dpiaStore.linksOf(db, ids);
  return {
    risks: grouped(risks, (r) => r.dpia_id),
    assetIds: grouped(links.assets, (l) => l.dpia_id, (l) => l.subject_id),
    flowIds: grouped(links.flows, (l) => l.dpia_id, (l) => l.subject_id),
  };
}

const present = (ids: Array<string | null>) => [...new Set(ids.filter((id): id is string => id !== null))];

async function dpiaDetails(db: Db, orgId: string, rows: readonly DpiaRow[], asOf: string): Promise<DpiaDetail[]> {
  if (!rows.length) return [];
  const records = await dpiaRecordsOf(db, rows);
  const assetIds = present([...records.assetIds.values()].flat());
  const flowIds = present([...records.flowIds.values()].flat());
  const assets = await flowStore.assetsByIds(db, orgId, assetIds);
  const flows = await dpiaStore.flowsByIds(db, orgId, flowIds);
  const personIds = present(rows.flatMap((r) => [r.owner_id, r.dpo_advice_by, r.sign_off_by, r.created_by, r.updated_by]));
  const people = new Map((personIds.length ? await peopleByIds(db, personIds) : []).map((p) => [p.id, p.name]));
  const actions = await flagActions(db, orgId, rows);
  const names = { assets: new Map(assets.map((a) => [a.id, a])), flows: new Map(flows.map((f) => [f.id, f])), people };
  return rows.map((row) => dpiaDetailOf(row, records, names, asOf, actions));
}

/** The flags of the organisation's DPIAs as of a date, newest first, with the actions given: what the report of every flag needs of them. */
export async function dpiaFlagsOf(db: Db, orgId: string, asOf: string, actions: FlagActions): Promise<RegisterFlag[]> {
  const rows = await dpiaStore.listDpias(db, orgId, {});
  if (!rows.length) return [];
  const records = await dpiaRecordsOf(db, rows);
  return rows.flatMap((row) => withActions(dpiaFlags(dpiaFactsOf(row, records), asOf), actions));
}

export async function dpiaDetail(db: Db, row: DpiaRow, asOf: Date): Promise<DpiaDetail> {
  return (await dpiaDetails(db, row.org_id, [row], ukDateOf(asOf)))[0]!;
}

export async function listDpias(db: Db, orgId: string, criteria: DpiaCriteria, asOf: Date): Promise<DpiaList> {
  const items = await dpiaDetails(db, orgId, await dpiaStore.listDpias(db, orgId, criteria), ukDateOf(asOf));
  return { asOf: asOf.toISOString(), items: criteria.state ? items.filter((d) => d.state === criteria.state) : items };
}

export async function getDpia(db: Db, orgId: string, id: string, asOf: Date): Promise<DpiaDetail> {
  return dpiaDetail(db, await loadDpia(db, orgId, id), asOf);
}

/**
 * The DPIAs covering each of these assets or flows, by the asset's or flow's id, with where each
 * stands as of a date: those of the one record, or for a list every link of the organisation.
 */
export async function dpiaRefsCovering(db: Db, orgId: string, kind: 'asset' | 'flow', rows: ReadonlyArray<{ id: string }>, asOf: string): Promise<ReadonlyMap<string, DpiaRef[]>> {
  if (!rows.length) return new Map();
  const links = await dpiaStore.linksCovering(db, orgId, kind, rows.length === 1 ? [rows[0]!.id] : undefined);
  if (!links.length) return new Map();
  const dpiaIds = new Set(links.map((l) => l.dpia_id));
  const dpias = (await dpiaStore.listDpias(db, orgId)).filter((d) => dpiaIds.has(d.id));
  const records = await dpiaRecordsOf(db, dpias);
  const refs = new Map(dpias.map((d) => [d.id, dpiaRefOf(d, records, asOf)]));
  const bySubject = grouped(links, (l) => l.subject_id, (l) => refs.get(l.dpia_id)!);
  for (const list of bySubject.values()) list.sort((a, b) => a.reference.localeCompare(b.reference));
  return bySubject;
}

/** The ids of the organisation's flows that a DPIA signed off with approval covers. */
export async function flowsCoveredByDpia(db: Db, orgId: string): Promise<ReadonlySet<string>> {
  return new Set(await dpiaStore.flowsCoveredByApprovedDpias(db, orgId));
}

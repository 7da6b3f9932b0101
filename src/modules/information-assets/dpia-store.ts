// The DPIA tables: the assessments, their yearly numbers, their risks and the assets and data flows
// each covers. Rows only; where a DPIA stands is worked out in domain/dpia-rules.ts.
import type { Db } from '../../platform/db/database.js';
import type { DpiaRiskRow, DpiaRow } from '../../platform/db/schema.js';
import { nextYearlyNumber } from '../../platform/db/yearly-numbers.js';

/** The next number for the year (see platform/db/yearly-numbers.ts). */
export async function nextNumber(db: Db, orgId: string, year: number): Promise<number> {
  return nextYearlyNumber(db, 'dpia_numbers', orgId, year);
}

export async function insertDpia(db: Db, row: DpiaRow): Promise<void> {
  await db.insertInto('dpias').values(row).execute();
}

export async function findDpia(db: Db, orgId: string, id: string): Promise<DpiaRow | undefined> {
  return db.selectFrom('dpias').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

/** The organisation's DPIAs, newest first; with an asset or flow named, those that cover it. */
export async function listDpias(db: Db, orgId: string, covering: { assetId?: string | undefined; flowId?: string | undefined } = {}): Promise<DpiaRow[]> {
  let query = db.selectFrom('dpias').selectAll().where('org_id', '=', orgId);
  const { assetId, flowId } = covering;
  if (assetId) query = query.where('id', 'in', db.selectFrom('dpia_assets').select('dpia_id').where('asset_id', '=', assetId));
  if (flowId) query = query.where('id', 'in', db.selectFrom('dpia_flows').select('dpia_id').where('flow_id', '=', flowId));
  return query.orderBy('created_at', 'desc').orderBy('reference', 'desc').execute();
}

/** Changes a DPIA if it is still at the version read; false when someone changed it first. */
export async function updateDpia(db: Db, orgId: string, id: string, version: number, patch: Partial<DpiaRow>): Promise<boolean> {
  const result = await db
    .updateTable('dpias')
    .set({ ...patch, version: version + 1 })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function risksOf(db: Db, dpiaIds: readonly string[]): Promise<DpiaRiskRow[]> {
  if (!dpiaIds.length) return [];
  return db.selectFrom('dpia_risks').selectAll().where('dpia_id', 'in', dpiaIds).orderBy('dpia_id').orderBy('seq').execute();
}

export async function replaceRisks(db: Db, dpiaId: string, rows: readonly DpiaRiskRow[]): Promise<void> {
  await db.deleteFrom('dpia_risks').where('dpia_id', '=', dpiaId).execute();
  if (rows.length) await db.insertInto('dpia_risks').values([...rows]).execute();
}

export interface DpiaLinkRow {
  dpia_id: string;
  subject_id: string;
}

/** The assets and the flows these DPIAs cover. */
export async function linksOf(db: Db, dpiaIds: readonly string[]): Promise<{ assets: DpiaLinkRow[]; flows: DpiaLinkRow[] }> {
  if (!dpiaIds.length) return { assets: [], flows: [] };
  const assets = await db.selectFrom('dpia_assets').select(['dpia_id', 'asset_id as subject_id']).where('dpia_id', 'in', dpiaIds).execute();
  const flows = await db.selectFrom('dpia_flows').select(['dpia_id', 'flow_id as subject_id']).where('dpia_id', 'in', dpiaIds).execute();
  return { assets, flows };
}

export async function replaceLinks(db: Db, dpiaId: string, assetIds: readonly string[], flowIds: readonly string[]): Promise<void> {
  await db.deleteFrom('dpia_assets').where('dpia_id', '=', dpiaId).execute();
  await db.deleteFrom('dpia_flows').where('dpia_id', '=', dpiaId).execute();
  if (assetIds.length) await db.insertInto('dpia_assets').values(assetIds.map((asset_id) => ({ dpia_id: dpiaId, asset_id }))).execute();
  if (flowIds.length) await db.insertInto('dpia_flows').values(flowIds.map((flow_id) => ({ dpia_id: dpiaId, flow_id }))).execute();
}

/** The DPIAs of the organisation that cover these assets or flows (all of them when no ids are given), with what each covers. */
export async function linksCovering(db: Db, orgId: string, kind: 'asset' | 'flow', subjectIds?: readonly string[]): Promise<DpiaLinkRow[]> {
  if (subjectIds && !subjectIds.length) return [];
  const ofOrg = db.selectFrom('dpias').select('id').where('org_id', '=', orgId);
  if (kind === 'asset') {
    let query = db.selectFrom('dpia_assets').select(['dpia_id', 'asset_id as subject_id']).where('dpia_id', 'in', ofOrg);
    if (subjectIds) query = query.where('asset_id', 'in', subjectIds);
    return query.execute();
  }
  let query = db.selectFrom('dpia_flows').select(['dpia_id', 'flow_id as subject_id']).where('dpia_id', 'in', ofOrg);
  if (subjectIds) query = query.where('flow_id', 'in', subjectIds);
  return query.execute();
}

/** The flows of the organisation that a DPIA signed off with approval covers: one query for a whole report. */
export async function flowsCoveredByApprovedDpias(db: Db, orgId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('dpia_flows')
    .innerJoin('dpias', 'dpias.id', 'dpia_flows.dpia_id')
    .select('dpia_flows.flow_id')
    .distinct()
    .where('dpias.org_id', '=', orgId)
    .where('dpias.sign_off_outcome', 'in', ['approved', 'approved-with-conditions'])
    .execute();
  return rows.map((r) => r.flow_id);
}

/** Data flows by id, archived ones included: a DPIA still covers a flow archived since. */
export async function flowsByIds(db: Db, orgId: string, ids: readonly string[]): Promise<Array<{ id: string; name: string; archived_at: string | null }>> {
  if (!ids.length) return [];
  return db.selectFrom('data_flows').select(['id', 'name', 'archived_at']).where('org_id', '=', orgId).where('id', 'in', ids).execute();
}

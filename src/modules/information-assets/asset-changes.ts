// Changing the register: adding an information asset, changing it against the version read, and
// archiving it (an asset is never deleted: flows and records of processing may name it). Each change
// is checked, stored and recorded in the audit trail in one transaction.
import { randomUUID } from 'node:crypto';
import type { AssetChangeBody, AssetDetail, NewAssetBody } from '../../contract/information-assets.js';
import { recordAudit } from '../../platform/audit/audit-trail.js';
import type { RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import type { InformationAssetRow, NewInformationAssetRow } from '../../platform/db/schema.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { conflictOnDuplicate } from '../../platform/db/unique-violation.js';
import { Conflict, type FieldProblem, refuseIfAny } from '../../platform/errors.js';
import { isMember, staleChangeBy } from '../accounts/service.js';
import { assetDetail, loadAsset } from './register-reading.js';
import * as store from './store.js';

/** What a change needs: the database, who acts and when (imports and the command line have no request). */
export type RegisterChangeContext = Pick<RequestContext, 'db' | 'actor' | 'now'>;

export const NEEDS_CORRECTING = 'Some details need correcting.';
export const NAME_TAKEN = 'Another asset in this organisation has this name: give this one a name that tells them apart.';
const STALE = 'This asset was changed by someone else since you loaded it. Their version is shown; make your change again if it is still needed.';

/** The stored columns for the details given (only those given). */
export function assetColumns(body: Partial<NewAssetBody>): Partial<NewInformationAssetRow> {
  const c: Partial<NewInformationAssetRow> = {};
  const text = (v: string | null | undefined) => v?.trim() || null;
  if (body.name !== undefined) {
    c.name = body.name.trim().replace(/\s+/g, ' ');
    c.name_key = store.nameKey(body.name);
  }
  if (body.type !== undefined) c.asset_type = body.type;
  if (body.description !== undefined) c.description = text(body.description);
  if (body.ownerId !== undefined) c.owner_id = body.ownerId ?? null;
  if (body.ownerName !== undefined) c.owner_name = text(body.ownerName);
  // One or the other is kept: an account named drops a written name, and a name written drops the account.
  if (c.owner_id) c.owner_name = null;
  else if (c.owner_name) c.owner_id = null;
  if (body.administratorId !== undefined) c.administrator_id = body.administratorId ?? null;
  if (body.administratorName !== undefined) c.administrator_name = text(body.administratorName);
  if (c.administrator_id) c.administrator_name = null;
  else if (c.administrator_name) c.administrator_id = null;
  if (body.criticality !== undefined) c.criticality = body.criticality;
  if (body.hosting !== undefined) c.hosting = body.hosting ?? null;
  if (body.hostingRegion !== undefined) c.hosting_region = text(body.hostingRegion);
  if (body.supplierId !== undefined) c.supplier_id = body.supplierId ?? null;
  if (body.supportEndsOn !== undefined) c.support_ends_on = body.supportEndsOn ?? null;
  if (body.personalData !== undefined) c.personal_data = body.personalData ? 1 : 0;
  if (body.specialCategoryData !== undefined) c.special_category_data = body.specialCategoryData ? 1 : 0;
  if (body.patientData !== undefined) c.patient_data = body.patientData ? 1 : 0;
  if (body.recordVolume !== undefined) c.record_volume = body.recordVolume ?? null;
  if (body.encryptionAtRest !== undefined) c.encryption_at_rest = body.encryptionAtRest;
  if (body.mfa !== undefined) c.mfa = body.mfa;
  if (body.backupRestoreTestedOn !== undefined) c.backup_restore_tested_on = body.backupRestoreTestedOn ?? null;
  if (body.continuityPlan !== undefined) c.continuity_plan = body.continuityPlan ? 1 : 0;
  if (body.continuityPlanReference !== undefined) c.continuity_plan_reference = text(body.continuityPlanReference);
  if (body.notes !== undefined) c.notes = text(body.notes);
  return c;
}

/** A new asset's row: the details given over the register's defaults. */
export function newAssetRow(orgId: string, columns: Partial<NewInformationAssetRow>, ctx: RegisterChangeContext): InformationAssetRow {
  const at = ctx.now.toISOString();
  return withPersonalData({
    id: randomUUID(),
    org_id: orgId,
    name: '',
    name_key: '',
    asset_type: 'system',
    description: null,
    owner_id: null,
    owner_name: null,
    administrator_id: null,
    administrator_name: null,
    criticality: 'medium',
    hosting: null,
    hosting_region: null,
    supplier_id: null,
    support_ends_on: null,
    personal_data: 0,
    special_category_data: 0,
    patient_data: 0,
    record_volume: null,
    encryption_at_rest: 'unknown',
    mfa: 'unknown',
    backup_restore_tested_on: null,
    continuity_plan: 0,
    continuity_plan_reference: null,
    notes: null,
    ...columns,
    archived_at: null,
    archived_by: null,
    version: 1,
    created_at: at,
    created_by: ctx.actor.userId,
    updated_at: at,
    updated_by: ctx.actor.userId,
  });
}

/** Special-category and patient data are personal data: either marks the asset as holding it. */
export function withPersonalData<T extends Pick<InformationAssetRow, 'personal_data' | 'special_category_data' | 'patient_data'>>(row: T): T {
  return row.special_category_data === 1 || row.patient_data === 1 ? { ...row, personal_data: 1 } : row;
}

/** The columns of `next` that differ from `row`, and what they were. */
export function changedColumns<T extends object>(row: T, next: Partial<T>): { before: Partial<T>; after: Partial<T> } {
  const after = Object.fromEntries(Object.entries(next).filter(([k, v]) => row[k as keyof T] !== v)) as Partial<T>;
  const before = Object.fromEntries(Object.keys(after).map((k) => [k, row[k as keyof T]])) as Partial<T>;
  return { before, after };
}

/** The record as the audit trail keeps it: the details, not the bookkeeping. */
export function auditView<T extends object>(row: T): Partial<T> {
  const bookkeeping = new Set(['version', 'created_at', 'created_by', 'updated_at', 'updated_by', 'name_key']);
  return Object.fromEntries(Object.entries(row).filter(([k]) => !bookkeeping.has(k))) as Partial<T>;
}

export const throwIfAny = (problems: Array<FieldProblem | null>) => refuseIfAny(NEEDS_CORRECTING, problems);

async function personProblem(db: Db, orgId: string, body: Partial<NewAssetBody>, role: 'owner' | 'administrator'): Promise<FieldProblem | null> {
  const id = role === 'owner' ? body.ownerId : body.administratorId;
  const name = role === 'owner' ? body.ownerName : body.administratorName;
  const field = `${role}Id`;
  if (id && name?.trim()) return { field, message: `Choose the ${role}’s account or write their name, not both` };
  if (!id || (await isMember(db, orgId, id))) return null;
  return { field, message: 'Choose someone with a role in this organisation, or write the name of someone without an account' };
}

async function supplierProblem(db: Db, orgId: string, supplierId: string | null | undefined): Promise<FieldProblem | null> {
  if (!supplierId || (await store.findSupplier(db, orgId, supplierId))) return null;
  return { field: 'supplierId', message: 'Choose one of this organisation’s suppliers' };
}

async function nameProblem(db: Db, orgId: string, name: string | undefined, exceptId: string | null): Promise<FieldProblem | null> {
  if (name === undefined) return null;
  const taken = (await store.liveAssetsByNameKeys(db, orgId, [store.nameKey(name)])).some((a) => a.id !== exceptId);
  return taken ? { field: 'name', message: NAME_TAKEN } : null;
}

async function checkAsset(db: Db, orgId: string, body: Partial<NewAssetBody>, exceptId: string | null): Promise<void> {
  throwIfAny([
    await nameProblem(db, orgId, body.name, exceptId),
    await personProblem(db, orgId, body, 'owner'),
    await personProblem(db, orgId, body, 'administrator'),
    await supplierProblem(db, orgId, body.supplierId),
  ]);
}

/** Refuses a change made against an old version, handing back the asset as it now is and who changed it. */
async function stale(db: Db, row: InformationAssetRow, now: Date): Promise<never> {
  const current = (await store.findAsset(db, row.org_id, row.id)) ?? row;
  throw await staleChangeBy(db, STALE, await assetDetail(db, current, now), current.updated_by, current.updated_at);
}

export async function createAsset(ctx: RegisterChangeContext, orgId: string, body: NewAssetBody): Promise<AssetDetail> {
  await checkAsset(ctx.db, orgId, body, null);
  return conflictOnDuplicate(
    () =>
      inTransaction(ctx.db, async (tx) => {
        const row = newAssetRow(orgId, assetColumns(body), ctx);
        await store.insertAssets(tx, [row]);
        await recordAudit(tx, ctx.actor, { action: 'asset.create', entityType: 'information-asset', entityId: row.id, orgId, after: auditView(row) }, ctx.now);
        return assetDetail(tx, row, ctx.now);
      }),
    NAME_TAKEN,
  );
}

export async function changeAsset(ctx: RegisterChangeContext, orgId: string, id: string, body: AssetChangeBody): Promise<AssetDetail> {
  const { version, ...given } = body;
  await checkAsset(ctx.db, orgId, given, id);
  return conflictOnDuplicate(
    () =>
      inTransaction(ctx.db, async (tx) => {
        const row = await loadAsset(tx, orgId, id);
        if (version !== row.version) await stale(tx, row, ctx.now);
        if (row.archived_at) throw new Conflict('This asset is archived: it is kept for the record and can no longer be changed.');
        const next = withPersonalData({ ...row, ...assetColumns(given) });
        const { before, after } = changedColumns(row, next);
        if (!Object.keys(after).length) return assetDetail(tx, row, ctx.now);
        if (!(await store.updateAsset(tx, orgId, id, version, { ...after, updated_at: ctx.now.toISOString(), updated_by: ctx.actor.userId }))) await stale(tx, row, ctx.now);
        await recordAudit(tx, ctx.actor, { action: 'asset.change', entityType: 'information-asset', entityId: id, orgId, before: auditView(before), after: auditView(after) }, ctx.now);
        return assetDetail(tx, (await store.findAsset(tx, orgId, id))!, ctx.now);
      }),
    NAME_TAKEN,
  );
}

export async function archiveAsset(ctx: RegisterChangeContext, orgId: string, id: string, version: number): Promise<AssetDetail> {
  return inTransaction(ctx.db, async (tx) => {
    const row = await loadAsset(tx, orgId, id);
    if (version !== row.version) await stale(tx, row, ctx.now);
    if (row.archived_at) throw new Conflict('This asset is already archived.');
    const at = ctx.now.toISOString();
    if (!(await store.updateAsset(tx, orgId, id, version, { archived_at: at, archived_by: ctx.actor.userId, updated_at: at, updated_by: ctx.actor.userId }))) await stale(tx, row, ctx.now);
    await recordAudit(tx, ctx.actor, { action: 'asset.archive', entityType: 'information-asset', entityId: id, orgId, before: { name: row.name }, after: { archived_at: at } }, ctx.now);
    return assetDetail(tx, (await store.findAsset(tx, orgId, id))!, ctx.now);
  });
}

// Changing data flows: adding one, changing it against the version read, and archiving it (a flow is
// never deleted: records of processing and DPIAs may name it). The data flags are worked out from the
// categories before anything is stored, so they never disagree. Each change is checked, stored and
// recorded in the audit trail in one transaction.
import { randomUUID } from 'node:crypto';
import { DATA_CATEGORIES, DATA_SUBJECTS, type FlowChangeBody, type FlowDetail, type FlowEndBody, type NewFlowBody } from '../../contract/data-flows.js';
import { recordAudit } from '../../platform/audit/audit-trail.js';
import type { Db } from '../../platform/db/database.js';
import type { DataFlowRow, NewDataFlowRow } from '../../platform/db/schema.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { conflictOnDuplicate } from '../../platform/db/unique-violation.js';
import { Conflict, type FieldProblem } from '../../platform/errors.js';
import { staleChangeBy } from '../accounts/service.js';
import { auditView, changedColumns, type RegisterChangeContext, throwIfAny } from './asset-changes.js';
import { derivedDataFlags, inListOrder } from './domain/flow-data.js';
import { flowDetail, loadFlow } from './flow-reading.js';
import * as flowStore from './flow-store.js';
import { categoriesOf } from './flow-views.js';
import * as store from './store.js';

export const FLOW_NAME_TAKEN = 'Another data flow in this organisation has this name: give this one a name that tells them apart.';
const STALE = 'This data flow was changed by someone else since you loaded it. Their version is shown; make your change again if it is still needed.';

const text = (v: string | null | undefined) => v?.trim() || null;
const flag = (v: boolean) => (v ? 1 : 0);
/** A name as kept: trimmed, runs of spaces as one. */
const tidy = (name: string) => name.trim().replace(/\s+/g, ' ');

function endColumns(end: FlowEndBody) {
  return { asset: end.assetId ?? null, supplier: end.supplierId ?? null, party: end.party ? tidy(end.party) : null };
}

/** The stored columns for the details given (only those given); the data flags are settled by withDataFlags. */
export function flowColumns(body: Partial<NewFlowBody>): Partial<NewDataFlowRow> {
  const c: Partial<NewDataFlowRow> = {};
  if (body.name !== undefined) {
    c.name = tidy(body.name);
    c.name_key = store.nameKey(body.name);
  }
  if (body.description !== undefined) c.description = text(body.description);
  if (body.from !== undefined) {
    const end = endColumns(body.from);
    Object.assign(c, { from_asset_id: end.asset, from_supplier_id: end.supplier, from_party: end.party });
  }
  if (body.to !== undefined) {
    const end = endColumns(body.to);
    Object.assign(c, { to_asset_id: end.asset, to_supplier_id: end.supplier, to_party: end.party });
  }
  if (body.dataCategories !== undefined) c.data_categories = JSON.stringify(inListOrder(body.dataCategories, DATA_CATEGORIES));
  if (body.dataSubjects !== undefined) c.data_subjects = JSON.stringify(inListOrder(body.dataSubjects, DATA_SUBJECTS));
  if (body.personalData !== undefined) c.personal_data = flag(body.personalData);
  if (body.patientData !== undefined) c.patient_data = flag(body.patientData);
  if (body.recordVolume !== undefined) c.record_volume = body.recordVolume ?? null;
  if (body.purpose !== undefined) c.purpose = text(body.purpose);
  if (body.directCare !== undefined) c.direct_care = flag(body.directCare);
  if (body.lawfulBasis !== undefined) c.lawful_basis = body.lawfulBasis ?? null;
  if (body.specialCategoryCondition !== undefined) c.special_category_condition = body.specialCategoryCondition ?? null;
  if (body.schedule1Condition !== undefined) c.schedule_1_condition = text(body.schedule1Condition);
  if (body.cldcBasis !== undefined) c.cldc_basis = body.cldcBasis ?? null;
  if (body.cagReference !== undefined) c.cag_reference = text(body.cagReference);
  if (body.nationalDataOptOut !== undefined) c.national_data_opt_out = body.nationalDataOptOut ?? null;
  if (body.transferMethod !== undefined) c.transfer_method = body.transferMethod ?? null;
  if (body.encryptedInTransit !== undefined) c.encrypted_in_transit = body.encryptedInTransit;
  if (body.frequency !== undefined) c.frequency = body.frequency ?? null;
  if (body.agreementType !== undefined) c.agreement_type = body.agreementType ?? null;
  if (body.agreementReference !== undefined) c.agreement_reference = text(body.agreementReference);
  if (body.agreementExpiresOn !== undefined) c.agreement_expires_on = body.agreementExpiresOn ?? null;
  if (body.internationalTransfer !== undefined) c.international_transfer = flag(body.internationalTransfer);
  if (body.destinationCountry !== undefined) c.destination_country = text(body.destinationCountry);
  if (body.transferSafeguard !== undefined) c.transfer_safeguard = body.transferSafeguard ?? null;
  if (body.retention !== undefined) c.retention = text(body.retention);
  if (body.notes !== undefined) c.notes = text(body.notes);
  return c;
}

/** The row with its personal, special-category and patient data flags as its categories make them. */
export function withDataFlags<T extends Pick<DataFlowRow, 'data_categories' | 'personal_data' | 'special_category_data' | 'patient_data'>>(row: T): T {
  const flags = derivedDataFlags(categoriesOf(row), { personalData: row.personal_data === 1, patientData: row.patient_data === 1 });
  return { ...row, personal_data: flag(flags.personalData), special_category_data: flag(flags.specialCategoryData), patient_data: flag(flags.patientData) };
}

/** A new flow's row: the details given over the defaults, with its data flags settled. */
export function newFlowRow(orgId: string, columns: Partial<NewDataFlowRow>, ctx: RegisterChangeContext): DataFlowRow {
  const at = ctx.now.toISOString();
  return withDataFlags({
    id: randomUUID(),
    org_id: orgId,
    name: '',
    name_key: '',
    description: null,
    from_asset_id: null,
    from_supplier_id: null,
    from_party: null,
    to_asset_id: null,
    to_supplier_id: null,
    to_party: null,
    data_categories: '[]',
    data_subjects: '[]',
    personal_data: 0,
    special_category_data: 0,
    patient_data: 0,
    record_volume: null,
    purpose: null,
    direct_care: 0,
    lawful_basis: null,
    special_category_condition: null,
    schedule_1_condition: null,
    cldc_basis: null,
    cag_reference: null,
    national_data_opt_out: null,
    transfer_method: null,
    encrypted_in_transit: 'unknown',
    frequency: null,
    agreement_type: null,
    agreement_reference: null,
    agreement_expires_on: null,
    international_transfer: 0,
    destination_country: null,
    transfer_safeguard: null,
    retention: null,
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

type Ends = Pick<DataFlowRow, 'from_asset_id' | 'from_supplier_id' | 'from_party' | 'to_asset_id' | 'to_supplier_id' | 'to_party'>;

function sameEnd(row: Ends): boolean {
  if (row.from_asset_id) return row.from_asset_id === row.to_asset_id;
  if (row.from_supplier_id) return row.from_supplier_id === row.to_supplier_id;
  return !!row.from_party && !!row.to_party && store.nameKey(row.from_party) === store.nameKey(row.to_party);
}

/**
 * What a flow's columns say that no single field can: it goes between two different places, one of
 * them the organisation's; personal data has a purpose; special-category data is named among the
 * categories when a caller says there is some.
 */
export function flowRowProblems(row: DataFlowRow, saidSpecialCategory: boolean | undefined): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (sameEnd(row)) problems.push({ field: 'to', message: 'A flow goes from one place to another: choose a different end for it' });
  else if (row.from_party && row.to_party) problems.push({ field: 'to', message: 'One end must be one of this organisation’s assets or suppliers: a flow between two other organisations is theirs to record' });
  if (saidSpecialCategory === true && row.special_category_data !== 1) problems.push({ field: 'specialCategoryData', message: 'Say which special categories of data it carries: choose them among the data categories' });
  if (row.personal_data === 1 && !row.purpose) problems.push({ field: 'purpose', message: 'Say why the data flows: a flow of personal data needs its purpose' });
  return problems;
}

/** An end given must be one of the organisation's live assets or its suppliers; one the flow already names may stay. */
async function endProblems(db: Db, orgId: string, body: Partial<NewFlowBody>, held: DataFlowRow | null): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  for (const which of ['from', 'to'] as const) {
    const end = body[which];
    if (end?.assetId && end.assetId !== held?.[`${which}_asset_id`]) {
      const [asset] = await flowStore.assetsByIds(db, orgId, [end.assetId]);
      if (!asset || asset.archived_at) problems.push({ field: `${which}.assetId`, message: 'Choose one of this organisation’s live information assets' });
    }
    if (end?.supplierId && !(await store.findSupplier(db, orgId, end.supplierId))) problems.push({ field: `${which}.supplierId`, message: 'Choose one of this organisation’s suppliers' });
  }
  return problems;
}

async function nameProblem(db: Db, orgId: string, name: string | undefined, exceptId: string | null): Promise<FieldProblem | null> {
  if (name === undefined) return null;
  const taken = (await flowStore.liveFlowsByNameKeys(db, orgId, [store.nameKey(name)])).some((f) => f.id !== exceptId);
  return taken ? { field: 'name', message: FLOW_NAME_TAKEN } : null;
}

/** Refuses a change made against an old version, handing back the flow as it now is and who changed it. */
async function stale(db: Db, row: DataFlowRow, now: Date): Promise<never> {
  const current = (await flowStore.findFlow(db, row.org_id, row.id)) ?? row;
  throw await staleChangeBy(db, STALE, await flowDetail(db, current, now), current.updated_by, current.updated_at);
}

export async function createFlow(ctx: RegisterChangeContext, orgId: string, body: NewFlowBody): Promise<FlowDetail> {
  const row = newFlowRow(orgId, flowColumns(body), ctx);
  throwIfAny([await nameProblem(ctx.db, orgId, body.name, null), ...(await endProblems(ctx.db, orgId, body, null)), ...flowRowProblems(row, body.specialCategoryData)]);
  return conflictOnDuplicate(
    () =>
      inTransaction(ctx.db, async (tx) => {
        await flowStore.insertFlows(tx, [row]);
        await recordAudit(tx, ctx.actor, { action: 'flow.create', entityType: 'data-flow', entityId: row.id, orgId, after: auditView(row) }, ctx.now);
        return flowDetail(tx, row, ctx.now);
      }),
    FLOW_NAME_TAKEN,
  );
}

export async function changeFlow(ctx: RegisterChangeContext, orgId: string, id: string, body: FlowChangeBody): Promise<FlowDetail> {
  const { version, ...given } = body;
  throwIfAny([await nameProblem(ctx.db, orgId, given.name, id)]);
  return conflictOnDuplicate(
    () =>
      inTransaction(ctx.db, async (tx) => {
        const row = await loadFlow(tx, orgId, id);
        if (version !== row.version) await stale(tx, row, ctx.now);
        if (row.archived_at) throw new Conflict('This data flow is archived: it is kept for the record and can no longer be changed.');
        const next = withDataFlags({ ...row, ...flowColumns(given) });
        throwIfAny([...(await endProblems(tx, orgId, given, row)), ...flowRowProblems(next, given.specialCategoryData)]);
        const { before, after } = changedColumns(row, next);
        if (!Object.keys(after).length) return flowDetail(tx, row, ctx.now);
        if (!(await flowStore.updateFlow(tx, orgId, id, version, { ...after, updated_at: ctx.now.toISOString(), updated_by: ctx.actor.userId }))) await stale(tx, row, ctx.now);
        await recordAudit(tx, ctx.actor, { action: 'flow.change', entityType: 'data-flow', entityId: id, orgId, before: auditView(before), after: auditView(after) }, ctx.now);
        return flowDetail(tx, (await flowStore.findFlow(tx, orgId, id))!, ctx.now);
      }),
    FLOW_NAME_TAKEN,
  );
}

export async function archiveFlow(ctx: RegisterChangeContext, orgId: string, id: string, version: number): Promise<FlowDetail> {
  return inTransaction(ctx.db, async (tx) => {
    const row = await loadFlow(tx, orgId, id);
    if (version !== row.version) await stale(tx, row, ctx.now);
    if (row.archived_at) throw new Conflict('This data flow is already archived.');
    const at = ctx.now.toISOString();
    if (!(await flowStore.updateFlow(tx, orgId, id, version, { archived_at: at, archived_by: ctx.actor.userId, updated_at: at, updated_by: ctx.actor.userId }))) await stale(tx, row, ctx.now);
    await recordAudit(tx, ctx.actor, { action: 'flow.archive', entityType: 'data-flow', entityId: id, orgId, before: { name: row.name }, after: { archived_at: at } }, ctx.now);
    return flowDetail(tx, (await flowStore.findFlow(tx, orgId, id))!, ctx.now);
  });
}

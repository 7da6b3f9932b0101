// Changing the organisation's suppliers: adding one, changing it against the version read, and
// removing one no live asset depends on and no live data flow names. Each change is checked, stored and audited in one transaction.
import { randomUUID } from 'node:crypto';
import type { CertificationBody, NewSupplierBody, SupplierChangeBody, SupplierDetail } from '../../contract/information-assets.js';
import { recordAudit } from '../../platform/audit/audit-trail.js';
import type { Db } from '../../platform/db/database.js';
import type { NewSupplierRow, SupplierRow } from '../../platform/db/schema.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { conflictOnDuplicate } from '../../platform/db/unique-violation.js';
import { Conflict, type FieldProblem } from '../../platform/errors.js';
import { staleChangeBy } from '../accounts/service.js';
import { auditView, changedColumns, type RegisterChangeContext, throwIfAny } from './asset-changes.js';
import { loadSupplier, supplierDetail } from './register-reading.js';
import type { Certification } from './register-views.js';
import * as flowStore from './flow-store.js';
import * as store from './store.js';

export const SUPPLIER_NAME_TAKEN = 'This organisation already has a supplier with this name.';
const STALE = 'This supplier was changed by someone else since you loaded it. Their version is shown; make your change again if it is still needed.';

function certificationsFrom(list: readonly CertificationBody[]): Certification[] {
  return list.map((c) => ({ scheme: c.scheme, name: c.scheme === 'other' ? c.name?.trim() || null : null, number: c.number?.trim() || null, expiresOn: c.expiresOn ?? null }));
}

/** The stored columns for the details given (only those given). */
export function supplierColumns(body: Partial<NewSupplierBody>): Partial<NewSupplierRow> {
  const c: Partial<NewSupplierRow> = {};
  const text = (v: string | null | undefined) => v?.trim() || null;
  if (body.name !== undefined) {
    c.name = body.name.trim().replace(/\s+/g, ' ');
    c.name_key = store.nameKey(body.name);
  }
  if (body.companiesHouseNumber !== undefined) c.companies_house_number = text(body.companiesHouseNumber)?.toUpperCase() ?? null;
  if (body.contactName !== undefined) c.contact_name = text(body.contactName);
  if (body.contactEmail !== undefined) c.contact_email = text(body.contactEmail);
  if (body.contactPhone !== undefined) c.contact_phone = text(body.contactPhone);
  if (body.services !== undefined) c.services = text(body.services);
  if (body.contractReference !== undefined) c.contract_reference = text(body.contractReference);
  if (body.contractStartsOn !== undefined) c.contract_starts_on = body.contractStartsOn ?? null;
  if (body.contractEndsOn !== undefined) c.contract_ends_on = body.contractEndsOn ?? null;
  if (body.dsptStatus !== undefined) c.dspt_status = body.dsptStatus ?? null;
  if (body.dsptYear !== undefined) c.dspt_year = body.dsptYear ?? null;
  if (body.certifications !== undefined) c.certifications_json = JSON.stringify(certificationsFrom(body.certifications));
  if (body.notes !== undefined) c.notes = text(body.notes);
  return c;
}

export function newSupplierRow(orgId: string, columns: Partial<NewSupplierRow>, ctx: RegisterChangeContext): SupplierRow {
  const at = ctx.now.toISOString();
  return {
    id: randomUUID(),
    org_id: orgId,
    name: '',
    name_key: '',
    companies_house_number: null,
    contact_name: null,
    contact_email: null,
    contact_phone: null,
    services: null,
    contract_reference: null,
    contract_starts_on: null,
    contract_ends_on: null,
    dspt_status: null,
    dspt_year: null,
    certifications_json: '[]',
    notes: null,
    ...columns,
    version: 1,
    created_at: at,
    created_by: ctx.actor.userId,
    updated_at: at,
    updated_by: ctx.actor.userId,
  };
}

/** What the columns say that no single field can: the contract ends after it starts, another scheme is named. */
export function supplierProblems(row: Pick<SupplierRow, 'contract_starts_on' | 'contract_ends_on' | 'certifications_json'>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (row.contract_starts_on && row.contract_ends_on && row.contract_ends_on < row.contract_starts_on) {
    problems.push({ field: 'contractEndsOn', message: `The contract ends (${row.contract_ends_on}) before it starts (${row.contract_starts_on})` });
  }
  (JSON.parse(row.certifications_json) as Certification[]).forEach((c, i) => {
    if (c.scheme === 'other' && !c.name) problems.push({ field: `certifications.${i}.name`, message: 'Name the certification scheme' });
  });
  return problems;
}

async function nameProblem(db: Db, orgId: string, name: string | undefined, exceptId: string | null): Promise<FieldProblem | null> {
  if (name === undefined) return null;
  const taken = (await store.suppliersByNameKeys(db, orgId, [store.nameKey(name)])).some((s) => s.id !== exceptId);
  return taken ? { field: 'name', message: SUPPLIER_NAME_TAKEN } : null;
}

async function stale(db: Db, row: SupplierRow, now: Date): Promise<never> {
  const current = (await store.findSupplier(db, row.org_id, row.id)) ?? row;
  throw await staleChangeBy(db, STALE, await supplierDetail(db, current, now), current.updated_by, current.updated_at);
}

export async function createSupplier(ctx: RegisterChangeContext, orgId: string, body: NewSupplierBody): Promise<SupplierDetail> {
  const row = newSupplierRow(orgId, supplierColumns(body), ctx);
  throwIfAny([await nameProblem(ctx.db, orgId, body.name, null), ...supplierProblems(row)]);
  return conflictOnDuplicate(
    () =>
      inTransaction(ctx.db, async (tx) => {
        await store.insertSuppliers(tx, [row]);
        await recordAudit(tx, ctx.actor, { action: 'supplier.create', entityType: 'supplier', entityId: row.id, orgId, after: auditView(row) }, ctx.now);
        return supplierDetail(tx, row, ctx.now);
      }),
    SUPPLIER_NAME_TAKEN,
  );
}

export async function changeSupplier(ctx: RegisterChangeContext, orgId: string, id: string, body: SupplierChangeBody): Promise<SupplierDetail> {
  const { version, ...given } = body;
  throwIfAny([await nameProblem(ctx.db, orgId, given.name, id)]);
  return conflictOnDuplicate(
    () =>
      inTransaction(ctx.db, async (tx) => {
        const row = await loadSupplier(tx, orgId, id);
        if (version !== row.version) await stale(tx, row, ctx.now);
        const next = { ...row, ...supplierColumns(given) };
        throwIfAny(supplierProblems(next));
        const { before, after } = changedColumns(row, next);
        if (!Object.keys(after).length) return supplierDetail(tx, row, ctx.now);
        if (!(await store.updateSupplier(tx, orgId, id, version, { ...after, updated_at: ctx.now.toISOString(), updated_by: ctx.actor.userId }))) await stale(tx, row, ctx.now);
        await recordAudit(tx, ctx.actor, { action: 'supplier.change', entityType: 'supplier', entityId: id, orgId, before: auditView(before), after: auditView(after) }, ctx.now);
        return supplierDetail(tx, (await store.findSupplier(tx, orgId, id))!, ctx.now);
      }),
    SUPPLIER_NAME_TAKEN,
  );
}

const someOf = (records: ReadonlyArray<{ name: string }>) => `${records.slice(0, 5).map((r) => r.name).join(', ')}${records.length > 5 ? ', …' : ''}`;

/** Why a supplier cannot go: the live assets that depend on it and the live data flows that name it. */
function stillNamedBy(assets: ReadonlyArray<{ name: string }>, flows: ReadonlyArray<{ name: string }>): string {
  const parts = [
    assets.length && `${assets.length === 1 ? '1 asset depends' : `${assets.length} assets depend`} on this supplier (${someOf(assets)})`,
    flows.length && `${flows.length === 1 ? '1 data flow names' : `${flows.length} data flows name`} ${assets.length ? 'it' : 'this supplier'} (${someOf(flows)})`,
  ];
  return `${parts.filter(Boolean).join(' and ')}: choose another supplier for them, or archive them, first.`;
}

/**
 * Removes a supplier no live asset or data flow names. Archived assets that named it keep no link;
 * archived flows keep its name as another organisation's, so they still say where the data went.
 */
export async function removeSupplier(ctx: RegisterChangeContext, orgId: string, id: string, version: number): Promise<void> {
  await inTransaction(ctx.db, async (tx) => {
    const row = await loadSupplier(tx, orgId, id);
    if (version !== row.version) await stale(tx, row, ctx.now);
    const dependants = await store.liveAssetsOfSuppliers(tx, orgId, [id]);
    const flows = await flowStore.liveFlowsOfSuppliers(tx, orgId, [id]);
    if (dependants.length || flows.length) throw new Conflict(stillNamedBy(dependants, flows));
    await flowStore.supplierEndsBecomeParties(tx, orgId, id, row.name);
    if (!(await store.deleteSupplier(tx, orgId, id, version))) await stale(tx, row, ctx.now);
    await recordAudit(tx, ctx.actor, { action: 'supplier.remove', entityType: 'supplier', entityId: id, orgId, before: auditView(row) }, ctx.now);
  });
}

// Changing the register: recording an alert, changing its details, and each step of the response
// (applicability confirmed, acknowledged, an update, remediated, closed). Each is made against the
// version read, checked by the lifecycle rules, stored and audited in one transaction.
import { randomUUID } from 'node:crypto';
import type {
  CyberAlertBody,
  CyberAlertView,
  cyberAlertAcknowledgeBody,
  cyberAlertApplicabilityBody,
  cyberAlertCloseBody,
  cyberAlertEditBody,
  cyberAlertRemediatedBody,
  cyberAlertUpdateBody,
} from '../../contract/cyber-alerts.js';
import type { z } from 'zod';
import { parseInstant } from '../../platform/as-of.js';
import { recordAudit } from '../../platform/audit/audit-trail.js';
import type { RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import type { CyberAlertRow, NewCyberAlertRow } from '../../platform/db/schema.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { conflictOnDuplicate } from '../../platform/db/unique-violation.js';
import { Conflict, NotFound, refuseIfAny, ValidationFailed } from '../../platform/errors.js';
import { staleChangeBy } from '../accounts/service.js';
import { detailColumns, detailProblems } from './alert-details.js';
import { alertView, lifecycleFactsOf } from './alert-views.js';
import { type Refusal, refusalToAcknowledge, refusalToChange, refusalToClose, refusalToConfirmApplicability, refusalToMarkRemediated } from './domain/alert-lifecycle.js';
import * as store from './store.js';

export type ChangeContext = Pick<RequestContext, 'db' | 'actor' | 'now'>;

/** A reference held already is a conflict with what is there, whether seen first or by the database in a race. */
export const referenceTaken = (reference: string) => `This organisation’s register already holds an alert with the reference ${reference.trim().slice(0, 40)}, in some case.`;
const NEEDS_CORRECTING = 'Some of the alert’s details need correcting';
const STALE = 'This alert was changed by someone else since you loaded it. Theirs is shown; make your change again if it is still needed.';
export const ALERT_NOT_FOUND = 'There is no cyber alert with that id in this organisation.';

export async function loadAlert(db: Db, orgId: string, id: string): Promise<CyberAlertRow> {
  const row = await store.findAlert(db, orgId, id);
  if (!row) throw new NotFound(ALERT_NOT_FOUND);
  return row;
}

export async function viewOf(db: Db, row: CyberAlertRow, asOf: Date): Promise<CyberAlertView> {
  return alertView(db, row, await store.updatesOf(db, row.org_id, row.id), asOf);
}

async function stale(db: Db, orgId: string, id: string, now: Date): Promise<never> {
  const current = await loadAlert(db, orgId, id);
  throw await staleChangeBy(db, STALE, await viewOf(db, current, now), current.updated_by, new Date(current.updated_at).toISOString());
}

/** The alert as the audit trail keeps it: its details and response, not the bookkeeping. */
function auditView(row: Partial<CyberAlertRow>): Partial<CyberAlertRow> {
  const bookkeeping = new Set(['version', 'created_at', 'created_by', 'updated_at', 'updated_by', 'reference_key']);
  return Object.fromEntries(Object.entries(row).filter(([k]) => !bookkeeping.has(k)));
}

function refuse(refusal: Refusal | null): void {
  if (!refusal) return;
  if (refusal.kind === 'state') throw new Conflict(refusal.message);
  throw new ValidationFailed(refusal.message, [{ field: refusal.field, message: refusal.message, ...(refusal.value === undefined ? {} : { value: refusal.value }) }]);
}

async function refuseHeldReference(db: Db, orgId: string, reference: string | undefined, exceptId: string | null): Promise<void> {
  if (reference === undefined) return;
  const held = await store.findAlertByReference(db, orgId, reference);
  if (held && held.id !== exceptId) throw new Conflict(referenceTaken(reference));
}

export async function recordCyberAlert(ctx: ChangeContext, orgId: string, body: CyberAlertBody): Promise<CyberAlertView> {
  const { columns, problems } = detailColumns(body, ctx.now);
  refuseIfAny(NEEDS_CORRECTING, problems);
  await refuseHeldReference(ctx.db, orgId, body.reference, null);
  const at = ctx.now.toISOString();
  const row: NewCyberAlertRow & CyberAlertRow = {
    id: randomUUID(),
    org_id: orgId,
    reference: columns.reference!,
    reference_key: columns.reference_key!,
    title: columns.title!,
    severity: columns.severity!,
    issued_at: columns.issued_at!,
    cves: columns.cves ?? '[]',
    products: columns.products ?? '[]',
    summary: columns.summary ?? null,
    remediate_by: columns.remediate_by ?? null,
    state: 'new',
    applicability: null,
    applicability_note: null,
    applicability_by: null,
    applicability_at: null,
    acknowledged_at: null,
    acknowledged_by: null,
    remediated_at: null,
    remediated_by: null,
    closed_at: null,
    closed_by: null,
    close_reason: null,
    version: 1,
    created_at: at,
    created_by: ctx.actor.userId,
    updated_at: at,
    updated_by: ctx.actor.userId,
  };
  refuseIfAny(NEEDS_CORRECTING, detailProblems(row));
  return conflictOnDuplicate(
    () =>
      inTransaction(ctx.db, async (tx) => {
        await store.insertAlert(tx, row);
        await recordAudit(tx, ctx.actor, { action: 'cyber-alert.create', entityType: 'cyber-alert', entityId: row.id, orgId, after: auditView(row) }, ctx.now);
        return viewOf(tx, row, ctx.now);
      }),
    referenceTaken(body.reference),
  );
}

export async function changeCyberAlert(ctx: ChangeContext, orgId: string, id: string, body: z.infer<typeof cyberAlertEditBody>): Promise<CyberAlertView> {
  const { version, ...given } = body;
  const { columns, problems } = detailColumns(given, ctx.now);
  refuseIfAny(NEEDS_CORRECTING, problems);
  await refuseHeldReference(ctx.db, orgId, given.reference, id);
  return conflictOnDuplicate(
    () =>
      inTransaction(ctx.db, async (tx) => {
        const row = await loadAlert(tx, orgId, id);
        if (version !== row.version) await stale(tx, orgId, id, ctx.now);
        refuse(refusalToChange(lifecycleFactsOf(row)));
        const next = { ...row, ...columns };
        refuseIfAny(NEEDS_CORRECTING, detailProblems(next));
        const after = Object.fromEntries(Object.entries(columns).filter(([k, v]) => row[k as keyof CyberAlertRow] !== v)) as Partial<CyberAlertRow>;
        if (!Object.keys(after).length) return viewOf(tx, row, ctx.now);
        const before = Object.fromEntries(Object.keys(after).map((k) => [k, row[k as keyof CyberAlertRow]]));
        if (!(await store.updateAlert(tx, orgId, id, version, { ...after, updated_at: ctx.now.toISOString(), updated_by: ctx.actor.userId }))) await stale(tx, orgId, id, ctx.now);
        await recordAudit(tx, ctx.actor, { action: 'cyber-alert.change', entityType: 'cyber-alert', entityId: id, orgId, before: auditView(before), after: auditView(after) }, ctx.now);
        return viewOf(tx, (await loadAlert(tx, orgId, id)), ctx.now);
      }),
    referenceTaken(given.reference ?? ''),
  );
}

interface Step {
  /** Why this step may not be taken now, or null. */
  refusal: Refusal | null;
  patch: Partial<NewCyberAlertRow>;
  /** A note the step carries, kept as an update on the alert. */
  note?: string | null;
}

/** One step of the response, at the version read: checked, stored, its note kept, audited. */
async function takeStep(ctx: ChangeContext, orgId: string, id: string, version: number, action: string, stepFor: (row: CyberAlertRow) => Step): Promise<CyberAlertView> {
  return inTransaction(ctx.db, async (tx) => {
    const row = await loadAlert(tx, orgId, id);
    if (version !== row.version) await stale(tx, orgId, id, ctx.now);
    const step = stepFor(row);
    refuse(step.refusal);
    const at = ctx.now.toISOString();
    if (!(await store.updateAlert(tx, orgId, id, version, { ...step.patch, updated_at: at, updated_by: ctx.actor.userId }))) await stale(tx, orgId, id, ctx.now);
    const note = step.note?.trim();
    if (note) await store.insertUpdate(tx, { id: randomUUID(), alert_id: id, org_id: orgId, written_at: at, written_by: ctx.actor.userId, text: note });
    const before = Object.fromEntries(Object.keys(step.patch).map((k) => [k, row[k as keyof CyberAlertRow]]));
    await recordAudit(tx, ctx.actor, { action, entityType: 'cyber-alert', entityId: id, orgId, before, after: { ...step.patch, ...(note ? { note } : {}) } }, ctx.now);
    return viewOf(tx, (await loadAlert(tx, orgId, id)), ctx.now);
  });
}

/** A person's word on whether the alert applies to our systems, whatever the findings suggest. */
export function confirmApplicability(ctx: ChangeContext, orgId: string, id: string, body: z.infer<typeof cyberAlertApplicabilityBody>): Promise<CyberAlertView> {
  return takeStep(ctx, orgId, id, body.version, 'cyber-alert.applicability', (row) => ({
    refusal: refusalToConfirmApplicability(lifecycleFactsOf(row), body.applicability),
    patch: { applicability: body.applicability, applicability_note: body.note?.trim() || null, applicability_by: ctx.actor.userId, applicability_at: ctx.now.toISOString() },
  }));
}

/** Acknowledged to NHS England: now, or at the instant given (not before issue, not in the future). */
export function acknowledgeCyberAlert(ctx: ChangeContext, orgId: string, id: string, body: z.infer<typeof cyberAlertAcknowledgeBody>): Promise<CyberAlertView> {
  const at = body.at === null ? ctx.now : parseInstant(body.at, 'at');
  return takeStep(ctx, orgId, id, body.version, 'cyber-alert.acknowledge', (row) => ({
    refusal: refusalToAcknowledge(lifecycleFactsOf(row), at, ctx.now),
    patch: { state: 'acknowledged', acknowledged_at: at.toISOString(), acknowledged_by: ctx.actor.userId },
    note: body.note,
  }));
}

export function addCyberAlertUpdate(ctx: ChangeContext, orgId: string, id: string, body: z.infer<typeof cyberAlertUpdateBody>): Promise<CyberAlertView> {
  return takeStep(ctx, orgId, id, body.version, 'cyber-alert.update', (row) => ({ refusal: refusalToChange(lifecycleFactsOf(row)), patch: {}, note: body.text }));
}

export function markCyberAlertRemediated(ctx: ChangeContext, orgId: string, id: string, body: z.infer<typeof cyberAlertRemediatedBody>): Promise<CyberAlertView> {
  return takeStep(ctx, orgId, id, body.version, 'cyber-alert.remediate', (row) => ({
    refusal: refusalToMarkRemediated(lifecycleFactsOf(row)),
    patch: { state: 'remediated', remediated_at: ctx.now.toISOString(), remediated_by: ctx.actor.userId },
    note: body.note,
  }));
}

export function closeCyberAlert(ctx: ChangeContext, orgId: string, id: string, body: z.infer<typeof cyberAlertCloseBody>): Promise<CyberAlertView> {
  return takeStep(ctx, orgId, id, body.version, 'cyber-alert.close', (row) => ({
    refusal: refusalToClose(lifecycleFactsOf(row)),
    patch: { state: 'closed', closed_at: ctx.now.toISOString(), closed_by: ctx.actor.userId, close_reason: body.reason.trim() },
  }));
}

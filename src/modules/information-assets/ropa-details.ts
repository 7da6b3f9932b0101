// The record of processing's controller and DPO details (Art 30(1)(a)): read with the people who hold
// the DPO role, and replaced whole against the version read. The first change makes the row; two
// first changes at once make one and a 409.
import type { RopaDetails, RopaDetailsBody } from '../../contract/records-of-processing.js';
import { recordAudit } from '../../platform/audit/audit-trail.js';
import type { Db } from '../../platform/db/database.js';
import type { RopaDetailsRow } from '../../platform/db/schema.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { conflictOnDuplicate } from '../../platform/db/unique-violation.js';
import { listMembers, peopleByIds, staleChangeBy } from '../accounts/service.js';
import { auditView, changedColumns, type RegisterChangeContext } from './asset-changes.js';
import * as ropaStore from './ropa-store.js';

const STALE = 'The record of processing’s details were changed by someone else since you loaded them. Their version is shown; make your change again if it is still needed.';

/** The active people holding the DPO role here, by name. */
async function dpoRoleHolders(db: Db, orgId: string): Promise<RopaDetails['dpoRoleHolders']> {
  const members = await listMembers(db, orgId);
  return members
    .filter((m) => m.status === 'active' && m.roles.includes('dpo'))
    .map((m) => ({ name: m.name, email: m.email }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

async function detailsOf(db: Db, orgId: string, row: RopaDetailsRow | undefined): Promise<RopaDetails> {
  const holders = await dpoRoleHolders(db, orgId);
  const [who] = row?.updated_by ? await peopleByIds(db, [row.updated_by]) : [];
  return {
    controllerContact: row?.controller_contact ?? null,
    dpoName: row?.dpo_name ?? null,
    dpoContact: row?.dpo_contact ?? null,
    representative: row?.representative ?? null,
    jointControllers: row?.joint_controllers ?? null,
    dpoRoleHolders: holders,
    version: row?.version ?? 0,
    updatedAt: row?.updated_at ?? null,
    updatedBy: row?.updated_by ? { id: row.updated_by, name: who?.name ?? 'Former member' } : null,
  };
}

export async function getRopaDetails(db: Db, orgId: string): Promise<RopaDetails> {
  return detailsOf(db, orgId, await ropaStore.findDetails(db, orgId));
}

async function stale(db: Db, orgId: string): Promise<never> {
  const current = await ropaStore.findDetails(db, orgId);
  throw await staleChangeBy(db, STALE, await detailsOf(db, orgId, current), current?.updated_by ?? null, current?.updated_at ?? '');
}

const text = (v: string | null | undefined) => v?.trim() || null;

export async function changeRopaDetails(ctx: RegisterChangeContext, orgId: string, body: RopaDetailsBody): Promise<RopaDetails> {
  return conflictOnDuplicate(
    () =>
      inTransaction(ctx.db, async (tx) => {
        const row = await ropaStore.findDetails(tx, orgId);
        if (body.version !== (row?.version ?? 0)) await stale(tx, orgId);
        const next: RopaDetailsRow = {
          org_id: orgId,
          controller_contact: text(body.controllerContact),
          dpo_name: text(body.dpoName),
          dpo_contact: text(body.dpoContact),
          representative: text(body.representative),
          joint_controllers: text(body.jointControllers),
          version: body.version + 1,
          updated_at: ctx.now.toISOString(),
          updated_by: ctx.actor.userId,
        };
        const { before, after } = changedColumns(row ?? ({} as RopaDetailsRow), next);
        if (row && !Object.keys(auditView(after)).length) return detailsOf(tx, orgId, row);
        if (!row) await ropaStore.insertDetails(tx, next);
        else if (!(await ropaStore.updateDetails(tx, next, body.version))) await stale(tx, orgId);
        await recordAudit(tx, ctx.actor, { action: 'ropa.details-change', entityType: 'ropa-details', entityId: orgId, orgId, before: auditView(before), after: auditView(after) }, ctx.now);
        return detailsOf(tx, orgId, next);
      }),
    STALE,
  );
}

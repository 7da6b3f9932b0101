// Flags become actions: a risk flag of the register is made an action with an owner and a due date,
// once, even when two people click at once. The action keeps what the flag said when it was made (the
// register moves on; the action says what was seen), and whether the flag is still raised is worked
// out on every read, so a reviewer sees which actions can be checked and closed. Nothing is closed
// for them: a flag can go because the register was edited rather than the risk dealt with.
import { randomUUID } from 'node:crypto';
import type { FlagRule, FlagSeverity, RegisterActionStatus, RiskFlag } from '../../contract/information-assets.js';
import type { NewRegisterActionBody, RegisterAction, RegisterActionChangeBody, RegisterActionList } from '../../contract/register-actions.js';
import { asOfOrNow, ukDateOf } from '../../platform/as-of.js';
import { recordAudit } from '../../platform/audit/audit-trail.js';
import type { Db } from '../../platform/db/database.js';
import type { RegisterActionRow } from '../../platform/db/schema.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { conflictOnDuplicate } from '../../platform/db/unique-violation.js';
import { NotFound, ValidationFailed } from '../../platform/errors.js';
import { isMember, peopleByIds, staleChangeBy } from '../accounts/service.js';
import * as actionStore from './action-store.js';
import { auditView, changedColumns, type RegisterChangeContext } from './asset-changes.js';
import { registerFlags } from './register-reading.js';

export const ACTION_NOT_FOUND = 'There is no action with that id in this organisation.';
export const ALREADY_AN_ACTION = 'This flag has already been made an action; it is in the list of actions (reopen it there if it was closed).';
const STALE = 'This action was changed by someone else since you loaded it. Their version is shown; make your change again if it is still needed.';

export interface RegisterActionCriteria {
  status?: RegisterActionStatus | undefined;
  subjectKind?: RiskFlag['subject']['kind'] | undefined;
  subjectId?: string | undefined;
}

/** The keys of the flags the register raises as of an instant. */
async function raisedFlagKeys(db: Db, orgId: string, asOf: Date): Promise<Set<string>> {
  return new Set((await registerFlags(db, orgId, asOf)).flags.map((f) => f.key));
}

async function views(db: Db, rows: readonly RegisterActionRow[], raised: ReadonlySet<string>): Promise<RegisterAction[]> {
  const people = new Map((await peopleByIds(db, rows.flatMap((r) => (r.owner_id ? [r.owner_id] : [])))).map((p) => [p.id, p.name]));
  return rows.map((r) => ({
    id: r.id,
    flagKey: r.flag_key,
    rule: r.rule as FlagRule,
    severity: r.severity as FlagSeverity,
    subject: { kind: r.subject_kind as RiskFlag['subject']['kind'], id: r.subject_id, name: r.subject_name },
    title: r.title,
    ownerId: r.owner_id,
    ownerName: r.owner_id ? (people.get(r.owner_id) ?? null) : null,
    dueOn: r.due_on,
    status: r.status,
    closedAt: r.closed_at,
    flagCleared: !raised.has(r.flag_key),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  }));
}

/** One action as it now stands, its flag looked for as of `now`. */
async function viewOf(db: Db, row: RegisterActionRow, now: Date): Promise<RegisterAction> {
  return (await views(db, [row], await raisedFlagKeys(db, row.org_id, now)))[0]!;
}

export async function listRegisterActions(db: Db, orgId: string, criteria: RegisterActionCriteria, asOf: Date): Promise<RegisterActionList> {
  const rows = await actionStore.listActions(db, orgId, criteria);
  const raised = rows.length ? await raisedFlagKeys(db, orgId, asOf) : new Set<string>();
  return { asOf: asOf.toISOString(), items: await views(db, rows, raised) };
}

async function checkOwner(db: Db, orgId: string, ownerId: string | null | undefined): Promise<void> {
  if (ownerId && !(await isMember(db, orgId, ownerId))) {
    throw new ValidationFailed('The owner must be someone in this organisation.', [{ field: 'ownerId', message: 'Choose a person with a role in this organisation.', value: ownerId }]);
  }
}

export async function createRegisterAction(ctx: RegisterChangeContext, orgId: string, body: NewRegisterActionBody): Promise<RegisterAction> {
  const asOf = asOfOrNow(body.asOf, () => ctx.now);
  const report = await registerFlags(ctx.db, orgId, asOf);
  const flag = report.flags.find((f) => f.key === body.flagKey);
  if (!flag) {
    throw new ValidationFailed('That flag is not raised by the register.', [
      { field: 'flagKey', message: `The register raises no flag with this key as of ${ukDateOf(asOf)}: it may have changed since the flags were read. Reload them.`, value: body.flagKey },
    ]);
  }
  await checkOwner(ctx.db, orgId, body.ownerId);
  const at = ctx.now.toISOString();
  const row: RegisterActionRow = {
    id: randomUUID(),
    org_id: orgId,
    flag_key: flag.key,
    rule: flag.rule,
    severity: flag.severity,
    subject_kind: flag.subject.kind,
    subject_id: flag.subject.id,
    subject_name: flag.subject.name,
    title: flag.reason,
    owner_id: body.ownerId ?? null,
    due_on: body.dueOn ?? null,
    status: 'open',
    closed_at: null,
    version: 1,
    created_at: at,
    created_by: ctx.actor.userId,
    updated_at: at,
    updated_by: ctx.actor.userId,
  };
  await conflictOnDuplicate(
    () =>
      inTransaction(ctx.db, async (tx) => {
        await actionStore.insertAction(tx, row);
        await recordAudit(tx, ctx.actor, { action: 'register.action-create', entityType: 'register-action', entityId: row.id, orgId, after: auditView(row) }, ctx.now);
      }),
    ALREADY_AN_ACTION,
  );
  // The flag was raised as of asOf; whether it still is, is a question of now.
  const raised = asOf.getTime() === ctx.now.getTime() ? new Set(report.flags.map((f) => f.key)) : await raisedFlagKeys(ctx.db, orgId, ctx.now);
  return (await views(ctx.db, [row], raised))[0]!;
}

/** The columns a change gives: owner, due date and status, and the closing instant that goes with done. */
function givenColumns(row: RegisterActionRow, body: RegisterActionChangeBody, now: Date): Partial<RegisterActionRow> {
  const c: Partial<RegisterActionRow> = {};
  if (body.ownerId !== undefined) c.owner_id = body.ownerId ?? null;
  if (body.dueOn !== undefined) c.due_on = body.dueOn ?? null;
  if (body.status !== undefined && body.status !== row.status) {
    c.status = body.status;
    c.closed_at = body.status === 'done' ? now.toISOString() : null;
  }
  return c;
}

export async function changeRegisterAction(ctx: RegisterChangeContext, orgId: string, id: string, body: RegisterActionChangeBody): Promise<RegisterAction> {
  await checkOwner(ctx.db, orgId, body.ownerId);
  return inTransaction(ctx.db, async (tx) => {
    const row = await actionStore.findAction(tx, orgId, id);
    if (!row) throw new NotFound(ACTION_NOT_FOUND);
    const stale = async () => {
      const current = (await actionStore.findAction(tx, orgId, id)) ?? row;
      return staleChangeBy(tx, STALE, await viewOf(tx, current, ctx.now), current.updated_by, current.updated_at);
    };
    if (body.version !== row.version) throw await stale();
    const { before, after } = changedColumns(row, givenColumns(row, body, ctx.now));
    if (!Object.keys(after).length) return viewOf(tx, row, ctx.now);
    if (!(await actionStore.updateAction(tx, orgId, id, body.version, { ...after, updated_at: ctx.now.toISOString(), updated_by: ctx.actor.userId }))) throw await stale();
    await recordAudit(tx, ctx.actor, { action: 'register.action-change', entityType: 'register-action', entityId: id, orgId, before: auditView(before), after: auditView(after) }, ctx.now);
    return viewOf(tx, (await actionStore.findAction(tx, orgId, id))!, ctx.now);
  });
}

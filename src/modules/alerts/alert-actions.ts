// Findings become actions: the finding's words are kept with the action (the report moves on as
// alerts arrive; the action says what was seen when it was made). A finding becomes one action, even
// when two people click at once.
import { randomUUID } from 'node:crypto';
import type { AlertAction } from '../../contract/alerts.js';
import { asOfOrNow } from '../../platform/as-of.js';
import { recordAudit } from '../../platform/audit/audit-trail.js';
import type { RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import type { AlertActionRow } from '../../platform/db/schema.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { conflictOnDuplicate } from '../../platform/db/unique-violation.js';
import { NotFound, StaleChange, ValidationFailed } from '../../platform/errors.js';
import { isMember, peopleByIds } from '../accounts/service.js';
import { alertReport } from './alert-report.js';
import * as store from './store.js';

type Ctx = Pick<RequestContext, 'db' | 'actor' | 'now'>;

async function views(db: Db, rows: AlertActionRow[]): Promise<AlertAction[]> {
  const people = new Map((await peopleByIds(db, rows.flatMap((r) => (r.owner_id ? [r.owner_id] : [])))).map((p) => [p.id, p.name]));
  return rows.map((r) => ({
    id: r.id,
    findingKey: r.finding_key,
    title: r.title,
    recommendation: r.recommendation,
    ownerId: r.owner_id,
    ownerName: r.owner_id ? (people.get(r.owner_id) ?? null) : null,
    dueOn: r.due_on,
    status: r.status,
    createdAt: r.created_at,
    version: r.version,
  }));
}

export async function listAlertActions(db: Db, orgId: string): Promise<AlertAction[]> {
  return views(db, await store.listActions(db, orgId));
}

async function checkOwner(db: Db, orgId: string, ownerId: string | null | undefined): Promise<void> {
  if (ownerId && !(await isMember(db, orgId, ownerId))) {
    throw new ValidationFailed('The owner must be someone in this organisation', [{ field: 'ownerId', message: 'Choose a person with a role in this organisation.', value: ownerId }]);
  }
}

export interface NewAlertAction {
  findingKey: string;
  ownerId?: string | null | undefined;
  dueOn?: string | null | undefined;
  from?: string | undefined;
  to?: string | undefined;
  asOf?: string | undefined;
}

export async function createAlertAction(ctx: Ctx, orgId: string, body: NewAlertAction): Promise<AlertAction> {
  const report = await alertReport(ctx.db, orgId, { from: body.from, to: body.to }, asOfOrNow(body.asOf, () => ctx.now));
  const finding = report.findings.find((f) => f.key === body.findingKey);
  if (!finding) {
    throw new ValidationFailed('That finding is not in the report', [{ field: 'findingKey', message: 'The report no longer shows this finding (new alerts may have changed it); reload the report.', value: body.findingKey }]);
  }
  await checkOwner(ctx.db, orgId, body.ownerId);
  const row: AlertActionRow = {
    id: randomUUID(),
    org_id: orgId,
    finding_key: finding.key,
    title: finding.text,
    recommendation: finding.recommendation,
    owner_id: body.ownerId ?? null,
    due_on: body.dueOn ?? null,
    status: 'open',
    created_at: ctx.now.toISOString(),
    created_by: ctx.actor.userId,
    version: 1,
  };
  await inTransaction(ctx.db, async (tx) => {
    await conflictOnDuplicate(() => store.insertAction(tx, row), 'This finding has already been made an action; it is in the list of actions.');
    await recordAudit(tx, ctx.actor, { action: 'alert.action-create', entityType: 'alert-action', entityId: row.id, orgId, after: { findingKey: row.finding_key, title: row.title, ownerId: row.owner_id, dueOn: row.due_on } }, ctx.now);
  });
  return (await views(ctx.db, [row]))[0]!;
}

export interface AlertActionChange {
  ownerId?: string | null | undefined;
  dueOn?: string | null | undefined;
  status?: AlertActionRow['status'] | undefined;
  version: number;
}

export async function changeAlertAction(ctx: Ctx, orgId: string, id: string, body: AlertActionChange): Promise<AlertAction> {
  await checkOwner(ctx.db, orgId, body.ownerId);
  return inTransaction(ctx.db, async (tx) => {
    const before = await store.findAction(tx, orgId, id);
    if (!before) throw new NotFound('There is no such action in this organisation.');
    const changes: Partial<Pick<AlertActionRow, 'owner_id' | 'due_on' | 'status'>> = {};
    if (body.ownerId !== undefined) changes.owner_id = body.ownerId;
    if (body.dueOn !== undefined) changes.due_on = body.dueOn;
    if (body.status !== undefined) changes.status = body.status;
    if (!(await store.updateAction(tx, orgId, id, body.version, changes))) {
      const [current] = await views(tx, [before]);
      throw new StaleChange('This action was changed by someone else since you loaded it. It is shown as it is now; make your change again.', current, null, '');
    }
    const after = (await store.findAction(tx, orgId, id))!;
    await recordAudit(tx, ctx.actor, { action: 'alert.action-change', entityType: 'alert-action', entityId: id, orgId, before: { ownerId: before.owner_id, dueOn: before.due_on, status: before.status }, after: { ownerId: after.owner_id, dueOn: after.due_on, status: after.status } }, ctx.now);
    return (await views(tx, [after]))[0]!;
  });
}

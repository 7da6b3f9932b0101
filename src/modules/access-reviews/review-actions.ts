// What revocations and changes become: an action each when the campaign closes, owned by the person who
// started it and due two weeks later, closed when a later directory import finds the account gone or
// disabled (in that import's transaction) or by hand with a reason.
import { randomUUID } from 'node:crypto';
import type { ActionsQuery, CloseActionBody, ReviewAction } from '../../contract/access-reviews.js';
import { addDays, ukDateOf } from '../../platform/as-of.js';
import { recordAudit } from '../../platform/audit/audit-trail.js';
import type { Db } from '../../platform/db/database.js';
import type { AccessReviewActionRow, AccessReviewItemRow, AccessReviewRow } from '../../platform/db/schema.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { Conflict, NotFound } from '../../platform/errors.js';
import type { ApplyContext } from '../../platform/imports/import-kinds.js';
import { accountStanding } from '../directory/service.js';
import type { ChangeContext } from './campaigns.js';
import { actionView, namesFor, type Reader } from './review-views.js';
import * as store from './store.js';

/** Days from closing a campaign to the day its actions are due. */
export const ACTION_DUE_DAYS = 14;


/** Why an account no longer needs the action, or null while it is still there and enabled. */
async function settledBy(db: Db, orgId: string, accountId: string, now: Date): Promise<{ reason: string; at: string } | null> {
  const standing = await accountStanding(db, orgId, accountId);
  if (!standing) return { reason: 'The account is no longer held in any directory.', at: now.toISOString() };
  if (!standing.exists) return { reason: `The directory import as of ${ukDateOf(new Date(standing.goneAt!))} no longer holds the account.`, at: standing.goneAt! };
  if (!standing.enabled) return { reason: `The directory import as of ${ukDateOf(new Date(standing.lastSeenAt))} shows the account disabled.`, at: standing.lastSeenAt };
  return null;
}

/** The actions a closing campaign's revoke and change decisions become; how many. Those already done close at once. */
export async function actionsOnClose(tx: Db, ctx: ChangeContext, review: AccessReviewRow, items: readonly AccessReviewItemRow[]): Promise<number> {
  const at = ctx.now.toISOString();
  const due = addDays(ukDateOf(ctx.now), ACTION_DUE_DAYS);
  const rows: AccessReviewActionRow[] = [];
  for (const item of items.filter((i) => i.decision === 'revoke' || i.decision === 'change')) {
    const settled = await settledBy(tx, review.org_id, item.account_id, ctx.now);
    rows.push({
      id: randomUUID(),
      org_id: review.org_id,
      review_id: review.id,
      item_id: item.id,
      account_id: item.account_id,
      decision: item.decision!,
      reason: item.reason ?? '',
      owner_id: review.started_by,
      due_on: due,
      state: settled ? 'closed' : 'open',
      closed_at: settled?.at ?? null,
      closed_reason: settled?.reason ?? null,
      closed_by_run_id: null,
      version: 1,
      created_at: at,
      updated_at: at,
    });
  }
  await store.insertActions(tx, rows);
  return rows.length;
}

/** The actions the reader may see: all for owners and auditors, those from their own decisions for others. */
export async function listActions(db: Db, orgId: string, reader: Reader, query: ActionsQuery): Promise<{ items: ReviewAction[] }> {
  const rows = await store.listActions(db, orgId, { ...(query.state === 'all' ? {} : { state: query.state }), ...(query.review ? { reviewId: query.review } : {}) });
  const items = new Map((await store.itemsOf(db, [...new Set(rows.map((r) => r.review_id))])).map((i) => [i.id, i]));
  const visible = rows.filter((r) => reader.seesAll || items.get(r.item_id)?.reviewer_id === reader.userId);
  const names = await namesFor(db, visible.map((r) => r.owner_id));
  return { items: visible.map((r) => actionView(r, items.get(r.item_id), names)) };
}

/** Closes an action by hand (a change made, or access removed another way), with why, at the version read. */
export async function closeAction(ctx: ChangeContext, orgId: string, actionId: string, body: CloseActionBody): Promise<ReviewAction> {
  return inTransaction(ctx.db, async (tx) => {
    const row = await store.findAction(tx, orgId, actionId);
    if (!row) throw new NotFound('There is no access-review action with that id in this organisation.');
    if (row.state !== 'open') throw new Conflict('The action is already closed.');
    const at = ctx.now.toISOString();
    if (!(await store.closeAction(tx, actionId, body.version, { closed_at: at, closed_reason: body.reason, closed_by_run_id: null, updated_at: at }))) {
      throw new Conflict('The action was changed by someone else since you loaded it. Load it again and try once more.');
    }
    await recordAudit(tx, ctx.actor, { action: 'review.action-close', entityType: 'access-review-action', entityId: actionId, orgId, before: { state: 'open' }, after: { state: 'closed', reason: body.reason } }, ctx.now);
    const after = (await store.findAction(tx, orgId, actionId))!;
    return actionView(after, await store.findItem(tx, after.review_id, after.item_id), await namesFor(tx, [after.owner_id]));
  });
}

/**
 * After an accounts import, in its transaction: each open action whose account the directory now
 * holds gone or disabled closes, dated by the import's as-of and naming its run.
 */
export async function closeActionsFoundGone(tx: Db, context: ApplyContext): Promise<void> {
  const open = await store.listActions(tx, context.orgId, { state: 'open' });
  for (const action of open) {
    const settled = await settledBy(tx, context.orgId, action.account_id, context.asOf);
    if (!settled) continue;
    const closedAt = context.asOf.toISOString();
    if (!(await store.closeAction(tx, action.id, action.version, { closed_at: closedAt, closed_reason: settled.reason, closed_by_run_id: context.runId, updated_at: context.now.toISOString() }))) continue;
    await recordAudit(
      tx,
      context.actor,
      { action: 'review.action-close', entityType: 'access-review-action', entityId: action.id, orgId: context.orgId, before: { state: 'open' }, after: { state: 'closed', reason: settled.reason, importRun: context.runId } },
      context.now,
    );
  }
}

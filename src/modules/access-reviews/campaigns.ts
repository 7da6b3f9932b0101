// A campaign's life: set up as a draft, started (the accounts in scope copied into items, each with its
// reviewer), decided item by item, and closed (revocations and changes become actions). Reading it
// gives every item to campaign owners and auditors and only their own items to everyone else.
import { randomUUID } from 'node:crypto';
import type { DecisionBody, ItemListQuery, Review, ReviewBody, ReviewItem } from '../../contract/access-reviews.js';
import { ukDateOf } from '../../platform/as-of.js';
import { recordAudit } from '../../platform/audit/audit-trail.js';
import type { RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import type { AccessReviewItemRow, AccessReviewRow } from '../../platform/db/schema.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { Conflict, Forbidden, NotFound, ValidationFailed } from '../../platform/errors.js';
import { isMember, membersByEmail } from '../accounts/service.js';
import { accountsInScope, listDirectories } from '../directory/service.js';
import { getAsset } from '../information-assets/service.js';
import { staffStandings } from '../workforce/service.js';
import { reasonProblem } from './domain/decisions.js';
import { reviewerFor, type ReviewerSources } from './domain/reviewers.js';
import { actionsOnClose } from './review-actions.js';
import { assetsFor, itemView, namesFor, peopleOfItems, type Reader, reviewView } from './review-views.js';
import * as store from './store.js';

export type ChangeContext = Pick<RequestContext, 'db' | 'actor' | 'now'>;

const NOT_FOUND = 'There is no access review with that id in this organisation.';
const ITEM_NOT_FOUND = 'There is no item with that id among the ones you review in this campaign.';

async function checkBody(db: Db, orgId: string, body: ReviewBody, asOf: Date): Promise<void> {
  if (Number.isNaN(Date.parse(`${body.dueOn}T00:00:00Z`)) || new Date(`${body.dueOn}T00:00:00Z`).toISOString().slice(0, 10) !== body.dueOn) {
    throw new ValidationFailed('The due date is not a date', [{ field: 'dueOn', message: `${body.dueOn} is not a day of the calendar.`, value: body.dueOn }]);
  }
  if (body.scope.directoryId && !(await listDirectories(db, orgId)).some((d) => d.id === body.scope.directoryId)) {
    throw new ValidationFailed('There is no such directory', [{ field: 'scope.directoryId', message: 'Choose one of this organisation’s directories.', value: body.scope.directoryId }]);
  }
  if (body.reviewerRule === 'person' && (!body.reviewerId || !(await isMember(db, orgId, body.reviewerId)))) {
    throw new ValidationFailed('Name the reviewer', [{ field: 'reviewerId', message: 'Choose a person with a role in this organisation to review every account.' }]);
  }
  if (body.reviewerRule === 'information-asset-owner') {
    if (!body.scope.assetId) throw new ValidationFailed('Name the information asset', [{ field: 'scope.assetId', message: 'Choose the information asset these accounts give access to: its owner reviews them.' }]);
    await getAsset(db, orgId, body.scope.assetId, asOf).catch(() => {
      throw new ValidationFailed('There is no such information asset', [{ field: 'scope.assetId', message: 'Choose one of this organisation’s information assets.', value: body.scope.assetId! }]);
    });
  }
}

/** Sets up a campaign as a draft: nothing is copied until it starts. */
export async function createReview(ctx: ChangeContext, orgId: string, body: ReviewBody, reader: Reader): Promise<Review> {
  await checkBody(ctx.db, orgId, body, ctx.now);
  const at = ctx.now.toISOString();
  const row: AccessReviewRow = {
    id: randomUUID(),
    org_id: orgId,
    name: body.name,
    scope_directory_id: body.scope.directoryId,
    scope_group: body.scope.group,
    scope_privileged: body.scope.privileged ? 1 : 0,
    scope_finding: body.scope.finding,
    scope_asset_id: body.scope.assetId,
    reviewer_rule: body.reviewerRule,
    reviewer_id: body.reviewerRule === 'person' ? body.reviewerId : null,
    due_on: body.dueOn,
    state: 'draft',
    created_by: ctx.actor.userId,
    started_by: null,
    started_at: null,
    closed_by: null,
    closed_at: null,
    version: 1,
    created_at: at,
    updated_at: at,
  };
  await inTransaction(ctx.db, async (tx) => {
    await store.insertReview(tx, row);
    await recordAudit(tx, ctx.actor, { action: 'review.create', entityType: 'access-review', entityId: row.id, orgId, after: { name: row.name, scope: body.scope, reviewerRule: row.reviewer_rule, reviewerId: row.reviewer_id, dueOn: row.due_on } }, ctx.now);
  });
  return reviewView(row, [], reader, ctx.now, await namesFor(ctx.db, [row.reviewer_id]), await assetsFor(ctx.db, orgId, [row]));
}

/** Changes a draft's name, scope, reviewer rule or due date at the version read; a started campaign keeps what it started with. */
export async function changeReview(ctx: ChangeContext, orgId: string, id: string, body: ReviewBody & { version: number }, reader: Reader): Promise<Review> {
  await checkBody(ctx.db, orgId, body, ctx.now);
  const row = await inTransaction(ctx.db, async (tx) => {
    const before = await loadForChange(tx, orgId, id, body.version, 'draft', 'changed');
    const after = {
      name: body.name,
      scope_directory_id: body.scope.directoryId,
      scope_group: body.scope.group,
      scope_privileged: body.scope.privileged ? 1 : 0,
      scope_finding: body.scope.finding,
      scope_asset_id: body.scope.assetId,
      reviewer_rule: body.reviewerRule,
      reviewer_id: body.reviewerRule === 'person' ? body.reviewerId : null,
      due_on: body.dueOn,
    };
    await store.updateReview(tx, id, body.version, { ...after, updated_at: ctx.now.toISOString() });
    const changed = (Object.keys(after) as Array<keyof typeof after>).filter((k) => before[k] !== after[k]);
    await recordAudit(tx, ctx.actor, { action: 'review.change', entityType: 'access-review', entityId: id, orgId, before: Object.fromEntries(changed.map((k) => [k, before[k]])), after: Object.fromEntries(changed.map((k) => [k, after[k]])) }, ctx.now);
    return (await store.findReview(tx, orgId, id))!;
  });
  return reviewView(row, [], reader, ctx.now, await namesFor(ctx.db, [row.reviewer_id]), await assetsFor(ctx.db, orgId, [row]));
}

async function loadForChange(tx: Db, orgId: string, id: string, version: number, state: string, doing: string): Promise<AccessReviewRow> {
  const row = await store.findReview(tx, orgId, id);
  if (!row) throw new NotFound(NOT_FOUND);
  if (row.version !== version) throw new Conflict('The campaign was changed by someone else since you loaded it. Load it again and try once more.');
  if (row.state !== state) throw new Conflict(`Only a campaign that is ${state} can be ${doing}; this one is ${row.state}.`);
  return row;
}

/** Where each account's reviewer comes from, read once for the whole scope. */
async function reviewerSources(tx: Db, row: AccessReviewRow, fallbackId: string, asOf: Date): Promise<ReviewerSources> {
  const sources: ReviewerSources = { rule: row.reviewer_rule as ReviewerSources['rule'], namedId: row.reviewer_id, assetOwnerId: null, fallbackId, lineManagerOf: new Map(), emailOf: new Map(), userByEmail: new Map() };
  if (row.reviewer_rule === 'information-asset-owner' && row.scope_asset_id) {
    const ownerId = (await getAsset(tx, row.org_id, row.scope_asset_id, asOf)).owner?.id ?? null;
    sources.assetOwnerId = ownerId && (await isMember(tx, row.org_id, ownerId)) ? ownerId : null;
  }
  if (row.reviewer_rule === 'line-manager') {
    const staff = await staffStandings(tx, row.org_id, asOf);
    sources.lineManagerOf = new Map(staff.map((s) => [s.employeeNumber, s.lineManager]));
    sources.emailOf = new Map(staff.map((s) => [s.employeeNumber, s.email]));
    const emails = staff.map((s) => s.email).filter((e): e is string => e !== null);
    sources.userByEmail = new Map([...(await membersByEmail(tx, row.org_id, emails))].map(([email, id]) => [email.trim().toLowerCase(), id]));
  }
  return sources;
}

/** Starts a draft: the accounts in scope now become items, each with its reviewer; the person starting it takes what no rule places. */
export async function startReview(ctx: ChangeContext, orgId: string, id: string, version: number, reader: Reader): Promise<Review> {
  const fallbackId = ctx.actor.userId;
  if (!fallbackId) throw new ValidationFailed('A campaign is started by a person', [{ field: '(actor)', message: 'Start the campaign signed in: the person who starts it reviews the accounts no rule places.' }]);
  const { row, items } = await inTransaction(ctx.db, async (tx) => {
    const before = await loadForChange(tx, orgId, id, version, 'draft', 'started');
    const scope = { ...(before.scope_directory_id ? { directoryId: before.scope_directory_id } : {}), ...(before.scope_group ? { groupDn: before.scope_group } : {}), privileged: before.scope_privileged === 1 };
    const accounts = (await accountsInScope(tx, orgId, scope, ctx.now)).filter((a) => !before.scope_finding || (a.findings as string[]).includes(before.scope_finding));
    if (accounts.length === 0) throw new ValidationFailed('There are no accounts in the campaign’s scope', [{ field: 'scope', message: 'No account in the directories as of their latest imports is in this scope today. Widen the scope, or import the directory first.' }]);
    const sources = await reviewerSources(tx, before, fallbackId, ctx.now);
    const items: AccessReviewItemRow[] = accounts.map((a) => {
      const reviewer = reviewerFor(a.owner?.employeeNumber ?? null, sources);
      return {
        id: randomUUID(),
        review_id: id,
        org_id: orgId,
        account_id: a.id,
        account_name: a.name,
        directory_id: a.directory.id,
        directory_name: a.directory.name,
        display_name: a.displayName,
        owner_employee_number: a.owner?.employeeNumber ?? null,
        owner_name: a.owner?.name ?? null,
        kind: a.kind,
        privileged: a.privileged ? 1 : 0,
        groups_json: JSON.stringify(a.groups),
        last_logon_at: a.lastLogonAt,
        enabled: a.enabled ? 1 : 0,
        reviewer_id: reviewer.reviewerId,
        reviewer_via: reviewer.via,
        decision: null,
        reason: null,
        decided_by: null,
        decided_at: null,
        version: 1,
      };
    });
    await store.insertItems(tx, items);
    const at = ctx.now.toISOString();
    await store.updateReview(tx, id, version, { state: 'open', started_by: fallbackId, started_at: at, updated_at: at });
    await recordAudit(tx, ctx.actor, { action: 'review.start', entityType: 'access-review', entityId: id, orgId, before: { state: 'draft' }, after: { state: 'open', items: items.length, unassigned: items.filter((i) => i.reviewer_via === 'fallback').length } }, ctx.now);
    return { row: (await store.findReview(tx, orgId, id))!, items };
  });
  return reviewView(row, reader.seesAll ? items : items.filter((i) => i.reviewer_id === reader.userId), reader, ctx.now, await namesFor(ctx.db, [row.reviewer_id, row.started_by, ...peopleOfItems(items)]), await assetsFor(ctx.db, orgId, [row]));
}

/** Closes an open campaign: decisions stand as made, and each revoke or change becomes an action. */
export async function closeReview(ctx: ChangeContext, orgId: string, id: string, version: number, reader: Reader): Promise<Review> {
  const { row, items } = await inTransaction(ctx.db, async (tx) => {
    await loadForChange(tx, orgId, id, version, 'open', 'closed');
    const at = ctx.now.toISOString();
    await store.updateReview(tx, id, version, { state: 'closed', closed_by: ctx.actor.userId, closed_at: at, updated_at: at });
    const row = (await store.findReview(tx, orgId, id))!;
    const items = await store.itemsOf(tx, [id]);
    const actions = await actionsOnClose(tx, ctx, row, items);
    await recordAudit(tx, ctx.actor, { action: 'review.close', entityType: 'access-review', entityId: id, orgId, before: { state: 'open' }, after: { state: 'closed', outstanding: items.filter((i) => i.decision === null).length, actions } }, ctx.now);
    return { row, items };
  });
  return reviewView(row, items, reader, ctx.now, await namesFor(ctx.db, [row.reviewer_id, row.started_by, ...peopleOfItems(items)]), await assetsFor(ctx.db, orgId, [row]));
}

/** The campaigns the reader may see: all of them for owners and auditors; for others, those they review items in. */
async function visibleReviews(db: Db, orgId: string, reader: Reader): Promise<AccessReviewRow[]> {
  const rows = await store.listReviews(db, orgId);
  if (reader.seesAll) return rows;
  const mine = new Set(await store.reviewsWithReviewer(db, orgId, reader.userId));
  return rows.filter((r) => mine.has(r.id));
}

async function visibleItems(db: Db, reviewIds: string[], reader: Reader): Promise<AccessReviewItemRow[]> {
  return store.itemsOf(db, reviewIds, reader.seesAll ? undefined : reader.userId);
}

export async function listReviews(db: Db, orgId: string, reader: Reader, asOf: Date): Promise<{ items: Review[] }> {
  const rows = await visibleReviews(db, orgId, reader);
  const items = await visibleItems(db, rows.map((r) => r.id), reader);
  const names = await namesFor(db, [...rows.flatMap((r) => [r.reviewer_id, r.started_by]), ...peopleOfItems(items)]);
  const assets = await assetsFor(db, orgId, rows);
  return { items: rows.map((r) => reviewView(r, items.filter((i) => i.review_id === r.id), reader, asOf, names, assets)) };
}

export async function reviewFor(db: Db, orgId: string, id: string, reader: Reader): Promise<AccessReviewRow> {
  const row = await store.findReview(db, orgId, id);
  if (!row || (!reader.seesAll && !(await store.reviewsWithReviewer(db, orgId, reader.userId)).includes(id))) throw new NotFound(NOT_FOUND);
  return row;
}

export async function getReview(db: Db, orgId: string, id: string, reader: Reader, asOf: Date): Promise<Review> {
  const row = await reviewFor(db, orgId, id, reader);
  const items = await visibleItems(db, [id], reader);
  return reviewView(row, items, reader, asOf, await namesFor(db, [row.reviewer_id, row.started_by, ...peopleOfItems(items)]), await assetsFor(db, orgId, [row]));
}

/** A campaign's items the reader may see, outstanding or decided, for one reviewer when asked. */
export async function listItems(db: Db, orgId: string, id: string, reader: Reader, query: ItemListQuery): Promise<{ total: number; items: ReviewItem[] }> {
  const row = await reviewFor(db, orgId, id, reader);
  const items = (await visibleItems(db, [id], reader)).filter(
    (i) => (!query.reviewer || i.reviewer_id === query.reviewer) && (query.state === 'all' || (query.state === 'decided') === (i.decision !== null)),
  );
  const names = await namesFor(db, peopleOfItems(items));
  return { total: items.length, items: items.map((i) => itemView(i, row, names)) };
}

/** The reader's own items in the open campaigns, outstanding ones first, soonest due first. */
export async function myItems(db: Db, orgId: string, userId: string, asOf: Date): Promise<{ asOf: string; outstanding: number; overdue: number; items: ReviewItem[] }> {
  const open = await store.listReviews(db, orgId, ['open']);
  const byId = new Map(open.map((r) => [r.id, r]));
  const items = await store.itemsOf(db, open.map((r) => r.id), userId);
  const names = await namesFor(db, peopleOfItems(items));
  const today = ukDateOf(asOf);
  const views = items
    .map((i) => itemView(i, byId.get(i.review_id)!, names))
    .sort((a, b) => Number(a.decision !== null) - Number(b.decision !== null) || a.dueOn.localeCompare(b.dueOn));
  const outstanding = views.filter((v) => v.decision === null);
  return { asOf: asOf.toISOString(), outstanding: outstanding.length, overdue: outstanding.filter((v) => today > v.dueOn).length, items: views };
}

/**
 * Records the reviewer's decision on an item of an open campaign, against the version read: of two
 * decisions made on the same version, one wins and the other is told to load it again. Only the item's
 * reviewer may decide it; to anyone else it is not there (owners and auditors, who see it, are refused).
 */
export async function decideItem(ctx: ChangeContext, orgId: string, id: string, itemId: string, body: DecisionBody, reader: Reader): Promise<ReviewItem> {
  return inTransaction(ctx.db, async (tx) => {
    const review = await reviewFor(tx, orgId, id, reader);
    const item = await store.findItem(tx, id, itemId);
    if (!item || (!reader.seesAll && item.reviewer_id !== reader.userId)) throw new NotFound(ITEM_NOT_FOUND);
    if (item.reviewer_id !== reader.userId) throw new Forbidden('Only the item’s reviewer may decide it.');
    if (review.state !== 'open') throw new Conflict(`Decisions are made while a campaign is open; this one is ${review.state}.`);
    const problem = reasonProblem(body.decision, body.reason, item.privileged === 1);
    if (problem) throw new ValidationFailed('The decision needs a reason', [{ field: 'reason', message: problem }]);
    const reason = body.reason?.trim() || null;
    const at = ctx.now.toISOString();
    if (!(await store.decide(tx, itemId, body.version, { decision: body.decision, reason, decided_by: reader.userId, decided_at: at }))) {
      throw new Conflict('The item was decided by someone else since you loaded it. Load it again and decide once more.');
    }
    await recordAudit(
      tx,
      ctx.actor,
      { action: 'review.decide', entityType: 'access-review-item', entityId: itemId, orgId, before: { decision: item.decision, reason: item.reason }, after: { account: item.account_name, decision: body.decision, reason } },
      ctx.now,
    );
    const after = (await store.findItem(tx, id, itemId))!;
    return itemView(after, review, await namesFor(tx, peopleOfItems([after])));
  });
}

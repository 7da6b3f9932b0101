// How campaigns, items and actions read in answers: rows to the contract's shapes, with people named,
// and the figures worked out from whichever items the reader may see.
import type { Review, ReviewAction, ReviewAsset, ReviewDecision, ReviewerRule, ReviewerVia, ReviewItem, ReviewState } from '../../contract/access-reviews.js';
import type { AccountKind, FindingKey } from '../../contract/directory.js';
import { ukDateOf } from '../../platform/as-of.js';
import type { Db } from '../../platform/db/database.js';
import type { AccessReviewActionRow, AccessReviewItemRow, AccessReviewRow } from '../../platform/db/schema.js';
import { peopleByIds } from '../accounts/service.js';
import { assetOwners } from '../information-assets/service.js';
import { reviewFigures } from './domain/figures.js';

/** Who is reading: their account, and whether they see every item or only those they review. */
export interface Reader {
  userId: string;
  seesAll: boolean;
}

export type Names = (id: string | null) => { id: string; name: string } | null;

/** Names for the people these ids belong to, read at once; an id with no account reads as itself. */
export async function namesFor(db: Db, ids: Iterable<string | null>): Promise<Names> {
  const people = new Map((await peopleByIds(db, [...ids].filter((id): id is string => id !== null))).map((p) => [p.id, p.name]));
  return (id) => (id === null ? null : { id, name: people.get(id) ?? id });
}

export type Assets = (id: string | null) => ReviewAsset | null;

/** The assets these campaigns name, with their owners, read at once; one gone from the register reads as null. */
export async function assetsFor(db: Db, orgId: string, rows: ReadonlyArray<Pick<AccessReviewRow, 'scope_asset_id'>>): Promise<Assets> {
  const ids = rows.map((r) => r.scope_asset_id).filter((id): id is string => id !== null);
  const assets = new Map((ids.length ? await assetOwners(db, orgId, ids) : []).map((a) => [a.id, a]));
  return (id) => (id === null ? null : (assets.get(id) ?? null));
}

export function itemView(row: AccessReviewItemRow, review: AccessReviewRow, names: Names): ReviewItem {
  return {
    id: row.id,
    reviewId: row.review_id,
    reviewName: review.name,
    dueOn: review.due_on,
    account: {
      id: row.account_id,
      name: row.account_name,
      displayName: row.display_name,
      directory: { id: row.directory_id, name: row.directory_name },
      kind: row.kind as AccountKind,
      privileged: row.privileged === 1,
      groups: JSON.parse(row.groups_json) as string[],
      lastLogonAt: row.last_logon_at,
      enabled: row.enabled === 1,
    },
    owner: row.owner_employee_number ? { employeeNumber: row.owner_employee_number, name: row.owner_name } : null,
    reviewer: names(row.reviewer_id)!,
    reviewerVia: row.reviewer_via as ReviewerVia,
    decision: row.decision as ReviewDecision | null,
    reason: row.reason,
    decidedBy: names(row.decided_by),
    decidedAt: row.decided_at,
    version: row.version,
  };
}

export function reviewView(row: AccessReviewRow, items: readonly AccessReviewItemRow[], reader: Reader, asOf: Date, names: Names, assets: Assets): Review {
  const figures = reviewFigures(
    items.map((i) => ({ reviewerId: i.reviewer_id, reviewerVia: i.reviewer_via as ReviewerVia, decision: i.decision as ReviewDecision | null })),
    row.due_on,
    ukDateOf(asOf),
    (id) => names(id)!.name,
  );
  return {
    id: row.id,
    name: row.name,
    scope: { directoryId: row.scope_directory_id, group: row.scope_group, privileged: row.scope_privileged === 1, finding: row.scope_finding as FindingKey | null, assetId: row.scope_asset_id },
    reviewerRule: row.reviewer_rule as ReviewerRule,
    reviewer: names(row.reviewer_id),
    asset: assets(row.scope_asset_id),
    dueOn: row.due_on,
    state: row.state as ReviewState,
    startedBy: names(row.started_by),
    startedAt: row.started_at,
    closedAt: row.closed_at,
    version: row.version,
    asOf: asOf.toISOString(),
    seesAll: reader.seesAll,
    figures,
  };
}

export function actionView(row: AccessReviewActionRow, item: AccessReviewItemRow | undefined, names: Names): ReviewAction {
  return {
    id: row.id,
    reviewId: row.review_id,
    itemId: row.item_id,
    account: { id: row.account_id, name: item?.account_name ?? row.account_id, directoryName: item?.directory_name ?? '' },
    decision: row.decision as 'revoke' | 'change',
    reason: row.reason,
    owner: names(row.owner_id),
    dueOn: row.due_on,
    state: row.state as 'open' | 'closed',
    closedAt: row.closed_at,
    closedReason: row.closed_reason,
    version: row.version,
  };
}

/** The people an item list names: reviewers and deciders. */
export const peopleOfItems = (items: readonly AccessReviewItemRow[]) => items.flatMap((i) => [i.reviewer_id, i.decided_by]);

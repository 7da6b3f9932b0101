// The demo trust's access review in progress: its privileged accounts, started by the head of cyber
// security two weeks before the day loaded and due in two weeks, reviewers found by line manager (the
// demo staff's managers have no Bulwark accounts, so every item falls to the starter as unassigned),
// with the named admin accounts kept and the leaver's admin account revoked, and the rest still to do.
import type { Actor } from '../../platform/audit/audit-trail.js';
import type { Db } from '../../platform/db/database.js';
import type { OrganisationRow } from '../../platform/db/schema.js';
import * as accounts from '../accounts/service.js';
import * as reviews from '../access-reviews/service.js';
import * as directory from '../directory/service.js';

const DAY_MS = 86_400_000;
export const DEMO_REVIEW_NAME = 'Privileged accounts, this quarter';

/** The campaign's items; 0 when the trust already has a campaign or no directory to review. */
export async function loadDemoAccessReview(ctx: { db: Db; actor: Actor; now: Date }, acute: OrganisationRow): Promise<number> {
  const lead = (await accounts.findAccountByEmail(ctx.db, 'seclead@northshire-acute.example'))!;
  const reader = { userId: lead.id, seesAll: true };
  if ((await reviews.listReviews(ctx.db, acute.id, reader, ctx.now)).items.length > 0) return 0;
  if ((await directory.listDirectories(ctx.db, acute.id)).length === 0) return 0;
  const started = new Date(ctx.now.getTime() - 14 * DAY_MS);
  const as = (at: Date) => ({ db: ctx.db, actor: { userId: lead.id, label: lead.email } satisfies Actor, now: at });
  const dueOn = new Date(ctx.now.getTime() + 14 * DAY_MS).toISOString().slice(0, 10);
  const draft = await reviews.createReview(as(started), acute.id, { name: DEMO_REVIEW_NAME, scope: { directoryId: null, group: null, privileged: true, finding: null, assetId: null }, reviewerRule: 'line-manager', reviewerId: null, dueOn }, reader);
  const open = await reviews.startReview(as(started), acute.id, draft.id, draft.version, reader);
  const leavers = new Set((await directory.findingsReport(ctx.db, acute.id, started)).findings.filter((f) => f.key === 'leaver-privileged-logon-after-leaving').flatMap((f) => f.items.map((i) => i.account?.id)));
  const { items } = await reviews.listItems(ctx.db, acute.id, open.id, reader, { state: 'all' });
  const decidedOn = new Date(ctx.now.getTime() - 3 * DAY_MS);
  for (const item of items.filter((i) => leavers.has(i.account.id))) {
    await reviews.decideItem(as(decidedOn), acute.id, open.id, item.id, { decision: 'revoke', reason: 'The owner has left the Trust; the account was used after they left.', version: item.version }, reader);
  }
  for (const item of items.filter((i) => !leavers.has(i.account.id) && i.account.name.startsWith('adm-')).slice(0, 2)) {
    await reviews.decideItem(as(decidedOn), acute.id, open.id, item.id, { decision: 'keep', reason: 'Infrastructure team administrator; the role still needs it.', version: item.version }, reader);
  }
  return items.length;
}

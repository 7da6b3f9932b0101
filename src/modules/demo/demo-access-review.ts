// The demo trust's access review in progress: its privileged accounts, started by the head of cyber
// security two weeks before the day loaded and due in two weeks, reviewers found by line manager. The
// managers of Digital Services and Imaging hold Bulwark accounts (demo-line-managers.ts), so the admin
// accounts of Digital Services staff, on premises and in the cloud, go to their manager and the
// Imaging leaver's admin account to theirs; the built-in and service accounts, which no person owns,
// fall to the starter as unassigned. Each reviewer has decided some: the leaver's admin account revoked
// and two admin accounts kept, with reasons; the rest are still to do.
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
  const as = (at: Date, who: { id: string; email: string }) => ({ db: ctx.db, actor: { userId: who.id, label: who.email } satisfies Actor, now: at });
  const dueOn = new Date(ctx.now.getTime() + 14 * DAY_MS).toISOString().slice(0, 10);
  const draft = await reviews.createReview(as(started, lead), acute.id, { name: DEMO_REVIEW_NAME, scope: { directoryId: null, group: null, privileged: true, finding: null, assetId: null }, reviewerRule: 'line-manager', reviewerId: null, dueOn }, reader);
  const open = await reviews.startReview(as(started, lead), acute.id, draft.id, draft.version, reader);
  const leavers = new Set((await directory.findingsReport(ctx.db, acute.id, started)).findings.filter((f) => f.key === 'leaver-privileged-logon-after-leaving').flatMap((f) => f.items.map((i) => i.account?.id)));
  const { items } = await reviews.listItems(ctx.db, acute.id, open.id, reader, { state: 'all' });
  // Only an item's reviewer decides it: each decision is made as them.
  const reviewers = new Map((await accounts.peopleByIds(ctx.db, items.map((i) => i.reviewer.id))).map((p) => [p.id, p]));
  const decidedOn = new Date(ctx.now.getTime() - 3 * DAY_MS);
  const decide = (item: (typeof items)[number], decision: 'keep' | 'revoke', reason: string) =>
    reviews.decideItem(as(decidedOn, reviewers.get(item.reviewer.id)!), acute.id, open.id, item.id, { decision, reason, version: item.version }, { userId: item.reviewer.id, seesAll: item.reviewer.id === lead.id });
  for (const item of items.filter((i) => leavers.has(i.account.id))) await decide(item, 'revoke', 'The owner has left the Trust; the account was used after they left.');
  for (const item of items.filter((i) => !leavers.has(i.account.id) && i.account.name.startsWith('adm-')).slice(0, 2)) await decide(item, 'keep', 'Infrastructure team administrator; the role still needs it.');
  return items.length;
}

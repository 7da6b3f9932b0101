// Reminders by email: each reviewer with outstanding items in an open campaign hears about them at most
// once a UK day per campaign (the sending is recorded before the email goes, so two runs at once do not
// both send), in one email listing every campaign they have items in.
import type { ReminderOutcome } from '../../contract/access-reviews.js';
import { ukDateOf } from '../../platform/as-of.js';
import { recordAudit } from '../../platform/audit/audit-trail.js';
import type { AppContext, RequestContext } from '../../platform/context.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { renderEmail } from '../../platform/email/email-layout.js';
import { Conflict, NotFound } from '../../platform/errors.js';
import { peopleByIds } from '../accounts/service.js';
import * as store from './store.js';

export type ReminderContext = Pick<AppContext, 'db' | 'email' | 'config' | 'identity'> & Pick<RequestContext, 'actor' | 'now'>;

interface Owed {
  reviewName: string;
  dueOn: string;
  outstanding: number;
}

/** Reminds the reviewers of one open campaign, or of every open campaign of the organisation when none is named. */
export async function sendReviewReminders(ctx: ReminderContext, orgId: string, reviewId: string | null): Promise<ReminderOutcome> {
  if (!ctx.email.enabled) return { skipped: 'not-configured', emailed: 0, items: 0, alreadyToday: 0 };
  const open = (await store.listReviews(ctx.db, orgId, ['open'])).filter((r) => reviewId === null || r.id === reviewId);
  if (reviewId !== null && open.length === 0) {
    const held = await store.findReview(ctx.db, orgId, reviewId);
    if (!held) throw new NotFound('There is no access review with that id in this organisation.');
    throw new Conflict(`Reminders are for open campaigns; this one is ${held.state}.`);
  }
  const today = ukDateOf(ctx.now);
  const owed = new Map<string, Owed[]>();
  let alreadyToday = 0;
  await inTransaction(ctx.db, async (tx) => {
    for (const review of open) {
      const outstanding = new Map<string, number>();
      for (const item of await store.itemsOf(tx, [review.id])) if (item.decision === null) outstanding.set(item.reviewer_id, (outstanding.get(item.reviewer_id) ?? 0) + 1);
      const reminded: string[] = [];
      for (const [reviewerId, count] of outstanding) {
        if (!(await store.recordReminder(tx, { review_id: review.id, reviewer_id: reviewerId, sent_on: today }))) {
          alreadyToday += 1;
          continue;
        }
        owed.set(reviewerId, [...(owed.get(reviewerId) ?? []), { reviewName: review.name, dueOn: review.due_on, outstanding: count }]);
        reminded.push(reviewerId);
      }
      if (reminded.length) await recordAudit(tx, ctx.actor, { action: 'review.remind', entityType: 'access-review', entityId: review.id, orgId, after: { reviewers: reminded.length, day: today } }, ctx.now);
    }
  });
  const people = new Map((await peopleByIds(ctx.db, [...owed.keys()])).map((p) => [p.id, p]));
  let emailed = 0;
  let items = 0;
  for (const [reviewerId, campaigns] of owed) {
    const person = people.get(reviewerId);
    if (!person) continue;
    const count = campaigns.reduce((n, c) => n + c.outstanding, 0);
    const email = renderEmail(
      {
        subject: `${ctx.identity.serviceName}: ${count} ${count === 1 ? 'account' : 'accounts'} to review`,
        heading: 'Access reviews waiting for you',
        blocks: [
          { paragraph: 'You are the reviewer of these accounts. For each, say whether it should keep its access, lose it or change, and why.' },
          ...campaigns.map((c) => ({ paragraph: `${c.reviewName}: ${c.outstanding} to decide, ${today > c.dueOn ? `overdue since ${c.dueOn}` : `due ${c.dueOn}`}` })),
          ...(ctx.config.publicUrl ? [{ action: 'Open my access reviews', href: `${ctx.config.publicUrl}/` }] : []),
        ],
      },
      ctx.identity,
    );
    if ((await ctx.email.sendEmail({ to: person.email, toName: person.name, ...email, purpose: 'access-review-reminder', reference: reviewerId })) === 'sent') {
      emailed += 1;
      items += count;
    }
  }
  return { skipped: null, emailed, items, alreadyToday };
}

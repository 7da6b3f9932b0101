// What each person has to do: the outcomes assigned to them that are not yet agreed, soonest due
// first; the organisation's dashboard; and reminders by email of what is due or overdue.
import type { MyWorkItem } from '../../contract/assessments.js';
import { daysBetween, ukDateOf } from '../../platform/as-of.js';
import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { renderEmail } from '../../platform/email/email-layout.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { peopleByIds } from '../accounts/service.js';
import { expiringEvidence } from '../evidence/service.js';
import { listAssessments, frameOf } from './assessment-reading.js';
import { isOpen } from './domain/lifecycle.js';
import * as store from './store.js';

/** Outcomes assigned to this person in open assessments, not yet agreed: overdue first, then by due date. */
export async function myWork(db: Db, orgId: string, accountId: string, asOf: Date): Promise<MyWorkItem[]> {
  const today = ukDateOf(asOf);
  const rows = (await store.openResponsesOwnedBy(db, orgId, accountId)).filter((r) => r.review_state !== 'agreed');
  const titles = new Map<string, Map<string, string>>();
  for (const id of new Set(rows.map((r) => r.assessment_id))) {
    const assessment = (await store.findAssessment(db, orgId, id))!;
    titles.set(id, new Map((await frameOf(db, assessment)).requirements.map((q) => [q.ref, q.title])));
  }
  return rows
    .map((r) => ({
      assessmentId: r.assessment_id,
      assessmentTitle: r.title,
      ref: r.node_ref,
      title: titles.get(r.assessment_id)?.get(r.node_ref) ?? r.node_ref,
      level: r.level,
      reviewState: r.review_state as MyWorkItem['reviewState'],
      dueOn: r.due_on,
      overdue: r.due_on !== null && r.due_on < today,
      daysLeft: r.due_on ? daysBetween(today, r.due_on) : null,
    }))
    .sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') || a.ref.localeCompare(b.ref, 'en', { numeric: true }));
}

/** The organisation's home: open assessments with progress, status and days left, expiring evidence, and my work. */
export async function dashboard(db: Db, orgId: string, accountId: string, asOf: Date) {
  const [assessments, evidence, work] = await Promise.all([listAssessments(db, orgId, asOf), expiringEvidence(db, orgId, asOf), myWork(db, orgId, accountId, asOf)]);
  const open = assessments.filter((a) => isOpen(a.state) && a.state !== 'submitted');
  return {
    asOf: asOf.toISOString(),
    assessments: open,
    submitted: assessments.filter((a) => a.state === 'submitted').slice(0, 5),
    overdue: open.reduce((sum, a) => sum + a.progress.overdue, 0),
    expiringEvidence: evidence.map((e) => ({ id: e.id, title: e.title, state: e.state, expiresOn: e.expiresOn, ownerName: e.ownerName })),
    myWork: work,
  };
}

export const REMINDER_WINDOW_DAYS = 7;

/**
 * Emails each owner, once a day at most, the outcomes they own that are due within a week or overdue.
 * Sends nothing when email is not set up (people still see the same list under "my work").
 */
export async function sendReminders(app: Pick<AppContext, 'db' | 'email' | 'config' | 'identity'>, asOf: Date): Promise<{ emailed: number; outcomes: number; skipped: 'not-configured' | null }> {
  if (!app.email.enabled) return { emailed: 0, outcomes: 0, skipped: 'not-configured' };
  const today = ukDateOf(asOf);
  const due = (await store.openResponsesWithDueDates(app.db)).filter((r) => daysBetween(today, r.due_on!) <= REMINDER_WINDOW_DAYS);
  const byOwner = new Map<string, typeof due>();
  await inTransaction(app.db, async (tx) => {
    for (const r of due) {
      const kind = r.due_on! < today ? 'overdue' : 'due-soon';
      if (!(await store.recordReminder(tx, { assessment_id: r.assessment_id, node_ref: r.node_ref, account_id: r.owner_id!, kind, sent_on: today }))) continue;
      byOwner.set(r.owner_id!, [...(byOwner.get(r.owner_id!) ?? []), r]);
    }
  });
  const people = new Map((await peopleByIds(app.db, [...byOwner.keys()])).map((p) => [p.id, p]));
  let emailed = 0;
  let outcomes = 0;
  for (const [ownerId, items] of byOwner) {
    const person = people.get(ownerId);
    if (!person) continue;
    const lines = items
      .sort((a, b) => a.due_on!.localeCompare(b.due_on!))
      .map((r) => `${r.title}, ${r.node_ref}: ${r.due_on! < today ? `overdue since ${r.due_on}` : `due ${r.due_on}`}`);
    const email = renderEmail({
      subject: `${app.identity.serviceName}: ${items.length} ${items.length === 1 ? 'outcome' : 'outcomes'} to finish`,
      heading: 'Outcomes assigned to you',
      blocks: [
        { paragraph: `These are assigned to you and not yet agreed:` },
        ...lines.map((paragraph) => ({ paragraph })),
        ...(app.config.publicUrl ? [{ action: 'Open my work', href: `${app.config.publicUrl}/` }] : []),
      ],
    }, app.identity);
    const outcome = await app.email.sendEmail({ to: person.email, toName: person.name, ...email, purpose: 'assessment-reminder', reference: ownerId });
    if (outcome === 'sent') {
      emailed += 1;
      outcomes += items.length;
    }
  }
  return { emailed, outcomes, skipped: null };
}

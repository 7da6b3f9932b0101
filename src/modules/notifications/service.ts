// Telling people things in the app, and by email when SMTP is set up. Each notice has a key, and a
// person is told a given key once only: however often the check that finds it runs, on however many
// servers at once, the unique index decides who inserts it, and only that insert sends the email.
import { randomUUID } from 'node:crypto';
import type { InAppNotificationList } from '../../contract/notifications.js';
import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { renderEmail } from '../../platform/email/email-layout.js';
import { NotFound } from '../../platform/errors.js';
import { peopleByIds } from '../accounts/service.js';
import * as store from './store.js';

export interface Notice {
  accountId: string;
  orgId: string | null;
  /** The same key for the same news: 'incident:<id>:ico-48h'. */
  dedupeKey: string;
  title: string;
  body: string;
  /** A path in the web app, e.g. /orgs/…/incidents/…. */
  link: string | null;
}

export interface NotifyResult {
  /** Notices new to their person (the rest had been given before). */
  created: number;
  emailed: number;
}

const LIST_LIMIT = 50;

/** Gives each notice to its person unless already given; emails the new ones when email is set up. */
export async function notify(app: Pick<AppContext, 'db' | 'email' | 'config' | 'identity'>, notices: readonly Notice[], now: Date): Promise<NotifyResult> {
  const fresh: Array<Notice & { id: string }> = [];
  for (const notice of notices) {
    const id = randomUUID();
    const created = await store.insertOnce(app.db, {
      id,
      account_id: notice.accountId,
      org_id: notice.orgId,
      dedupe_key: notice.dedupeKey,
      title: notice.title,
      body: notice.body,
      link: notice.link,
      created_at: now.toISOString(),
    });
    if (created) fresh.push({ ...notice, id });
  }
  let emailed = 0;
  if (fresh.length && app.email.enabled) {
    const people = new Map((await peopleByIds(app.db, [...new Set(fresh.map((n) => n.accountId))])).map((p) => [p.id, p]));
    for (const notice of fresh) {
      const person = people.get(notice.accountId);
      if (!person) continue;
      const email = renderEmail({
        subject: `${app.identity.serviceName}: ${notice.title}`,
        heading: notice.title,
        blocks: [{ paragraph: notice.body }, ...(app.config.publicUrl && notice.link ? [{ action: `Open in ${app.identity.serviceName}`, href: `${app.config.publicUrl}${notice.link}` }] : [])],
      }, app.identity);
      const outcome = await app.email.sendEmail({ to: person.email, toName: person.name, ...email, purpose: 'notification', reference: notice.dedupeKey });
      if (outcome === 'sent') {
        emailed += 1;
        await store.markEmailed(app.db, notice.id, now.toISOString());
      }
    }
  }
  return { created: fresh.length, emailed };
}

/** The person's latest notifications, newest first, and how many are unread. */
export async function myNotifications(db: Db, accountId: string): Promise<InAppNotificationList> {
  const [rows, unread] = await Promise.all([store.listFor(db, accountId, LIST_LIMIT), store.countUnread(db, accountId)]);
  return {
    unread,
    items: rows.map((r) => ({ id: r.id, orgId: r.org_id, title: r.title, body: r.body, link: r.link, createdAt: r.created_at, readAt: r.read_at })),
  };
}

/** Marks one of the person's notifications read; someone else's is not found. */
export async function markRead(db: Db, accountId: string, id: string, now: Date): Promise<void> {
  if (!(await store.exists(db, accountId, id))) throw new NotFound('There is no such notification for you.');
  await store.markRead(db, accountId, id, now.toISOString());
}

export async function markAllRead(db: Db, accountId: string, now: Date): Promise<number> {
  return store.markRead(db, accountId, null, now.toISOString());
}

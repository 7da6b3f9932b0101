// Watching the notification clocks: when an incident's 72-hour clock (ICO or NIS) passes 48 hours, or
// any of its deadlines passes, the incident's owner and the organisation's SIRO are told in the app,
// and by email when SMTP is set up. Each is told each thing once: the server runs this every few
// minutes and `bulwark incidents watch` can run it from cron, and the notices' keys stop repeats.
import type { ClockState } from '../../contract/incidents.js';
import type { AppContext } from '../../platform/context.js';
import { ukDateTime } from '../../platform/email/email-layout.js';
import { listMembers } from '../accounts/service.js';
import { type Notice, notify, type NotifyResult } from '../notifications/service.js';
import { clockInWords } from './domain/clock.js';
import { dhscThresholdOf } from './incident-settings.js';
import { factsOfMany } from './incident-views.js';
import * as store from './store.js';

/** Each clock the watch looks at: its name in words, and whether passing 48 hours is news. */
const CLOCKS = [
  { key: 'icoClock', name: 'the ICO', warns: true },
  { key: 'nisClock', name: 'the NIS authority', warns: true },
  { key: 'seniorClock', name: 'senior management', warns: false },
] as const;

/** What is news about a clock now: passing two thirds of its time, or its deadline; nothing otherwise. */
export function clockNews(clock: ClockState, warns: boolean): 'due-soon' | 'overdue' | null {
  if (clock.state === 'overdue') return 'overdue';
  if (clock.state === 'due-soon' && warns) return 'due-soon';
  return null;
}

export async function watchIncidentClocks(app: Pick<AppContext, 'db' | 'email' | 'config' | 'identity'>, asOf: Date): Promise<NotifyResult & { incidents: number }> {
  const open = await store.openIncidents(app.db);
  const notices: Notice[] = [];
  const byOrg = new Map<string, typeof open>();
  for (const row of open) byOrg.set(row.org_id, [...(byOrg.get(row.org_id) ?? []), row]);
  for (const [orgId, rows] of byOrg) {
    const facts = await factsOfMany(app.db, rows, await dhscThresholdOf(app.db, orgId), asOf);
    const siros = (await listMembers(app.db, orgId)).filter((m) => m.status === 'active' && m.roles.includes('siro')).map((m) => m.userId);
    for (const f of facts) {
      for (const { key, name, warns } of CLOCKS) {
        const clock = f.summary[key];
        const news = clockNews(clock, warns);
        if (!news) continue;
        const title = news === 'overdue' ? `${f.row.reference}: the report to ${name} is overdue` : `${f.row.reference}: ${clockInWords(clock)} to notify ${name}`;
        const due = ukDateTime(clock.dueAt!);
        const body = `${f.row.title}. ${news === 'overdue' ? `It was due by ${due} (UK time).` : `It is due by ${due} (UK time), 72 hours after the Trust became aware.`} Record the notification on the incident once it is made.`;
        for (const accountId of new Set([f.row.owner_id, ...siros].filter((a): a is string => a !== null))) {
          notices.push({ accountId, orgId, dedupeKey: `incident:${f.row.id}:${key}:${news}`, title, body, link: `/orgs/${orgId}/incidents/${f.row.id}` });
        }
      }
    }
  }
  return { incidents: open.length, ...(await notify(app, notices, asOf)) };
}

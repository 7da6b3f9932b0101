// Reminding each organisation's heads of cyber security of the alerts that need them: one whose
// 48 hours to acknowledge end within 12 hours or have ended, and one confirmed to apply that is past
// its date to remediate by. In the app, and by email when SMTP is set up. Each person is told each
// thing once: the server runs this every few minutes beside the incident watch, and
// `bulwark cyber-alerts remind` can run it from cron; the notices' keys stop repeats.
import type { AppContext } from '../../platform/context.js';
import { ukDateTime } from '../../platform/email/email-layout.js';
import type { CyberAlertRow } from '../../platform/db/schema.js';
import { listMembers } from '../accounts/service.js';
import { type Notice, notify, type NotifyResult } from '../notifications/service.js';
import { deadlineSettingsFor } from '../vulnerabilities/service.js';
import { standingOf, timelineOf } from './alert-views.js';
import { acknowledgementDueWithin } from './domain/alert-deadlines.js';
import * as store from './store.js';

/** How long before the 48 hours end a reminder goes: time enough to act in a working day. */
export const ACKNOWLEDGE_REMINDER_HOURS = 12;

type News = { kind: 'acknowledge-soon' | 'acknowledge-overdue' | 'remediation-overdue'; title: string; body: string };

function newsOf(row: CyberAlertRow, standing: ReturnType<typeof standingOf>, asOf: Date): News[] {
  const news: News[] = [];
  const due = ukDateTime(standing.acknowledgeDueAt);
  if (standing.acknowledgementOverdue) {
    news.push({ kind: 'acknowledge-overdue', title: `${row.reference}: acknowledgement is overdue`, body: `${row.title}. It was to be acknowledged by ${due} (UK time), 48 hours after it was issued. Record the acknowledgement on the alert once it is made.` });
  } else if (acknowledgementDueWithin(timelineOf(row), ACKNOWLEDGE_REMINDER_HOURS, asOf)) {
    news.push({ kind: 'acknowledge-soon', title: `${row.reference}: acknowledge by ${due}`, body: `${row.title}. It is to be acknowledged by ${due} (UK time), 48 hours after it was issued.` });
  }
  if (standing.remediationOverdue) {
    news.push({ kind: 'remediation-overdue', title: `${row.reference}: remediation is overdue`, body: `${row.title}. It applies to our systems and was to be remediated by ${standing.remediateBy}. Record the remediation on the alert once it is done.` });
  }
  return news;
}

export async function remindCyberAlerts(app: Pick<AppContext, 'db' | 'email' | 'config' | 'identity'>, asOf: Date): Promise<NotifyResult & { alerts: number }> {
  const open = await store.openAlerts(app.db);
  const byOrg = new Map<string, CyberAlertRow[]>();
  for (const row of open) byOrg.set(row.org_id, [...(byOrg.get(row.org_id) ?? []), row]);
  const notices: Notice[] = [];
  for (const [orgId, rows] of byOrg) {
    const days = await deadlineSettingsFor(app.db, orgId);
    const leads = (await listMembers(app.db, orgId)).filter((m) => m.status === 'active' && m.roles.includes('security-lead')).map((m) => m.userId);
    for (const row of rows) {
      for (const news of newsOf(row, standingOf(row, days, asOf), asOf)) {
        for (const accountId of leads) {
          notices.push({ accountId, orgId, dedupeKey: `cyber-alert:${row.id}:${news.kind}`, title: news.title, body: news.body, link: `/orgs/${orgId}/cyber-alerts/${row.id}` });
        }
      }
    }
  }
  return { alerts: open.length, ...(await notify(app, notices, asOf)) };
}

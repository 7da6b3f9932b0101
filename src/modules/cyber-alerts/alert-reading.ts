// Reading the register at an as-of instant: a page of alerts with filters (state, severity, which
// overdue list) and the counts across the whole register, and one alert whole. A register holds tens
// to hundreds of alerts, so its clocks are worked out in memory from the rows; only the page shown
// asks the findings which hosts each alert touches.
import type { CyberAlertList, CyberAlertListQuery, CyberAlertView } from '../../contract/cyber-alerts.js';
import { asOfOrNow } from '../../platform/as-of.js';
import type { Db } from '../../platform/db/database.js';
import { deadlineSettingsFor } from '../vulnerabilities/service.js';
import { loadAlert, viewOf } from './alert-changes.js';
import { alertSummaries, standingOf } from './alert-views.js';
import * as store from './store.js';

export async function listCyberAlerts(db: Db, orgId: string, query: CyberAlertListQuery, now: () => Date = () => new Date()): Promise<CyberAlertList> {
  const asOf = asOfOrNow(query.asOf, now);
  const [rows, days] = await Promise.all([store.alertsOf(db, orgId), deadlineSettingsFor(db, orgId)]);
  const standings = new Map(rows.map((r) => [r.id, standingOf(r, days, asOf)]));
  const counts = { open: 0, acknowledgementOverdue: 0, remediationOverdue: 0, awaitingApplicability: 0 };
  for (const row of rows) {
    const standing = standings.get(row.id)!;
    const open = row.state === 'new' || row.state === 'acknowledged';
    if (open) counts.open += 1;
    if (standing.acknowledgementOverdue) counts.acknowledgementOverdue += 1;
    if (standing.remediationOverdue) counts.remediationOverdue += 1;
    if (open && row.applicability === null) counts.awaitingApplicability += 1;
  }
  const chosen = rows.filter((row) => {
    const standing = standings.get(row.id)!;
    if (query.state && row.state !== query.state) return false;
    if (query.severity && row.severity !== query.severity) return false;
    if (query.overdue === 'acknowledgement' && !standing.acknowledgementOverdue) return false;
    if (query.overdue === 'remediation' && !standing.remediationOverdue) return false;
    return true;
  });
  const page = chosen.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
  return { asOf: asOf.toISOString(), total: chosen.length, page: query.page, pageSize: query.pageSize, counts, items: await alertSummaries(db, orgId, page, asOf) };
}

export async function getCyberAlert(db: Db, orgId: string, id: string, asOf: Date): Promise<CyberAlertView> {
  return viewOf(db, await loadAlert(db, orgId, id), asOf);
}

// Each organisation's triage targets: minutes from an alert's creation to its triage, per severity.
// Until an organisation saves its own, ours apply.
import type { AlertSettings, TriageTargets } from '../../contract/alerts.js';
import { recordAudit } from '../../platform/audit/audit-trail.js';
import type { RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { staleChangeBy } from '../accounts/service.js';
import * as store from './store.js';

/** Our starting point: a critical alert looked at within 15 minutes, an informational one within three days. */
export const DEFAULT_TRIAGE_TARGETS: TriageTargets = { critical: 15, high: 60, medium: 240, low: 1440, informational: 4320 };

export async function alertSettings(db: Db, orgId: string): Promise<AlertSettings> {
  const row = await store.findSettings(db, orgId);
  if (!row) return { targets: DEFAULT_TRIAGE_TARGETS, version: 0 };
  return { targets: { ...DEFAULT_TRIAGE_TARGETS, ...(JSON.parse(row.targets_json) as Partial<TriageTargets>) }, version: row.version };
}

export async function saveAlertSettings(ctx: Pick<RequestContext, 'db' | 'actor' | 'now'>, orgId: string, body: AlertSettings): Promise<AlertSettings> {
  return inTransaction(ctx.db, async (tx) => {
    const before = await alertSettings(tx, orgId);
    const saved = await store.saveSettings(
      tx,
      { org_id: orgId, targets_json: JSON.stringify({ ...DEFAULT_TRIAGE_TARGETS, ...body.targets }), version: body.version + 1, updated_at: ctx.now.toISOString(), updated_by: ctx.actor.userId },
      body.version,
    );
    if (!saved) {
      const row = await store.findSettings(tx, orgId);
      throw await staleChangeBy(tx, 'The triage targets were changed by someone else since you loaded them. Their values are shown; make your change again.', before, row?.updated_by ?? null, row?.updated_at ?? '');
    }
    const after = await alertSettings(tx, orgId);
    await recordAudit(tx, ctx.actor, { action: 'alert.settings-change', entityType: 'alert-settings', entityId: orgId, orgId, before, after }, ctx.now);
    return after;
  });
}

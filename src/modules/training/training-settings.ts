// Each organisation's training settings: its target, induction window, security staff and the CPD
// hours expected of them. Until it saves its own, ours apply (version 0).
import type { TrainingSettings, TrainingSettingsValues } from '../../contract/training.js';
import { recordAudit } from '../../platform/audit/audit-trail.js';
import type { RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { staleChangeBy } from '../accounts/service.js';
import { settingsFrom } from './domain/settings.js';
import * as store from './store.js';

export async function trainingSettings(db: Db, orgId: string): Promise<TrainingSettings> {
  const row = await store.findSettings(db, orgId);
  return { ...settingsFrom(row ? (JSON.parse(row.settings_json) as Partial<TrainingSettingsValues>) : null), version: row?.version ?? 0 };
}

export async function saveTrainingSettings(ctx: Pick<RequestContext, 'db' | 'actor' | 'now'>, orgId: string, body: TrainingSettings): Promise<TrainingSettings> {
  return inTransaction(ctx.db, async (tx) => {
    const before = await trainingSettings(tx, orgId);
    const { version, ...values } = body;
    const saved = await store.saveSettings(tx, { org_id: orgId, settings_json: JSON.stringify(settingsFrom(values)), version: version + 1, updated_at: ctx.now.toISOString(), updated_by: ctx.actor.userId }, version);
    if (!saved) {
      const row = await store.findSettings(tx, orgId);
      throw await staleChangeBy(tx, 'The training settings were changed by someone else since you loaded them. Their values are shown; make your change again.', before, row?.updated_by ?? null, row?.updated_at ?? '');
    }
    const after = await trainingSettings(tx, orgId);
    await recordAudit(tx, ctx.actor, { action: 'training.settings-change', entityType: 'training-settings', entityId: orgId, orgId, before, after }, ctx.now);
    return after;
  });
}

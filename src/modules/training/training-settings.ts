// Each organisation's training settings: its target, induction window, security staff and the CPD
// hours expected of them. Until it saves its own, ours apply (version 0).
import type { TrainingSettings, TrainingSettingsValues } from '../../contract/training.js';
import type { RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { saveSettingsAtVersion } from '../accounts/service.js';
import { settingsFrom } from './domain/settings.js';
import * as store from './store.js';

export async function trainingSettings(db: Db, orgId: string): Promise<TrainingSettings> {
  const row = await store.findSettings(db, orgId);
  return { ...settingsFrom(row ? (JSON.parse(row.settings_json) as Partial<TrainingSettingsValues>) : null), version: row?.version ?? 0 };
}

export async function saveTrainingSettings(ctx: Pick<RequestContext, 'db' | 'actor' | 'now'>, orgId: string, body: TrainingSettings): Promise<TrainingSettings> {
  const { version, ...values } = body;
  return saveSettingsAtVersion(ctx, orgId, version, 'training.settings-change', 'training-settings', {
    read: (db) => trainingSettings(db, orgId),
    write: (db, stamp, at) => store.saveSettings(db, { org_id: orgId, settings_json: JSON.stringify(settingsFrom(values)), ...stamp }, at),
    lastSaved: (db) => store.findSettings(db, orgId),
    name: 'The training settings',
  });
}

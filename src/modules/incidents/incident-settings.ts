// Each organisation's incident settings: response targets per severity, and when DHSC and NHS England
// are told as well as the ICO. Until an organisation saves its own, the defaults below apply.
import type { IncidentSettings } from '../../contract/incidents.js';
import type { RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { saveSettingsAtVersion } from '../accounts/service.js';
import type { Targets } from './domain/metrics.js';
import { DEFAULT_DHSC_THRESHOLD, type DhscThreshold } from './domain/reportability.js';
import * as store from './store.js';

/** Hours. Our defaults for a Trust's security team; each organisation sets its own. */
export const DEFAULT_TARGETS: Targets = {
  acknowledge: { critical: 0.5, high: 2, medium: 8, low: 24 },
  triage: { critical: 2, high: 8, medium: 24, low: 72 },
  contain: { critical: 24, high: 72, medium: 168, low: 336 },
  recover: { critical: 72, high: 168, medium: 336, low: 720 },
};

export async function incidentSettings(db: Db, orgId: string): Promise<IncidentSettings> {
  const row = await store.findSettings(db, orgId);
  if (!row) {
    return { targets: DEFAULT_TARGETS, dhscLikelihoodAtLeast: DEFAULT_DHSC_THRESHOLD.likelihoodAtLeast, dhscHarmAtLeast: DEFAULT_DHSC_THRESHOLD.harmAtLeast, version: 0 };
  }
  const saved = JSON.parse(row.targets_json) as Partial<Targets>;
  return {
    targets: { ...DEFAULT_TARGETS, ...saved },
    dhscLikelihoodAtLeast: row.dhsc_likelihood_at_least,
    dhscHarmAtLeast: row.dhsc_harm_at_least,
    version: row.version,
  };
}

/** When this organisation tells DHSC and NHS England as well as the ICO, as the grid rule takes it. */
export async function dhscThresholdOf(db: Db, orgId: string): Promise<DhscThreshold> {
  const settings = await incidentSettings(db, orgId);
  return { likelihoodAtLeast: settings.dhscLikelihoodAtLeast, harmAtLeast: settings.dhscHarmAtLeast };
}

export async function saveIncidentSettings(ctx: Pick<RequestContext, 'db' | 'actor' | 'now'>, orgId: string, body: IncidentSettings): Promise<IncidentSettings> {
  const targets = { ...DEFAULT_TARGETS, ...body.targets };
  return saveSettingsAtVersion(ctx, orgId, body.version, 'incident.settings-change', 'incident-settings', {
    read: (db) => incidentSettings(db, orgId),
    write: (db, stamp, version) =>
      store.saveSettings(db, { org_id: orgId, targets_json: JSON.stringify(targets), dhsc_likelihood_at_least: body.dhscLikelihoodAtLeast, dhsc_harm_at_least: body.dhscHarmAtLeast, ...stamp }, version),
    lastSaved: (db) => store.findSettings(db, orgId),
    name: 'These settings',
  });
}

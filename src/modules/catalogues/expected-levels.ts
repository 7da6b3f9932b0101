// One organisation's own expected levels and status labels for a catalogue version: reading them,
// saving a change (all checked first, optimistic lock), and applying a profile document to them.
import type { OrgCatalogueSettings, OrgCatalogueSettingsChange } from '../../contract/catalogues.js';
import { recordAudit } from '../../platform/audit/audit-trail.js';
import type { Db } from '../../platform/db/database.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { Conflict, ValidationFailed } from '../../platform/errors.js';
import { invalid, PROFILE_FORMAT, type StatusLabel } from './domain/catalogue-format.js';
import { documentKind, parseDocumentText } from './domain/catalogue-file.js';
import { applySettingsChange, type CatalogueFacts, effectiveLevel, type OrgSettings } from './domain/organisation-settings.js';
import type { ChangeContext } from './change-context.js';
import { getCatalogue } from './catalogue-reading.js';
import { getCatalogueRow, levelsOfNode, parseJson } from './catalogue-rows.js';
import { validProfile } from './document-import.js';
import * as store from './store.js';

const STALE = 'Someone else changed these expected levels since you loaded them. Reload them and try again.';

/** The organisation's expected level per assessable node (its own, else its base profile's) and its status labels. */
export async function getOrgSettings(db: Db, orgId: string, key: string, version: string): Promise<OrgCatalogueSettings> {
  const catalogue = await getCatalogueRow(db, key, version);
  // The catalogue's nodes and profiles come from the shared read (assessments ask for these on every request).
  const [row, detail] = await Promise.all([store.findOrgSettings(db, orgId, catalogue.id), getCatalogue(db, key, version)]);
  const settings = settingsOf(row);
  const base = detail.profiles.find((p) => p.id === settings.baseProfile)?.expected ?? {};
  return {
    catalogue: { key: catalogue.key, version: catalogue.version, ref: `${catalogue.key}@${catalogue.version}`, name: catalogue.name },
    baseProfile: settings.baseProfile,
    expected: detail.nodes.filter((n) => n.assessable).map((n) => ({ ref: n.ref, title: n.label, levels: n.levels, ...effectiveLevel(settings, base, n.ref) })),
    statusLabels: parseJson<StatusLabel[]>(catalogue.status_labels_json, []).map((s) => ({
      id: s.id,
      label: settings.statusLabels[s.id] ?? s.label,
      catalogueLabel: s.label,
      ...(s.description ? { description: s.description } : {}),
    })),
    version: row?.version ?? 0,
    updatedAt: row?.updated_at ?? null,
  };
}

/** Sets the organisation's expected levels and status labels: all checked first, nothing saved when any is wrong; 409 when stale. */
export async function setOrgSettings(ctx: ChangeContext, orgId: string, key: string, version: string, change: OrgCatalogueSettingsChange): Promise<OrgCatalogueSettings> {
  await inTransaction(ctx.db, (tx) => applyOrgSettings(tx, ctx, orgId, key, version, change));
  return getOrgSettings(ctx.db, orgId, key, version);
}

/** The body of setOrgSettings in the caller's transaction (the CLI's profile import uses it too). */
export async function applyOrgSettings(tx: Db, ctx: ChangeContext, orgId: string, key: string, version: string, change: OrgCatalogueSettingsChange): Promise<void> {
  const catalogue = await getCatalogueRow(tx, key, version);
  const before = await store.findOrgSettings(tx, orgId, catalogue.id);
  const current = before?.version ?? 0;
  if (change.version !== current) throw new Conflict(STALE);
  const result = applySettingsChange(settingsOf(before), change, await catalogueFacts(tx, catalogue));
  if ('problems' in result) {
    throw new ValidationFailed(`The expected levels were not saved: ${result.problems.length} ${result.problems.length === 1 ? 'problem' : 'problems'}.`, result.problems);
  }
  const next = result.settings;
  const row: store.NewOrganisationCatalogueSettings = {
    org_id: orgId,
    catalogue_id: catalogue.id,
    expected_json: JSON.stringify(next.expected),
    base_profile_id: next.baseProfile,
    status_labels_json: Object.keys(next.statusLabels).length ? JSON.stringify(next.statusLabels) : null,
    version: current + 1,
    updated_at: ctx.now.toISOString(),
    updated_by: ctx.actor.userId,
  };
  if (!before) await store.insertOrgSettings(tx, row);
  else if (!(await store.updateOrgSettings(tx, row, current))) throw new Conflict(STALE);
  await recordAudit(
    tx,
    ctx.actor,
    {
      action: 'catalogue.org-settings',
      entityType: 'catalogue-org-settings',
      entityId: `${catalogue.key}@${catalogue.version}`,
      orgId,
      ...(before ? { before: settingsOf(before) } : {}),
      after: next,
    },
    ctx.now,
  );
}

/** Applies a profile document (bulwark.profile/1) to one organisation as its expected levels, replacing what it had. */
export async function applyProfileToOrg(
  ctx: ChangeContext,
  orgId: string,
  catalogueSpec: { key: string; version: string },
  text: string,
  fileName: string,
): Promise<{ catalogue: string; expected: number; version: number }> {
  const parsed = parseDocumentText(text, fileName);
  if (!parsed.ok) throw invalid(fileName, 'profile', parsed.problems);
  if (documentKind(parsed.value) !== 'profile') {
    throw new ValidationFailed(`${fileName} is not a profile.`, [{ field: `${fileName}:$.format`, message: `must be "${PROFILE_FORMAT}"` }]);
  }
  const doc = validProfile(parsed.value, fileName);
  if (doc.catalogue.catalogue !== catalogueSpec.key || doc.catalogue.version !== catalogueSpec.version) {
    const named = `${doc.catalogue.catalogue}@${doc.catalogue.version}`;
    throw invalid(fileName, 'profile', [{ file: fileName, path: '$.catalogue', message: `the file is a profile for ${named}, not ${catalogueSpec.key}@${catalogueSpec.version}` }]);
  }
  return inTransaction(ctx.db, async (tx) => {
    const catalogue = await getCatalogueRow(tx, doc.catalogue.catalogue, doc.catalogue.version);
    const before = await store.findOrgSettings(tx, orgId, catalogue.id);
    const cleared = Object.fromEntries(Object.keys(settingsOf(before).expected).map((ref) => [ref, null]));
    await applyOrgSettings(tx, ctx, orgId, catalogue.key, catalogue.version, { version: before?.version ?? 0, expected: { ...cleared, ...doc.expected } });
    return { catalogue: `${catalogue.key}@${catalogue.version}`, expected: Object.keys(doc.expected).length, version: (before?.version ?? 0) + 1 };
  });
}

function settingsOf(row: store.OrganisationCatalogueSettingsRow | undefined): OrgSettings {
  return {
    expected: parseJson<Record<string, string>>(row?.expected_json ?? null, {}),
    baseProfile: row?.base_profile_id ?? null,
    statusLabels: parseJson<Record<string, string>>(row?.status_labels_json ?? null, {}),
  };
}

async function catalogueFacts(db: Db, catalogue: store.CatalogueRow): Promise<CatalogueFacts> {
  const defaults = parseJson<string[] | null>(catalogue.default_levels_json, null);
  const [nodes, profiles] = await Promise.all([store.nodeRefsOf(db, catalogue.id), store.profilesOf(db, catalogue.id)]);
  return {
    nodes: new Map(nodes.map((n) => [n.ref, { assessable: n.assessable === 1, levels: levelsOfNode(n, defaults) }])),
    statusLabels: parseJson<StatusLabel[]>(catalogue.status_labels_json, []),
    profiles: new Map(profiles.map((p) => [p.profile_id, parseJson<Record<string, string>>(p.expected_json, {})])),
  };
}

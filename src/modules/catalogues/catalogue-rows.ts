// Stored catalogue rows as the API contract shows them, and finding a catalogue row by id and version
// (or saying which versions there are instead). Shared by the reading, crosswalk and settings services.
import { createHash } from 'node:crypto';
import type { CatalogueNodeView, CatalogueSummary, ProfileSummary } from '../../contract/catalogues.js';
import type { Db } from '../../platform/db/database.js';
import { NotFound } from '../../platform/errors.js';
import { type Level, nodeUrn, type Provenance, type StatusLabel } from './domain/catalogue-format.js';
import { compareVersions } from './domain/catalogue-tree.js';
import { nodeLabel } from './domain/node-label.js';
import * as store from './store.js';

export type CatalogueSource = 'shipped' | 'imported';

export function parseJson<T>(text: string | null, fallback: T): T {
  return text === null ? fallback : (JSON.parse(text) as T);
}

export function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The stored catalogue, or NotFound naming the versions that do exist. */
export async function getCatalogueRow(db: Db, key: string, version: string): Promise<store.CatalogueRow> {
  const row = await store.findCatalogue(db, key, version);
  if (!row) {
    const versions = (await store.versionsOf(db, key)).sort(compareVersions);
    throw new NotFound(
      versions.length ? `There is no version ${version} of ${key}; there is ${versions.join(', ')}.` : `There is no catalogue "${key}". \`bulwark catalogue list\` shows them all.`,
    );
  }
  return row;
}

/** 'caf@3.2' → ['caf', '3.2']; 'caf' → ['caf', undefined]. */
export function splitSpec(spec: string): [string, string | undefined] {
  const at = spec.indexOf('@');
  return at === -1 ? [spec.trim(), undefined] : [spec.slice(0, at).trim(), spec.slice(at + 1).trim() || undefined];
}

/** The level ids an assessable node allows: its own, else the catalogue's defaults; none when it is not assessable. */
export function levelsOfNode(node: Pick<store.CatalogueNodeRow, 'assessable' | 'levels_json'>, defaultLevels: string[] | null): string[] {
  return node.assessable === 1 ? (parseJson<string[] | null>(node.levels_json, null) ?? defaultLevels ?? []) : [];
}

export function toSummary(row: store.CatalogueRow, counts: store.NodeCount[], profiles: store.CatalogueProfileRow[]): CatalogueSummary {
  return {
    key: row.key,
    version: row.version,
    ref: `${row.key}@${row.version}`,
    name: row.name,
    shortName: row.short_name,
    kind: row.kind,
    description: row.description,
    source: row.source,
    provenance: parseJson<Provenance>(row.provenance_json, {} as Provenance),
    levels: parseJson<Level[]>(row.levels_json, []),
    defaultLevels: parseJson<string[] | null>(row.default_levels_json, null),
    implementationGroups: parseJson<Level[]>(row.groups_json, []),
    statusLabels: parseJson<StatusLabel[]>(row.status_labels_json, []),
    nodeCount: counts.reduce((sum, c) => sum + c.nodes, 0),
    assessableCount: counts.reduce((sum, c) => sum + c.assessable, 0),
    nodeCounts: Object.fromEntries(counts.map((c) => [c.type, c.nodes])),
    profiles: profiles.map(toProfileSummary),
    loadedAt: row.loaded_at,
  };
}

export function toProfileSummary(p: store.CatalogueProfileRow): ProfileSummary {
  return {
    id: p.profile_id,
    name: p.name,
    description: p.description,
    expectedCount: Object.keys(parseJson<Record<string, string>>(p.expected_json, {})).length,
    origin: p.origin,
    updatedAt: p.updated_at,
  };
}

export function toNodeView(n: store.CatalogueNodeRow, catalogue: Pick<store.CatalogueRow, 'key' | 'version'>, defaultLevels: string[] | null): CatalogueNodeView {
  const attributes = parseJson<CatalogueNodeView['attributes']>(n.attributes_json, {});
  const officialText = parseJson<CatalogueNodeView['officialText']>(n.local_text_json, null);
  return {
    ref: n.ref,
    urn: nodeUrn({ catalogue: catalogue.key, version: catalogue.version }, n.ref),
    parentRef: n.parent_ref,
    type: n.type,
    title: n.title,
    label: nodeLabel({ ref: n.ref, title: n.title, sourceRef: attributes.sourceRef, officialText }),
    description: n.description,
    guidance: n.guidance,
    assessable: n.assessable === 1,
    levels: levelsOfNode(n, defaultLevels),
    implementationGroups: parseJson<string[]>(n.groups_json, []),
    attributes,
    depth: n.depth,
    officialText,
  };
}

// Reading catalogues: the list, one catalogue's tree, finding nodes by identifier or words, and a
// stored catalogue written back out as a document in Bulwark's format.
import type { CatalogueDetail, CatalogueSummary, NodeSearchResult } from '../../contract/catalogues.js';
import type { Db } from '../../platform/db/database.js';
import { NotFound } from '../../platform/errors.js';
import { CATALOGUE_FORMAT, type CatalogueDocument, type CatalogueNode, type Level, type Provenance, type StatusLabel } from './domain/catalogue-format.js';
import { compareVersions, countByType } from './domain/catalogue-tree.js';
import { getCatalogueRow, parseJson, splitSpec, toNodeView, toProfileSummary, toSummary } from './catalogue-rows.js';
import { cachedRead } from './catalogue-cache.js';
import * as store from './store.js';

/** Every stored catalogue with its node counts, levels and profiles. */
export async function listCatalogues(db: Db): Promise<CatalogueSummary[]> {
  const [rows, counts, profiles] = await Promise.all([store.allCatalogues(db), store.nodeCounts(db), store.allProfiles(db)]);
  return rows
    .sort((a, b) => a.key.localeCompare(b.key) || compareVersions(a.version, b.version))
    .map((row) => toSummary(row, counts.filter((c) => c.catalogue_id === row.id), profiles.filter((p) => p.catalogue_id === row.id)));
}

/** 'caf@3.2', or 'caf' for its latest stored version. */
export async function resolveCatalogue(db: Db, spec: string): Promise<{ key: string; version: string }> {
  const [key, version] = splitSpec(spec);
  if (version) return { key, version };
  const versions = (await store.versionsOf(db, key)).sort(compareVersions);
  const latest = versions.at(-1);
  if (!latest) throw new NotFound(`There is no catalogue "${key}". \`bulwark catalogue list\` shows them all.`);
  return { key, version: latest };
}

/** One catalogue version in full; shared from memory between reads (see catalogue-cache.ts), so never change what it returns. */
export function getCatalogue(db: Db, key: string, version: string): Promise<CatalogueDetail> {
  return cachedRead(db, `catalogue:${key}@${version}`, () => loadCatalogue(db, key, version));
}

async function loadCatalogue(db: Db, key: string, version: string): Promise<CatalogueDetail> {
  const row = await getCatalogueRow(db, key, version);
  const [nodes, profiles] = await Promise.all([store.nodesOf(db, row.id), store.profilesOf(db, row.id)]);
  const counts = Object.entries(countByType(nodes)).map(([type, n]) => ({ catalogue_id: row.id, type, nodes: n, assessable: nodes.filter((x) => x.type === type && x.assessable === 1).length }));
  const defaults = parseJson<string[] | null>(row.default_levels_json, null);
  return {
    ...toSummary(row, counts, profiles),
    nodes: nodes.map((n) => toNodeView(n, row, defaults)),
    profiles: profiles.map((p) => ({ ...toProfileSummary(p), expected: parseJson<Record<string, string>>(p.expected_json, {}) })),
  };
}

/** Nodes matching an identifier (prefix) or words (anywhere in title, description or imported text), exact identifiers first. */
export async function searchNodes(db: Db, query: { q: string; catalogue?: string | undefined; limit: number }): Promise<NodeSearchResult> {
  const catalogues = await store.allCatalogues(db);
  let within: store.CatalogueRow[] | null = null;
  if (query.catalogue) {
    const [key, version] = splitSpec(query.catalogue);
    within = catalogues.filter((c) => c.key === key && (!version || c.version === version));
    if (within.length === 0) throw new NotFound(`There is no catalogue ${query.catalogue}.`);
  }
  const words = query.q.trim();
  const rows = await store.searchNodes(db, words, within?.map((c) => c.id) ?? null, 500);
  const byId = new Map(catalogues.map((c) => [c.id, c]));
  const lower = words.toLowerCase();
  const rank = (n: store.CatalogueNodeRow) => (n.ref.toLowerCase() === lower ? 0 : n.ref.toLowerCase().startsWith(lower) ? 1 : 2);
  const ranked = rows
    .map((n) => ({ n, c: byId.get(n.catalogue_id)! }))
    .sort((a, b) => rank(a.n) - rank(b.n) || a.c.key.localeCompare(b.c.key) || compareVersions(b.c.version, a.c.version) || a.n.sort_order - b.n.sort_order);
  return {
    results: ranked.slice(0, query.limit).map(({ n, c }) => ({
      ...toNodeView(n, c, parseJson<string[] | null>(c.default_levels_json, null)),
      catalogue: { key: c.key, version: c.version, ref: `${c.key}@${c.version}`, name: c.name, shortName: c.short_name },
    })),
    truncated: ranked.length > query.limit,
  };
}

/** The stored catalogue as a document in Bulwark's format; officialText only when asked, as it may not be shareable. */
export async function exportCatalogue(db: Db, key: string, version: string, options: { officialText?: boolean } = {}): Promise<CatalogueDocument> {
  const row = await getCatalogueRow(db, key, version);
  const [nodes, profiles] = await Promise.all([store.nodesOf(db, row.id), store.profilesOf(db, row.id)]);
  const optional = <K extends string, V>(k: K, v: V | null | undefined) => (v === null || v === undefined ? {} : ({ [k]: v } as Record<K, V>));
  const doc: CatalogueDocument = {
    format: CATALOGUE_FORMAT,
    id: row.key,
    version: row.version,
    name: row.name,
    ...optional('shortName', row.short_name),
    kind: row.kind as CatalogueDocument['kind'],
    ...optional('description', row.description),
    provenance: parseJson<Provenance>(row.provenance_json, {} as Provenance),
    levels: parseJson<Level[]>(row.levels_json, []),
    ...optional('defaultLevels', parseJson<string[] | null>(row.default_levels_json, null)),
    ...optional('implementationGroups', parseJson<Level[] | null>(row.groups_json, null)),
    ...optional('statusLabels', parseJson<StatusLabel[] | null>(row.status_labels_json, null)),
    nodes: nodes.map(
      (n): CatalogueNode => ({
        ref: n.ref,
        parentRef: n.parent_ref,
        type: n.type as CatalogueNode['type'],
        title: n.title,
        ...optional('description', n.description),
        ...optional('guidance', n.guidance),
        assessable: n.assessable === 1,
        ...optional('levels', parseJson<string[] | null>(n.levels_json, null)),
        ...optional('implementationGroups', parseJson<string[] | null>(n.groups_json, null)),
        ...optional('attributes', parseJson<CatalogueNode['attributes'] | null>(n.attributes_json, null)),
        ...(options.officialText ? optional('officialText', parseJson<CatalogueNode['officialText'] | null>(n.local_text_json, null)) : {}),
      }),
    ),
    ...(profiles.length
      ? {
          profiles: profiles.map((p) => ({
            id: p.profile_id,
            name: p.name,
            ...optional('description', p.description),
            expected: parseJson<Record<string, string>>(p.expected_json, {}),
          })),
        }
      : {}),
  };
  return doc;
}

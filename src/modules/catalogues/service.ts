// What people do with framework catalogues: browse and search them, compare two through a crosswalk,
// and (system administrators) import, export and remove them. Shipped content in content/ is loaded
// at start-up; saveCatalogue and saveMappingSet store a validated document in the caller's transaction.
import { createHash, randomUUID } from 'node:crypto';
import type {
  CatalogueDetail,
  CatalogueNodeView,
  CatalogueSummary,
  CrosswalkLinks,
  CrosswalkSummary,
  ImportResult,
  NodeSearchResult,
  OrgCatalogueSettings,
  OrgCatalogueSettingsChange,
  ProfileSummary,
} from '../../contract/catalogues.js';
import { type Actor, recordAudit } from '../../platform/audit/audit-trail.js';
import type { Db } from '../../platform/db/database.js';
import type { Engine } from '../../platform/db/engine.js';
import type { CatalogueMappingSetRow, CatalogueNodeRow, CatalogueProfileRow, CatalogueRow, OrganisationCatalogueSettingsRow } from '../../platform/db/schema.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { Conflict, NotFound, ValidationFailed } from '../../platform/errors.js';
import {
  CATALOGUE_FORMAT,
  type CatalogueDocument,
  type CatalogueNode,
  type CatalogueRef,
  catalogueKey,
  checkCrosswalkRefs,
  checkProfileLevels,
  CROSSWALK_FORMAT,
  type CrosswalkDocument,
  invalid,
  type Level,
  nodeUrn,
  PROFILE_FORMAT,
  type ProfileDocument,
  type Provenance,
  type Relation,
  profileDocumentProblems,
  type StatusLabel,
  validateCatalogue,
  validateCrosswalk,
} from './domain/catalogue-format.js';
import { documentKind, parseDocumentText } from './domain/catalogue-file.js';
import { applySettingsChange, type CatalogueFacts, effectiveLevel, type OrgSettings } from './domain/organisation-settings.js';
import { compareVersions, countByType, placeNodes, reverseRelation } from './domain/catalogue-tree.js';
import { readShippedContent } from './shipped-content.js';
import * as store from './store.js';

export type CatalogueSource = 'shipped' | 'imported';

export interface ChangeContext {
  db: Db;
  actor: Actor;
  now: Date;
}

export interface SaveOptions {
  /** SHA-256 of the file the document came from; defaults to a hash of the document. */
  contentHash?: string;
  /** Overwrite an imported catalogue or crosswalk with the same id and version. */
  replace?: boolean;
  /** The file the document came from, for problems that name it. */
  fileName?: string;
  now?: Date;
}

export interface SavedCatalogue {
  id: string;
  ref: string;
  created: boolean;
  nodes: number;
}

// --- Storing documents (shipped content, and the importers) -------------------------------------

/** Stores a validated catalogue document in the caller's transaction, replacing an earlier load of the same id@version. */
export async function saveCatalogue(tx: Db, doc: CatalogueDocument, source: CatalogueSource, options: SaveOptions = {}): Promise<SavedCatalogue> {
  const ref = catalogueKey(doc);
  const now = (options.now ?? new Date()).toISOString();
  const existing = await store.findCatalogue(tx, doc.id, doc.version);
  if (existing && source === 'imported') assertReplaceable(ref, existing.source, options.replace, 'catalogue');

  const id = existing?.id ?? randomUUID();
  const row = {
    name: doc.name,
    short_name: doc.shortName ?? null,
    kind: doc.kind,
    description: doc.description ?? null,
    source,
    provenance_json: JSON.stringify(doc.provenance),
    levels_json: JSON.stringify(doc.levels),
    default_levels_json: doc.defaultLevels ? JSON.stringify(doc.defaultLevels) : null,
    groups_json: doc.implementationGroups ? JSON.stringify(doc.implementationGroups) : null,
    status_labels_json: doc.statusLabels ? JSON.stringify(doc.statusLabels) : null,
    content_hash: options.contentHash ?? hashOf(JSON.stringify(doc)),
    loaded_at: now,
  };
  if (existing) await store.updateCatalogue(tx, id, row);
  else await store.insertCatalogue(tx, { id, key: doc.id, version: doc.version, ...row });

  // Official text an installation imported for itself survives a reload of the shipped structure.
  const before = existing ? await store.nodesOf(tx, id) : [];
  const keptText = new Map(before.flatMap((n) => (n.local_text_json ? [[n.ref, n.local_text_json] as const] : [])));
  const nodes: CatalogueNodeRow[] = placeNodes(doc.nodes).map(({ node, depth, sortOrder }) => ({
    catalogue_id: id,
    ref: node.ref,
    parent_ref: node.parentRef,
    type: node.type,
    title: node.title,
    description: node.description ?? null,
    guidance: node.guidance ?? null,
    assessable: node.assessable ? 1 : 0,
    levels_json: node.levels ? JSON.stringify(node.levels) : null,
    groups_json: node.implementationGroups ? JSON.stringify(node.implementationGroups) : null,
    attributes_json: node.attributes ? JSON.stringify(node.attributes) : null,
    depth,
    sort_order: sortOrder,
    local_text_json: node.officialText ? JSON.stringify(node.officialText) : (keptText.get(node.ref) ?? null),
  }));
  // So do nodes an installation added under the shipped ones (indicator checklists from a WebCAF
  // file): a new release of the shipped file does not know them, but their outcome is still there.
  if (source === 'shipped') {
    const refs = new Set(nodes.map((n) => n.ref));
    nodes.push(...before.filter((n) => !refs.has(n.ref) && n.local_text_json !== null && n.parent_ref !== null && refs.has(n.parent_ref)));
  }
  await store.replaceNodes(tx, id, nodes);

  // Profiles an administrator set here win over the (often empty) ones in the file.
  const local = existing ? (await store.profilesOf(tx, id)).filter((p) => p.origin === 'local') : [];
  await store.deleteProfiles(tx, id, 'file');
  const localIds = new Set(local.map((p) => p.profile_id));
  await store.insertProfiles(
    tx,
    (doc.profiles ?? [])
      .map((p, i): CatalogueProfileRow => ({
        catalogue_id: id,
        profile_id: p.id,
        name: p.name,
        description: p.description ?? null,
        expected_json: JSON.stringify(p.expected),
        origin: 'file',
        sort_order: i,
        updated_at: now,
      }))
      .filter((p) => !localIds.has(p.profile_id)),
  );

  for (const mapping of doc.mappings ?? []) {
    await saveMappingSet(
      tx,
      {
        format: CROSSWALK_FORMAT,
        id: `${doc.id}-${doc.version}-${mapping.id}`.toLowerCase(),
        name: mapping.name ?? `${ref} to ${catalogueKey({ id: mapping.target.catalogue, version: mapping.target.version })}`,
        source: { catalogue: doc.id, version: doc.version },
        target: mapping.target,
        provenance: doc.provenance,
        links: mapping.links,
      },
      source,
      { ...options, replace: true },
    );
  }
  return { id, ref, created: !existing, nodes: nodes.length };
}

export interface SavedCrosswalk {
  id: string;
  key: string;
  created: boolean;
  links: number;
}

/** Stores a validated crosswalk in the caller's transaction; both catalogues must be stored and name every linked node. */
export async function saveMappingSet(tx: Db, doc: CrosswalkDocument, source: CatalogueSource, options: SaveOptions = {}): Promise<SavedCrosswalk> {
  const file = options.fileName ?? doc.id;
  const [from, to] = await Promise.all([store.findCatalogue(tx, doc.source.catalogue, doc.source.version), store.findCatalogue(tx, doc.target.catalogue, doc.target.version)]);
  const missing = [
    ...(from ? [] : [{ file, path: '$.source', message: `there is no catalogue ${doc.source.catalogue}@${doc.source.version}: import it first` }]),
    ...(to ? [] : [{ file, path: '$.target', message: `there is no catalogue ${doc.target.catalogue}@${doc.target.version}: import it first` }]),
  ];
  if (!from || !to) throw invalid(file, 'crosswalk', missing);
  const [fromRefs, toRefs] = await Promise.all([store.nodeRefsOf(tx, from.id), store.nodeRefsOf(tx, to.id)]);
  const problems = checkCrosswalkRefs(doc, file, new Set(fromRefs.map((n) => n.ref)), new Set(toRefs.map((n) => n.ref)), {
    source: `${from.key}@${from.version}`,
    target: `${to.key}@${to.version}`,
  });
  if (problems.length) throw invalid(file, 'crosswalk', problems);

  const existing = await store.findMappingSet(tx, doc.id);
  if (existing && source === 'imported') assertReplaceable(doc.id, existing.source, options.replace, 'crosswalk');
  const id = existing?.id ?? randomUUID();
  const row = {
    name: doc.name,
    description: doc.description ?? null,
    source_key: doc.source.catalogue,
    source_version: doc.source.version,
    target_key: doc.target.catalogue,
    target_version: doc.target.version,
    source,
    provenance_json: JSON.stringify(doc.provenance),
    content_hash: options.contentHash ?? hashOf(JSON.stringify(doc)),
    loaded_at: (options.now ?? new Date()).toISOString(),
  };
  if (existing) await store.updateMappingSet(tx, id, row);
  else await store.insertMappingSet(tx, { id, key: doc.id, ...row });
  await store.replaceLinks(
    tx,
    id,
    doc.links.map((l, i) => ({ set_id: id, sort_order: i, source_ref: l.source, target_ref: l.target, relation: l.relation, note: l.note ?? null })),
  );
  return { id, key: doc.id, created: !existing, links: doc.links.length };
}

/** Sets one profile's expected levels (e.g. NHS England's DSPT profile for the year), in the caller's transaction. */
export async function saveProfile(tx: Db, doc: ProfileDocument, options: SaveOptions = {}): Promise<{ catalogue: string; profile: string; created: boolean; expected: number }> {
  const file = options.fileName ?? `${doc.catalogue.catalogue}@${doc.catalogue.version} profile ${doc.id}`;
  const catalogue = await store.findCatalogue(tx, doc.catalogue.catalogue, doc.catalogue.version);
  if (!catalogue) throw invalid(file, 'profile', [{ file, path: '$.catalogue', message: `there is no catalogue ${doc.catalogue.catalogue}@${doc.catalogue.version}` }]);
  const defaults = parseJson<string[] | null>(catalogue.default_levels_json, null);
  const nodes = new Map(
    (await store.nodeRefsOf(tx, catalogue.id)).map((n) => [n.ref, { assessable: n.assessable === 1, levels: n.assessable === 1 ? parseJson<string[] | null>(n.levels_json, null) ?? defaults ?? [] : [] }]),
  );
  const problems = checkProfileLevels(doc.expected, file, ['expected'], nodes);
  if (problems.length) throw invalid(file, 'profile', problems);
  const profiles = await store.profilesOf(tx, catalogue.id);
  const existing = profiles.find((p) => p.profile_id === doc.id);
  await store.upsertProfile(tx, {
    catalogue_id: catalogue.id,
    profile_id: doc.id,
    name: doc.name,
    description: doc.description ?? existing?.description ?? null,
    expected_json: JSON.stringify(doc.expected),
    origin: 'local',
    sort_order: existing?.sort_order ?? profiles.length,
    updated_at: (options.now ?? new Date()).toISOString(),
  });
  return { catalogue: `${catalogue.key}@${catalogue.version}`, profile: doc.id, created: !existing, expected: Object.keys(doc.expected).length };
}

/**
 * Attaches the publisher's own text (for example the official CIS safeguard titles, from the
 * workbook an installation downloads itself) to the nodes of a stored catalogue. It is kept apart
 * from our text and survives reloads of shipped content. Answers which refs matched no node.
 */
export async function applyOfficialText(
  tx: Db,
  catalogue: CatalogueRef,
  texts: Readonly<Record<string, { title?: string; description?: string }>>,
): Promise<{ updated: number; unknownRefs: string[] }> {
  const row = await getCatalogueRow(tx, catalogue.catalogue, catalogue.version);
  let updated = 0;
  const unknownRefs: string[] = [];
  for (const [ref, text] of Object.entries(texts)) {
    const n = await store.setLocalText(tx, row.id, ref, JSON.stringify(text));
    if (n === 0) unknownRefs.push(ref);
    updated += n;
  }
  return { updated, unknownRefs };
}

function assertReplaceable(ref: string, existingSource: CatalogueSource, replace: boolean | undefined, what: 'catalogue' | 'crosswalk') {
  if (existingSource === 'shipped') {
    throw new Conflict(`${ref} ships with Bulwark, so an import cannot replace it. Give your ${what} a different id or version.`);
  }
  if (!replace) throw new Conflict(`${ref} has already been imported. Import it again with replace to overwrite it.`);
}

// --- Shipped content -----------------------------------------------------------------------------

/**
 * Loads the catalogues and crosswalks in content/ that are new or changed since the last start
 * (compared by content hash), in one transaction. Unchanged content costs one query per table.
 */
export async function loadShippedContent(db: Db, engine: Engine, dir?: string): Promise<{ catalogues: number; crosswalks: number }> {
  const files = readShippedContent(dir);
  const stale = (hashes: Awaited<ReturnType<typeof store.contentHashes>>) => {
    const catalogueHashes = new Map(hashes.catalogues.filter((c) => c.source === 'shipped').map((c) => [`${c.key}@${c.version}`, c.content_hash]));
    const setHashes = new Map(hashes.sets.filter((s) => s.source === 'shipped').map((s) => [s.key, s.content_hash]));
    return {
      catalogues: files.catalogues.filter((f) => catalogueHashes.get(f.key) !== f.hash),
      crosswalks: files.crosswalks.filter((f) => setHashes.get(f.key) !== f.hash),
    };
  };
  const first = stale(await store.contentHashes(db));
  if (first.catalogues.length === 0 && first.crosswalks.length === 0) return { catalogues: 0, crosswalks: 0 };

  return inTransaction(db, async (tx) => {
    await store.lockCatalogues(tx, engine);
    // Another instance may have loaded it while this one waited for the lock.
    const pending = stale(await store.contentHashes(tx));
    for (const f of pending.catalogues) {
      await saveCatalogue(tx, validateCatalogue(f.value, f.fileName), 'shipped', { contentHash: f.hash, fileName: f.fileName });
    }
    for (const f of pending.crosswalks) {
      await saveMappingSet(tx, validateCrosswalk(f.value, f.fileName), 'shipped', { contentHash: f.hash, fileName: f.fileName });
    }
    return { catalogues: pending.catalogues.length, crosswalks: pending.crosswalks.length };
  });
}

// --- Importing and removing (system administrators) ----------------------------------------------

/** Validates a file in Bulwark's own format (JSON or YAML) and reports what is in it, storing nothing. */
export function checkFile(text: string, fileName: string): { kind: ImportResult['kind']; ref: string; nodes?: number; links?: number; expected?: number; nodeCounts?: Record<string, number> } {
  const parsed = parseDocumentText(text, fileName);
  if (!parsed.ok) throw invalid(fileName, 'catalogue', parsed.problems);
  const kind = documentKind(parsed.value);
  if (kind === 'catalogue') {
    const doc = validateCatalogue(parsed.value, fileName);
    return { kind, ref: catalogueKey(doc), nodes: doc.nodes.length, nodeCounts: countByType(doc.nodes) };
  }
  if (kind === 'crosswalk') {
    const doc = validateCrosswalk(parsed.value, fileName);
    return { kind, ref: doc.id, links: doc.links.length };
  }
  if (kind === 'profile') {
    const doc = validProfile(parsed.value, fileName);
    return { kind, ref: `${doc.catalogue.catalogue}@${doc.catalogue.version}/${doc.id}`, expected: Object.keys(doc.expected).length };
  }
  throw unknownFormat(fileName);
}

/** Imports a catalogue, crosswalk or profile file in Bulwark's own format: validate, store in one transaction, audit. */
export async function importFile(ctx: ChangeContext, text: string, fileName: string, options: { replace?: boolean } = {}): Promise<ImportResult> {
  const parsed = parseDocumentText(text, fileName);
  if (!parsed.ok) throw invalid(fileName, 'catalogue', parsed.problems);
  return importDocument(ctx, parsed.value, fileName, options);
}

export async function importDocument(ctx: ChangeContext, value: unknown, fileName: string, options: { replace?: boolean } = {}): Promise<ImportResult> {
  const kind = documentKind(value);
  const saveOptions = { fileName, now: ctx.now, ...(options.replace ? { replace: true } : {}) };
  if (kind === 'catalogue') {
    const doc = validateCatalogue(value, fileName);
    return inTransaction(ctx.db, async (tx) => {
      const saved = await saveCatalogue(tx, doc, 'imported', saveOptions);
      const result: ImportResult = { kind, ref: saved.ref, created: saved.created, nodes: saved.nodes };
      await recordAudit(tx, ctx.actor, { action: 'catalogue.import', entityType: 'catalogue', entityId: saved.id, after: { ...result, file: fileName } }, ctx.now);
      return result;
    });
  }
  if (kind === 'crosswalk') {
    const doc = validateCrosswalk(value, fileName);
    return inTransaction(ctx.db, async (tx) => {
      const saved = await saveMappingSet(tx, doc, 'imported', saveOptions);
      const result: ImportResult = { kind, ref: saved.key, created: saved.created, links: saved.links };
      await recordAudit(tx, ctx.actor, { action: 'catalogue.import', entityType: 'crosswalk', entityId: saved.id, after: { ...result, file: fileName } }, ctx.now);
      return result;
    });
  }
  if (kind === 'profile') {
    const doc = validProfile(value, fileName);
    return inTransaction(ctx.db, async (tx) => {
      const catalogue = await getCatalogueRow(tx, doc.catalogue.catalogue, doc.catalogue.version);
      const before = (await store.profilesOf(tx, catalogue.id)).find((p) => p.profile_id === doc.id);
      const saved = await saveProfile(tx, doc, saveOptions);
      const result: ImportResult = { kind, ref: `${saved.catalogue}/${saved.profile}`, created: saved.created, expected: saved.expected };
      await recordAudit(
        tx,
        ctx.actor,
        {
          action: 'catalogue.profile.set',
          entityType: 'catalogue-profile',
          entityId: result.ref,
          ...(before ? { before: { name: before.name, expected: parseJson<Record<string, string>>(before.expected_json, {}) } } : {}),
          after: { name: doc.name, expected: doc.expected },
        },
        ctx.now,
      );
      return result;
    });
  }
  throw unknownFormat(fileName);
}

/** Removes an imported catalogue (shipped ones stay) with its nodes, profiles and any imported crosswalks that use it. */
export async function removeCatalogue(ctx: ChangeContext, key: string, version: string): Promise<{ ref: string; crosswalksRemoved: number }> {
  return inTransaction(ctx.db, async (tx) => {
    const row = await getCatalogueRow(tx, key, version);
    const ref = `${row.key}@${row.version}`;
    if (row.source === 'shipped') throw new Conflict(`${ref} ships with Bulwark and cannot be removed.`);
    const sets = await store.mappingSetsTouching(tx, key, version);
    for (const set of sets) await store.deleteMappingSet(tx, set.id);
    await store.deleteCatalogue(tx, row.id);
    await recordAudit(
      tx,
      ctx.actor,
      { action: 'catalogue.remove', entityType: 'catalogue', entityId: row.id, before: { ref, name: row.name, crosswalks: sets.map((s) => s.key) } },
      ctx.now,
    );
    return { ref, crosswalksRemoved: sets.length };
  });
}

function validProfile(value: unknown, fileName: string): ProfileDocument {
  const { doc, problems } = profileDocumentProblems(value, fileName);
  if (!doc) throw invalid(fileName, 'profile', problems);
  return doc;
}

function unknownFormat(fileName: string): ValidationFailed {
  return new ValidationFailed(`${fileName} is not a Bulwark catalogue, crosswalk or profile.`, [
    { field: `${fileName}:$.format`, message: `must be "${CATALOGUE_FORMAT}", "${CROSSWALK_FORMAT}" or "${PROFILE_FORMAT}"` },
  ]);
}

// --- Reading ---------------------------------------------------------------------------------------

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

export async function getCatalogue(db: Db, key: string, version: string): Promise<CatalogueDetail> {
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
  let within: CatalogueRow[] | null = null;
  if (query.catalogue) {
    const [key, version] = splitSpec(query.catalogue);
    within = catalogues.filter((c) => c.key === key && (!version || c.version === version));
    if (within.length === 0) throw new NotFound(`There is no catalogue ${query.catalogue}.`);
  }
  const words = query.q.trim();
  const rows = await store.searchNodes(db, words, within?.map((c) => c.id) ?? null, 500);
  const byId = new Map(catalogues.map((c) => [c.id, c]));
  const lower = words.toLowerCase();
  const rank = (n: CatalogueNodeRow) => (n.ref.toLowerCase() === lower ? 0 : n.ref.toLowerCase().startsWith(lower) ? 1 : 2);
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

export async function listCrosswalks(db: Db): Promise<CrosswalkSummary[]> {
  return (await store.allMappingSets(db)).map((s) => ({
    key: s.key,
    name: s.name,
    description: s.description,
    source: { key: s.source_key, version: s.source_version, ref: `${s.source_key}@${s.source_version}` },
    target: { key: s.target_key, version: s.target_version, ref: `${s.target_key}@${s.target_version}` },
    origin: s.source,
    provenance: parseJson<Provenance>(s.provenance_json, {} as Provenance),
    links: s.links,
  }));
}

/** Every link between two catalogue versions, read from the first to the second whichever way each crosswalk was written. */
export async function crosswalkBetween(db: Db, sourceSpec: string, targetSpec: string): Promise<CrosswalkLinks> {
  const [a, b] = await Promise.all([resolveCatalogue(db, sourceSpec), resolveCatalogue(db, targetSpec)]);
  const [from, to] = await Promise.all([getCatalogueRow(db, a.key, a.version), getCatalogueRow(db, b.key, b.version)]);
  const sets = await store.mappingSetsBetween(db, a, b);
  const [links, fromNodes, toNodes] = await Promise.all([store.linksOf(db, sets.map((s) => s.id)), store.nodeRefsOf(db, from.id), store.nodeRefsOf(db, to.id)]);
  const titles = (nodes: typeof fromNodes) => new Map(nodes.map((n) => [n.ref, n]));
  const fromTitles = titles(fromNodes);
  const toTitles = titles(toNodes);
  const reversed = (s: CatalogueMappingSetRow) => !(s.source_key === a.key && s.source_version === a.version);
  const setById = new Map(sets.map((s) => [s.id, s]));
  const orderIn = (map: typeof fromTitles, ref: string) => map.get(ref)?.sort_order ?? Number.MAX_SAFE_INTEGER;
  const end = (map: typeof fromTitles, ref: string) => ({ ref, title: map.get(ref)?.title ?? null, type: map.get(ref)?.type ?? null });
  return {
    source: { key: from.key, version: from.version, ref: `${from.key}@${from.version}`, name: from.name },
    target: { key: to.key, version: to.version, ref: `${to.key}@${to.version}`, name: to.name },
    crosswalks: sets.map((s) => ({ key: s.key, name: s.name, reversed: reversed(s), provenance: parseJson<Provenance>(s.provenance_json, {} as Provenance) })),
    // In the source catalogue's reading order, then the target's, whichever way the crosswalk was written.
    links: links
      .map((l) => {
        const set = setById.get(l.set_id)!;
        const back = reversed(set);
        const [sourceRef, targetRef] = back ? [l.target_ref, l.source_ref] : [l.source_ref, l.target_ref];
        return {
          source: end(fromTitles, sourceRef),
          target: end(toTitles, targetRef),
          relation: back ? reverseRelation(l.relation as Relation) : (l.relation as Relation),
          note: l.note,
          crosswalk: set.key,
        };
      })
      .sort((x, y) => orderIn(fromTitles, x.source.ref) - orderIn(fromTitles, y.source.ref) || orderIn(toTitles, x.target.ref) - orderIn(toTitles, y.target.ref)),
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

// --- One organisation's expected levels and status labels ------------------------------------------

/** The organisation's expected level per assessable node (its own, else its base profile's) and its status labels. */
export async function getOrgSettings(db: Db, orgId: string, key: string, version: string): Promise<OrgCatalogueSettings> {
  const catalogue = await getCatalogueRow(db, key, version);
  const [row, nodes, profiles] = await Promise.all([store.findOrgSettings(db, orgId, catalogue.id), store.nodesOf(db, catalogue.id), store.profilesOf(db, catalogue.id)]);
  const settings = settingsOf(row);
  const base = parseJson<Record<string, string>>(profiles.find((p) => p.profile_id === settings.baseProfile)?.expected_json ?? null, {});
  const defaults = parseJson<string[] | null>(catalogue.default_levels_json, null);
  return {
    catalogue: { key: catalogue.key, version: catalogue.version, ref: `${catalogue.key}@${catalogue.version}`, name: catalogue.name },
    baseProfile: settings.baseProfile,
    expected: nodes
      .filter((n) => n.assessable === 1)
      .map((n) => ({ ref: n.ref, title: n.title, levels: toNodeView(n, catalogue, defaults).levels, ...effectiveLevel(settings, base, n.ref) })),
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
  if (change.version !== current) {
    throw new Conflict('Someone else changed these expected levels since you loaded them. Reload them and try again.');
  }
  const result = applySettingsChange(settingsOf(before), change, await catalogueFacts(tx, catalogue));
  if ('problems' in result) {
    throw new ValidationFailed(`The expected levels were not saved: ${result.problems.length} ${result.problems.length === 1 ? 'problem' : 'problems'}.`, result.problems);
  }
  const next = result.settings;
  const row: OrganisationCatalogueSettingsRow = {
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
  else if (!(await store.updateOrgSettings(tx, row, current))) {
    throw new Conflict('Someone else changed these expected levels since you loaded them. Reload them and try again.');
  }
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

function settingsOf(row: OrganisationCatalogueSettingsRow | undefined): OrgSettings {
  return {
    expected: parseJson<Record<string, string>>(row?.expected_json ?? null, {}),
    baseProfile: row?.base_profile_id ?? null,
    statusLabels: parseJson<Record<string, string>>(row?.status_labels_json ?? null, {}),
  };
}

async function catalogueFacts(db: Db, catalogue: CatalogueRow): Promise<CatalogueFacts> {
  const defaults = parseJson<string[] | null>(catalogue.default_levels_json, null);
  const [nodes, profiles] = await Promise.all([store.nodeRefsOf(db, catalogue.id), store.profilesOf(db, catalogue.id)]);
  return {
    nodes: new Map(nodes.map((n) => [n.ref, { assessable: n.assessable === 1, levels: n.assessable === 1 ? (parseJson<string[] | null>(n.levels_json, null) ?? defaults ?? []) : [] }])),
    statusLabels: parseJson<StatusLabel[]>(catalogue.status_labels_json, []),
    profiles: new Map(profiles.map((p) => [p.profile_id, parseJson<Record<string, string>>(p.expected_json, {})])),
  };
}

// --- Views -------------------------------------------------------------------------------------------

async function getCatalogueRow(db: Db, key: string, version: string): Promise<CatalogueRow> {
  const row = await store.findCatalogue(db, key, version);
  if (!row) {
    const versions = (await store.versionsOf(db, key)).sort(compareVersions);
    throw new NotFound(
      versions.length ? `There is no version ${version} of ${key}; there is ${versions.join(', ')}.` : `There is no catalogue "${key}". \`bulwark catalogue list\` shows them all.`,
    );
  }
  return row;
}

function splitSpec(spec: string): [string, string | undefined] {
  const at = spec.indexOf('@');
  return at === -1 ? [spec.trim(), undefined] : [spec.slice(0, at).trim(), spec.slice(at + 1).trim() || undefined];
}

function toSummary(row: CatalogueRow, counts: Array<{ type: string; nodes: number; assessable: number }>, profiles: CatalogueProfileRow[]): CatalogueSummary {
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

function toProfileSummary(p: CatalogueProfileRow): ProfileSummary {
  return {
    id: p.profile_id,
    name: p.name,
    description: p.description,
    expectedCount: Object.keys(parseJson<Record<string, string>>(p.expected_json, {})).length,
    origin: p.origin,
    updatedAt: p.updated_at,
  };
}

function toNodeView(n: CatalogueNodeRow, catalogue: Pick<CatalogueRow, 'key' | 'version'>, defaultLevels: string[] | null): CatalogueNodeView {
  const assessable = n.assessable === 1;
  return {
    ref: n.ref,
    urn: nodeUrn({ catalogue: catalogue.key, version: catalogue.version }, n.ref),
    parentRef: n.parent_ref,
    type: n.type,
    title: n.title,
    description: n.description,
    guidance: n.guidance,
    assessable,
    levels: assessable ? (parseJson<string[] | null>(n.levels_json, null) ?? defaultLevels ?? []) : [],
    implementationGroups: parseJson<string[]>(n.groups_json, []),
    attributes: parseJson<CatalogueNodeView['attributes']>(n.attributes_json, {}),
    depth: n.depth,
    officialText: parseJson<CatalogueNodeView['officialText']>(n.local_text_json, null),
  };
}

function parseJson<T>(text: string | null, fallback: T): T {
  return text === null ? fallback : (JSON.parse(text) as T);
}

function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

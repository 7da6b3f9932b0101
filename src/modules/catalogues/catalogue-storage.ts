// Storing validated documents in the caller's transaction: catalogues, crosswalks, profiles and an
// installation's own copy of a publisher's text. Shipped content and every importer come through here.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../platform/db/database.js';
import { Conflict } from '../../platform/errors.js';
import {
  type CatalogueDocument,
  type CatalogueRef,
  catalogueKey,
  checkCrosswalkRefs,
  checkProfileLevels,
  CROSSWALK_FORMAT,
  type CrosswalkDocument,
  invalid,
  type ProfileDocument,
} from './domain/catalogue-format.js';
import { placeNodes } from './domain/catalogue-tree.js';
import { type CatalogueSource, getCatalogueRow, hashOf, levelsOfNode, parseJson } from './catalogue-rows.js';
import * as store from './store.js';

export interface SaveOptions {
  /** SHA-256 of the file the document came from; defaults to a hash of the document. */
  contentHash?: string;
  /** Overwrite an imported catalogue or crosswalk with the same id and version. */
  replace?: boolean;
  /** The file the document came from, for problems that name it. */
  fileName?: string;
  now?: Date;
  /**
   * Keep nodes this installation added under the catalogue's own (indicator checklists from a WebCAF
   * file) when the document does not have them: a new release of a shipped file knows nothing of them.
   * Only start-up's reload of shipped content asks for this; an import that rewrites the catalogue
   * says exactly which nodes it should have.
   */
  keepAddedNodes?: boolean;
}

export interface SavedCatalogue {
  id: string;
  ref: string;
  created: boolean;
  nodes: number;
}

export interface SavedCrosswalk {
  id: string;
  key: string;
  created: boolean;
  links: number;
}

export interface SavedProfile {
  catalogue: string;
  profile: string;
  created: boolean;
  expected: number;
}

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
  const nodes: store.NewCatalogueNode[] = placeNodes(doc.nodes).map(({ node, depth, sortOrder }) => ({
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
  // So do nodes an installation added under the shipped ones, while their parent is still there.
  if (options.keepAddedNodes) {
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
      .map((p, i): store.NewCatalogueProfile => ({
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

/** Removes a crosswalk an earlier import stored (shipped ones stay), in the caller's transaction; answers whether there was one. */
export async function removeImportedCrosswalk(tx: Db, key: string): Promise<boolean> {
  const existing = await store.findMappingSet(tx, key);
  if (!existing || existing.source !== 'imported') return false;
  await store.deleteMappingSet(tx, existing.id);
  return true;
}

/** Sets one profile's expected levels (e.g. NHS England's DSPT profile for the year), in the caller's transaction. */
export async function saveProfile(tx: Db, doc: ProfileDocument, options: SaveOptions = {}): Promise<SavedProfile> {
  const file = options.fileName ?? `${doc.catalogue.catalogue}@${doc.catalogue.version} profile ${doc.id}`;
  const catalogue = await store.findCatalogue(tx, doc.catalogue.catalogue, doc.catalogue.version);
  if (!catalogue) throw invalid(file, 'profile', [{ file, path: '$.catalogue', message: `there is no catalogue ${doc.catalogue.catalogue}@${doc.catalogue.version}` }]);
  const defaults = parseJson<string[] | null>(catalogue.default_levels_json, null);
  const nodes = new Map((await store.nodeRefsOf(tx, catalogue.id)).map((n) => [n.ref, { assessable: n.assessable === 1, levels: levelsOfNode(n, defaults) }]));
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

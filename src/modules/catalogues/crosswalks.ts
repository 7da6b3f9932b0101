// Crosswalks: which ones this installation holds, and every link between two catalogue versions read
// from the first to the second, whichever way round each crosswalk was written.
import type { CrosswalkLinks, CrosswalkSummary } from '../../contract/catalogues.js';
import type { Db } from '../../platform/db/database.js';
import type { Provenance, Relation } from './domain/catalogue-format.js';
import { reverseRelation } from './domain/catalogue-tree.js';
import { nodeLabel } from './domain/node-label.js';
import { getCatalogueRow, parseJson } from './catalogue-rows.js';
import { resolveCatalogue } from './catalogue-reading.js';
import { cachedRead } from './catalogue-cache.js';
import * as store from './store.js';

export function listCrosswalks(db: Db): Promise<CrosswalkSummary[]> {
  return cachedRead(db, 'crosswalks', () => loadCrosswalks(db));
}

async function loadCrosswalks(db: Db): Promise<CrosswalkSummary[]> {
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
export function crosswalkBetween(db: Db, sourceSpec: string, targetSpec: string): Promise<CrosswalkLinks> {
  return cachedRead(db, `links:${sourceSpec}>${targetSpec}`, () => loadCrosswalkBetween(db, sourceSpec, targetSpec));
}

async function loadCrosswalkBetween(db: Db, sourceSpec: string, targetSpec: string): Promise<CrosswalkLinks> {
  const [a, b] = await Promise.all([resolveCatalogue(db, sourceSpec), resolveCatalogue(db, targetSpec)]);
  const [from, to] = await Promise.all([getCatalogueRow(db, a.key, a.version), getCatalogueRow(db, b.key, b.version)]);
  const sets = await store.mappingSetsBetween(db, a, b);
  const [links, fromNodes, toNodes] = await Promise.all([store.linksOf(db, sets.map((s) => s.id)), store.nodeRefsOf(db, from.id), store.nodeRefsOf(db, to.id)]);
  // Each end is named as lists name a node: its label, from the imported statement when it has no name of its own.
  const titles = (nodes: typeof fromNodes) =>
    new Map(
      nodes.map((n) => [
        n.ref,
        { ...n, title: nodeLabel({ ref: n.ref, title: n.title, sourceRef: parseJson<Record<string, unknown>>(n.attributes_json, {}).sourceRef, officialText: parseJson(n.local_text_json, null) }) },
      ]),
    );
  const fromTitles = titles(fromNodes);
  const toTitles = titles(toNodes);
  const reversed = (s: store.CatalogueMappingSetRow) => !(s.source_key === a.key && s.source_version === a.version);
  const setById = new Map(sets.map((s) => [s.id, s]));
  const orderIn = (map: typeof fromTitles, ref: string) => map.get(ref)?.sort_order ?? Number.MAX_SAFE_INTEGER;
  const end = (map: typeof fromTitles, ref: string) => ({ ref, title: map.get(ref)?.title ?? null, type: map.get(ref)?.type ?? null });
  return {
    source: { key: from.key, version: from.version, ref: `${from.key}@${from.version}`, name: from.name, shortName: from.short_name },
    target: { key: to.key, version: to.version, ref: `${to.key}@${to.version}`, name: to.name, shortName: to.short_name },
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

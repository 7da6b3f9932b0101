// Reads a CISO Assistant library file (its "library YAML": a framework as a flat list of requirement
// nodes linked by parent_urn, and/or requirement mapping sets between frameworks) and turns it into
// our catalogue and crosswalk documents. The library's own text is the publisher's, so it goes in
// each node's officialText: kept by this installation, never shipped.
import { z } from 'zod';
import {
  CATALOGUE_FORMAT,
  CROSSWALK_FORMAT,
  type CatalogueDocument,
  type CatalogueNode,
  type CatalogueRef,
  type CrosswalkDocument,
  type MappingLink,
  type Relation,
} from '../domain/catalogue-format.js';
import type { FieldProblem } from '../../../platform/errors.js';
import { reverseRelation } from '../domain/catalogue-tree.js';
import { failure, readWithSchema, yamlProblem, type SafeYaml } from './safe-yaml.js';

/** YAML writes `ref_id: 1` and `version: 2` as numbers; both are identifiers here. */
const text = z.union([z.string(), z.number()]).transform(String);

const requirementNodeSchema = z.looseObject({
  urn: z.string().min(1, 'must not be empty'),
  parent_urn: z.string().nullish(),
  ref_id: text.nullish(),
  name: text.nullish(),
  description: text.nullish(),
  assessable: z.boolean(),
  depth: z.number().int().nullish(),
  implementation_groups: z.array(text).nullish(),
});

const implementationGroupSchema = z.looseObject({ ref_id: text, name: text.nullish(), description: text.nullish() });

const frameworkSchema = z.looseObject({
  urn: z.string().min(1, 'must not be empty'),
  ref_id: text.nullish(),
  name: text,
  description: text.nullish(),
  implementation_groups_definition: z.array(implementationGroupSchema).nullish(),
  requirement_nodes: z.array(requirementNodeSchema).min(1, 'must list at least one requirement node').max(20000, 'must list at most 20,000 requirement nodes'),
});

const requirementMappingSchema = z.looseObject({
  source_requirement_urn: z.string().min(1, 'must not be empty'),
  target_requirement_urn: z.string().min(1, 'must not be empty'),
  relationship: z.string(),
  rationale: text.nullish(),
});

const mappingSetSchema = z.looseObject({
  urn: z.string().min(1, 'must not be empty'),
  ref_id: text.nullish(),
  name: text.nullish(),
  source_framework_urn: z.string().min(1, 'must not be empty'),
  target_framework_urn: z.string().min(1, 'must not be empty'),
  requirement_mappings: z.array(requirementMappingSchema).max(20000, 'must list at most 20,000 mappings'),
});

const librarySchema = z.looseObject({
  urn: z.string().min(1, 'must not be empty'),
  ref_id: text.nullish(),
  name: text,
  description: text.nullish(),
  copyright: text.nullish(),
  version: text.nullish(),
  publication_date: text.nullish(),
  provider: text.nullish(),
  packager: text.nullish(),
  objects: z.looseObject({
    framework: frameworkSchema.nullish(),
    requirement_mapping_sets: z.array(mappingSetSchema).nullish(),
    // Older libraries carry a single set under this name.
    requirement_mapping_set: mappingSetSchema.nullish(),
  }),
});

export type CisoLibrary = z.infer<typeof librarySchema>;
type CisoFramework = z.infer<typeof frameworkSchema>;
type CisoMappingSet = z.infer<typeof mappingSetSchema>;

/** CISO Assistant's relationship words, and ours ("source <relation> target" in both). */
const RELATIONSHIPS: Record<string, Relation | null> = {
  equal: 'equal',
  subset: 'subset',
  superset: 'superset',
  intersect: 'intersects',
  intersects: 'intersects',
  related: 'related',
  // A link saying two requirements are not related is no link: it is left out and counted.
  not_related: null,
};

/** The compliance scale CISO Assistant itself records a requirement's result on. */
export const CISO_LEVELS = [
  { id: 'non-compliant', label: 'Non-compliant' },
  { id: 'partially-compliant', label: 'Partially compliant' },
  { id: 'compliant', label: 'Compliant' },
];

const REF = /^[A-Za-z0-9][A-Za-z0-9 .()_:/-]*$/;

/** Is this parsed YAML a CISO Assistant library? (It has a library URN and an `objects` section.) */
export function looksLikeCisoAssistant(value: unknown): boolean {
  if (!isRecord(value) || !isRecord(value.objects)) return false;
  return typeof value.urn === 'string' && ('framework' in value.objects || 'requirement_mapping_sets' in value.objects || 'requirement_mapping_set' in value.objects);
}

/** Checks the library's shape, naming the path and line of every fault. */
export function readCisoAssistantLibrary(yaml: SafeYaml, fileLabel: string): CisoLibrary {
  const library = readWithSchema(yaml, librarySchema, fileLabel, 'CISO Assistant library');
  if (!library.objects.framework && mappingSetsOf(library).length === 0) {
    throw failure(`${fileLabel} is not a CISO Assistant library Bulwark can import`, [
      yamlProblem(yaml, ['objects'], 'has neither a framework nor requirement_mapping_sets; Bulwark imports those two kinds of object'),
    ]);
  }
  return library;
}

export function mappingSetsOf(library: CisoLibrary): CisoMappingSet[] {
  return [...(library.objects.requirement_mapping_sets ?? []), ...(library.objects.requirement_mapping_set ? [library.objects.requirement_mapping_set] : [])];
}

export interface FrameworkConversion {
  doc: CatalogueDocument;
  /** For each of doc.nodes, the YAML path of the requirement node it came from (to place errors). */
  sourcePaths: Array<Array<string | number>>;
  /** The framework's URN, and each requirement URN (lower case, as CISO Assistant compares them) → our ref. */
  frameworkUrn: string;
  refByUrn: Map<string, string>;
}

export interface ConversionOptions {
  /** The catalogue id and version to store it as; derived from the framework's ref_id when absent. */
  as?: CatalogueRef;
  /** When the import happens (for the provenance note when the file has no publication date). */
  now: Date;
}

/**
 * The library's framework as a catalogue document: requirement nodes become nodes (their ref_id as
 * ref), parent_urn becomes parentRef, implementation groups carry over, and the publisher's name
 * and description go to officialText. Problems that only the file can fix are thrown with lines.
 */
export function frameworkToCatalogue(yaml: SafeYaml, library: CisoLibrary, fileLabel: string, options: ConversionOptions): FrameworkConversion {
  const framework = library.objects.framework;
  if (!framework) throw new Error('frameworkToCatalogue needs a library with a framework');
  const base = ['objects', 'framework'];
  const problems: FieldProblem[] = [];

  const urnIndex = new Map<string, number>();
  framework.requirement_nodes.forEach((node, i) => {
    const urn = node.urn.toLowerCase();
    const earlier = urnIndex.get(urn);
    if (earlier !== undefined) problems.push(yamlProblem(yaml, [...base, 'requirement_nodes', i, 'urn'], `the urn is already used by requirement_nodes[${earlier}]; each node needs its own`, node.urn));
    else urnIndex.set(urn, i);
  });
  const refs = assignRefs(framework);
  framework.requirement_nodes.forEach((node, i) => {
    const parent = node.parent_urn?.toLowerCase();
    if (parent && !urnIndex.has(parent)) {
      problems.push(yamlProblem(yaml, [...base, 'requirement_nodes', i, 'parent_urn'], `no requirement node in this framework has the urn ${JSON.stringify(node.parent_urn)}`, node.parent_urn));
    }
    if (parent && parent === node.urn.toLowerCase()) problems.push(yamlProblem(yaml, [...base, 'requirement_nodes', i, 'parent_urn'], 'a node cannot be its own parent', node.parent_urn));
    if (refs.clashes.has(i)) {
      problems.push(yamlProblem(yaml, [...base, 'requirement_nodes', i, 'ref_id'], `two nodes would have the reference ${JSON.stringify(refs.byIndex[i])}; give each a distinct ref_id`, refs.byIndex[i]));
    }
  });
  const groupIds = new Map<string, string>();
  (framework.implementation_groups_definition ?? []).forEach((group, g) => {
    const id = toKey(group.ref_id);
    if (!id) problems.push(yamlProblem(yaml, [...base, 'implementation_groups_definition', g, 'ref_id'], 'must contain a letter or digit', group.ref_id));
    else groupIds.set(group.ref_id, id);
  });
  framework.requirement_nodes.forEach((node, i) => {
    (node.implementation_groups ?? []).forEach((group, g) => {
      if (!groupIds.has(group)) {
        problems.push(yamlProblem(yaml, [...base, 'requirement_nodes', i, 'implementation_groups', g], `"${group}" is not one of the framework's implementation_groups_definition`, group));
      }
    });
  });
  if (problems.length) throw failure(`${fileLabel} has problems in its framework`, problems);

  const as = options.as ?? catalogueRefFor(framework, library);
  const siblingCount = new Map<string, number>();
  const nodes: CatalogueNode[] = framework.requirement_nodes.map((node, i) => {
    const parentIndex = node.parent_urn ? urnIndex.get(node.parent_urn.toLowerCase()) : undefined;
    const parentRef = parentIndex === undefined ? null : refs.byIndex[parentIndex]!;
    const order = siblingCount.get(parentRef ?? '') ?? 0;
    siblingCount.set(parentRef ?? '', order + 1);
    const name = node.name?.trim() || undefined;
    const description = node.description?.trim() || undefined;
    const ref = refs.byIndex[i]!;
    const officialTitle = name && name.length <= 500 ? name : undefined;
    const officialDescription = [name && name.length > 500 ? name : undefined, description].filter(Boolean).join('\n\n') || undefined;
    const groups = (node.implementation_groups ?? []).map((g) => groupIds.get(g)!);
    return {
      ref,
      parentRef,
      type: node.assessable ? 'requirement' : 'section',
      title: truncate(name ?? (node.ref_id?.trim() || ref), 300),
      assessable: node.assessable,
      ...(groups.length ? { implementationGroups: [...new Set(groups)] } : {}),
      attributes: { sourceUrn: node.urn.slice(0, 500), ...(node.ref_id && node.ref_id !== ref ? { sourceRef: node.ref_id.slice(0, 500) } : {}) },
      order,
      ...(officialTitle || officialDescription
        ? { officialText: { ...(officialTitle ? { title: officialTitle } : {}), ...(officialDescription ? { description: officialDescription.slice(0, 20000) } : {}) } }
        : {}),
    } satisfies CatalogueNode;
  });

  const groupsDefinition = framework.implementation_groups_definition ?? [];
  const doc: CatalogueDocument = {
    format: CATALOGUE_FORMAT,
    id: as.catalogue,
    version: as.version,
    name: truncate(framework.name.trim() || library.name.trim(), 200),
    kind: 'framework',
    provenance: provenanceFor(library, framework.urn, as.version, options.now),
    levels: CISO_LEVELS,
    defaultLevels: CISO_LEVELS.map((l) => l.id),
    ...(groupsDefinition.length
      ? { implementationGroups: groupsDefinition.map((g) => ({ id: groupIds.get(g.ref_id)!, label: truncate(g.name?.trim() || g.ref_id, 80) })) }
      : {}),
    nodes,
  };
  const refByUrn = new Map<string, string>();
  framework.requirement_nodes.forEach((node, i) => refByUrn.set(node.urn.toLowerCase(), refs.byIndex[i]!));
  return {
    doc,
    sourcePaths: framework.requirement_nodes.map((_, i) => [...base, 'requirement_nodes', i]),
    frameworkUrn: framework.urn.toLowerCase(),
    refByUrn,
  };
}

/** A catalogue a mapping set's framework URN stands for, and how to find a requirement's ref in it. */
export interface ResolvedFramework {
  catalogue: CatalogueRef;
  /** The ref of the node a requirement URN names, or undefined when there is none. */
  refOf(requirementUrn: string): string | undefined;
}

export interface CrosswalkConversion {
  doc: CrosswalkDocument;
  /** The YAML path of the mapping set. */
  sourcePath: Array<string | number>;
  /** Links CISO Assistant marks "not_related", which carry no link and are left out. */
  skippedNotRelated: number;
  /** Ids the file's other mapping sets would have had, folded into this one because they are it read the other way round. */
  reverseIds: string[];
  /** What did not become a link of its own, said for a person: repeated mappings, a set and its reverse stored once. */
  notices: string[];
}

/** Repeated mappings named one by one in a notice; beyond this, counted. */
const MAX_REPEATS_LISTED = 5;

/**
 * Each mapping set as a crosswalk between two catalogues. `resolve` says which catalogue a framework
 * URN stands for (the framework in the same file, one imported earlier, or one the person named);
 * a framework or requirement it cannot place is an error naming the line. A mapping repeated within a
 * set becomes one link, and is reported. A set between the same two catalogues the other way round
 * (CISO Assistant writes every mapping file as a set and its "-revert") is the same crosswalk read
 * backwards, since Bulwark reads every crosswalk either way: it is folded into the first, so each link
 * is stored once, and any link only the reverse set makes is kept, turned round.
 */
export function mappingSetsToCrosswalks(
  yaml: SafeYaml,
  library: CisoLibrary,
  fileLabel: string,
  resolve: (frameworkUrn: string) => ResolvedFramework | undefined,
  now: Date,
): CrosswalkConversion[] {
  const problems: FieldProblem[] = [];
  const conversions: CrosswalkConversion[] = [];
  const fromList = library.objects.requirement_mapping_sets ?? [];
  const sets: Array<{ set: CisoMappingSet; path: Array<string | number> }> = [
    ...fromList.map((set, i) => ({ set, path: ['objects', 'requirement_mapping_sets', i] })),
    ...(library.objects.requirement_mapping_set ? [{ set: library.objects.requirement_mapping_set, path: ['objects', 'requirement_mapping_set'] }] : []),
  ];
  const usedIds = new Set<string>();
  for (const { set, path } of sets) {
    const source = resolve(set.source_framework_urn.toLowerCase());
    const target = resolve(set.target_framework_urn.toLowerCase());
    if (!source) problems.push(yamlProblem(yaml, [...path, 'source_framework_urn'], unknownFramework(set.source_framework_urn), set.source_framework_urn));
    if (!target) problems.push(yamlProblem(yaml, [...path, 'target_framework_urn'], unknownFramework(set.target_framework_urn), set.target_framework_urn));
    if (!source || !target) continue;
    const links: MappingLink[] = [];
    const seen = new Map<string, number>();
    const repeats: string[] = [];
    let skippedNotRelated = 0;
    set.requirement_mappings.forEach((mapping, m) => {
      const at = [...path, 'requirement_mappings', m];
      const relationKey = mapping.relationship.trim().toLowerCase().replace(/[\s-]+/g, '_');
      const relation = RELATIONSHIPS[relationKey];
      if (relation === undefined) {
        problems.push(yamlProblem(yaml, [...at, 'relationship'], `"${mapping.relationship}" is not a relationship Bulwark knows (equal, subset, superset, intersect, related or not_related)`, mapping.relationship));
        return;
      }
      if (relation === null) {
        skippedNotRelated++;
        return;
      }
      const sourceRef = source.refOf(mapping.source_requirement_urn.toLowerCase());
      const targetRef = target.refOf(mapping.target_requirement_urn.toLowerCase());
      if (!sourceRef) problems.push(yamlProblem(yaml, [...at, 'source_requirement_urn'], `${source.catalogue.catalogue}@${source.catalogue.version} has no requirement with this urn`, mapping.source_requirement_urn));
      if (!targetRef) problems.push(yamlProblem(yaml, [...at, 'target_requirement_urn'], `${target.catalogue.catalogue}@${target.catalogue.version} has no requirement with this urn`, mapping.target_requirement_urn));
      if (!sourceRef || !targetRef) return;
      // CISO Assistant files sometimes repeat a mapping; one link says it once, and the repeat is reported.
      const linkKey = `${sourceRef}\u0000${targetRef}\u0000${relation}`;
      const first = seen.get(linkKey);
      if (first !== undefined) {
        repeats.push(`requirement_mappings[${m}]${lineOf(yaml, at)} repeats requirement_mappings[${first}]${lineOf(yaml, [...path, 'requirement_mappings', first])} (${sourceRef} ${relation} ${targetRef})`);
        return;
      }
      seen.set(linkKey, m);
      links.push({ source: sourceRef, target: targetRef, relation });
    });
    if (links.length === 0) {
      problems.push(yamlProblem(yaml, [...path, 'requirement_mappings'], 'has no mappings Bulwark can import (a crosswalk needs at least one link)'));
      continue;
    }
    let id = toKey(set.ref_id ?? urnTail(set.urn)) ?? 'mapping';
    for (let n = 2; usedIds.has(id); n++) id = `${toKey(set.ref_id ?? urnTail(set.urn)) ?? 'mapping'}-${n}`;
    usedIds.add(id);
    const notices = repeats.length ? [repeatNotice(id, repeats)] : [];
    const forward = conversions.find((c) => sameCatalogue(c.doc.source, target.catalogue) && sameCatalogue(c.doc.target, source.catalogue));
    if (forward) {
      foldReverse(forward, id, links);
      forward.notices.push(...notices);
      forward.skippedNotRelated += skippedNotRelated;
      continue;
    }
    conversions.push({
      doc: {
        format: CROSSWALK_FORMAT,
        id,
        name: truncate(set.name?.trim() || `${source.catalogue.catalogue}@${source.catalogue.version} to ${target.catalogue.catalogue}@${target.catalogue.version}`, 200),
        source: source.catalogue,
        target: target.catalogue,
        provenance: provenanceFor(library, set.urn, String(library.version ?? '1'), now),
        links,
      },
      sourcePath: path,
      skippedNotRelated,
      reverseIds: [],
      notices,
    });
  }
  if (problems.length) throw failure(`${fileLabel} has problems in its mapping sets`, problems);
  return conversions;
}

function sameCatalogue(a: CatalogueRef, b: CatalogueRef): boolean {
  return a.catalogue === b.catalogue && a.version === b.version;
}

/** Adds a reverse set's links to the set it mirrors, turned round; only links it does not already make are added. */
function foldReverse(forward: CrosswalkConversion, reverseId: string, reverseLinks: MappingLink[]) {
  const key = (l: MappingLink) => `${l.source}\u0000${l.target}\u0000${l.relation}`;
  const known = new Set(forward.doc.links.map(key));
  const turned = reverseLinks.map((l) => ({ source: l.target, target: l.source, relation: reverseRelation(l.relation) }));
  const added = turned.filter((l) => !known.has(key(l)));
  forward.doc.links.push(...added);
  forward.reverseIds.push(reverseId);
  const mirrored = turned.length - added.length;
  forward.notices.push(
    `${reverseId} is ${forward.doc.id} read the other way round, so it is stored once, as ${forward.doc.id}, and read either way: ` +
      `${mirrored} of its ${turned.length} ${turned.length === 1 ? 'link is' : 'links are'} ${forward.doc.id}'s own, turned round` +
      (added.length ? `; the other ${added.length} ${added.length === 1 ? 'is' : 'are'} added to ${forward.doc.id}, in its direction.` : '.'),
  );
}

function repeatNotice(id: string, repeats: string[]): string {
  const listed = repeats.slice(0, MAX_REPEATS_LISTED).join('; ');
  const more = repeats.length > MAX_REPEATS_LISTED ? `; and ${repeats.length - MAX_REPEATS_LISTED} more` : '';
  return `${id}: ${repeats.length} ${repeats.length === 1 ? 'mapping repeats an earlier one' : 'mappings repeat earlier ones'} and ${repeats.length === 1 ? 'is' : 'are'} stored once: ${listed}${more}.`;
}

function lineOf(yaml: SafeYaml, path: Array<string | number>): string {
  const line = yaml.lineAt(path);
  return line ? ` (line ${line})` : '';
}

/**
 * Our catalogue id and version from the framework's ref_id: "ncsc-caf-3.2" → ncsc-caf @ 3.2. A ref_id
 * without a trailing version takes the library's packaging version.
 */
export function catalogueRefFor(framework: Pick<CisoFramework, 'ref_id' | 'urn'>, library: Pick<CisoLibrary, 'version'>): CatalogueRef {
  const source = (framework.ref_id ?? urnTail(framework.urn)).trim();
  const split = /^(.*?[A-Za-z].*?)[\s_-]+v?(\d+(?:[.-]\d+)*[a-z]?)$/i.exec(source);
  const id = toKey(split ? split[1]! : source) ?? 'imported-framework';
  const version = split ? split[2]!.replace(/-/g, '.') : String(library.version ?? '1').replace(/[^0-9A-Za-z._-]/g, '-').slice(0, 32) || '1';
  return { catalogue: id, version };
}

function assignRefs(framework: CisoFramework): { byIndex: string[]; clashes: Set<number> } {
  // A node's ref is its ref_id where that is a usable, unique reference; otherwise the last part of
  // its urn (which CISO Assistant keeps unique within a framework).
  const wanted = framework.requirement_nodes.map((node) => usableRef(node.ref_id));
  const count = new Map<string, number>();
  for (const ref of wanted) if (ref) count.set(ref, (count.get(ref) ?? 0) + 1);
  const byIndex = framework.requirement_nodes.map((node, i) => {
    const ref = wanted[i];
    return ref && count.get(ref) === 1 ? ref : (usableRef(urnTail(node.urn)) ?? `node-${i + 1}`);
  });
  const firstAt = new Map<string, number>();
  const clashes = new Set<number>();
  byIndex.forEach((ref, i) => {
    if (firstAt.has(ref)) clashes.add(i);
    else firstAt.set(ref, i);
  });
  return { byIndex, clashes };
}

function usableRef(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const cleaned = raw
    .trim()
    .replace(/[^A-Za-z0-9 .()_:/-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, 64)
    .trim();
  return cleaned && REF.test(cleaned) ? cleaned : undefined;
}

function provenanceFor(library: CisoLibrary, objectUrn: string, version: string, now: Date): CatalogueDocument['provenance'] {
  const date = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(library.publication_date ?? '') ? library.publication_date! : now.toISOString().slice(0, 10);
  const url = firstUrl(`${library.copyright ?? ''} ${library.description ?? ''}`) ?? 'https://github.com/intuitem/ciso-assistant-community';
  const copyright = library.copyright?.trim();
  const note = [
    `Imported from a CISO Assistant library (${library.urn}, library version ${library.version ?? 'not stated'}, packaged by ${library.packager ?? 'an unnamed packager'}) for this installation only.`,
    library.publication_date ? undefined : 'The file gives no publication date; the date shown is the day it was imported.',
    copyright && copyright.length > 200 ? `Copyright statement in full: ${copyright}` : undefined,
  ]
    .filter(Boolean)
    .join(' ');
  return {
    publisher: truncate(library.provider?.trim() || library.packager?.trim() || 'Not stated in the file', 200),
    version: truncate(version, 64),
    date,
    licence: truncate(copyright || 'Not stated in the file', 200),
    url,
    sources: [{ title: truncate(`CISO Assistant object ${objectUrn}`, 300) }],
    note: truncate(note, 2000),
  };
}

function unknownFramework(urn: string): string {
  return `no catalogue in this file or in Bulwark stands for the framework ${urn}; import that framework first, or name the catalogue with --map ${urn}=<catalogue>@<version>`;
}

/** Lower-case letters, digits and hyphens, starting with a letter: our catalogue and mapping ids. */
export function toKey(raw: string): string | undefined {
  const slug = raw
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!slug) return undefined;
  return (/^[a-z]/.test(slug) ? slug : `x-${slug}`).slice(0, 63).replace(/-+$/, '');
}

function urnTail(urn: string): string {
  return urn.slice(urn.lastIndexOf(':') + 1);
}

function firstUrl(textWithUrls: string): string | undefined {
  // A URL at the end of a sentence carries its full stop; that is not part of the address.
  const found = /https?:\/\/[^\s'"<>)\]]+/.exec(textWithUrls)?.[0]?.replace(/[.,;:!?]+$/, '');
  return found && URL.canParse(found) ? found : undefined;
}

function truncate(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

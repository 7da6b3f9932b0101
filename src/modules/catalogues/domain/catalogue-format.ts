// The catalogue file format: how a framework version (CAF, DSPT, CIS Controls, …) and a crosswalk
// between two of them are written down as data. Shipped files in content/ and files people import
// are checked here, schema first and then integrity, before anything is stored.
//
// A catalogue document ("format": "bulwark.catalogue/1") is one framework version:
//   id + version      the catalogue key ('caf', 'dspt', 'cis-controls') and the publisher's version ('3.2', '2024-25')
//   provenance        who published it, which edition, when, under what licence, where, and our sources
//   levels            the achievement levels the catalogue uses, lowest first (e.g. Not achieved → Achieved)
//   defaultLevels     the level ids an assessable node allows when it lists none itself
//   implementationGroups  named groups a node may belong to (CIS IG1–IG3); membership is listed per node
//   statusLabels      labels for the overall result of an assessment (DSPT: Standards Met, …), configurable per edition
//   nodes             the tree, flat: each node names its parent by ref ('A' → 'A1' → 'A1.a'). `ref` is the
//                     publisher's own identifier where there is one ('A1.a', '4.1', '5(1)(a)'), unique in the
//                     catalogue; a node's stable external id is urn:bulwark:<id>:<version>:<ref>
//   profiles          named targets: the expected level per assessable node (or 'not-applicable')
//   mappings          optional links from this catalogue's nodes to another catalogue (same shape as a crosswalk)
// Titles are short names (facts); `description` and `guidance` are ours. Text an installation imports
// itself from a publisher (e.g. the official CIS safeguard titles) goes in `officialText` and is never shipped.
//
// A profile document ("format": "bulwark.profile/1") sets one profile's expected levels on a stored catalogue.
//
// A crosswalk document ("format": "bulwark.crosswalk/1") links nodes of a source catalogue version to
// nodes of a target catalogue version. Each link's relation reads "source <relation> target":
//   equal       the same requirement
//   subset      meeting the target meets the source (the source asks for less)
//   superset    meeting the source meets the target (the source asks for more)
//   intersects  they overlap; neither covers the other
//   related     on the same subject, with no claim of coverage
import { z } from 'zod';
import { ValidationFailed, type FieldProblem } from '../../../platform/errors.js';

export const CATALOGUE_FORMAT = 'bulwark.catalogue/1';
export const CROSSWALK_FORMAT = 'bulwark.crosswalk/1';
export const NOT_APPLICABLE = 'not-applicable';

export const NODE_TYPES = [
  'objective',
  'principle',
  'outcome',
  'indicator',
  'standard',
  'assertion',
  'evidence',
  'control',
  'safeguard',
  'measure',
  'expectation',
  'point',
  'item',
  'article',
  'section',
  'requirement',
  'group',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export const CATALOGUE_KINDS = ['framework', 'assurance-toolkit', 'standards', 'controls', 'success-measures', 'code-of-practice', 'principles'] as const;
export type CatalogueKind = (typeof CATALOGUE_KINDS)[number];

export const RELATIONS = ['equal', 'subset', 'superset', 'intersects', 'related'] as const;
export type Relation = (typeof RELATIONS)[number];

const key = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,62}$/, 'use lower-case letters, digits and hyphens, starting with a letter (at most 63 characters)');
const crosswalkId = z
  .string()
  .regex(/^[a-z][a-z0-9.-]{0,99}$/, 'use lower-case letters, digits, dots and hyphens, starting with a letter (at most 100 characters)');
const version = z
  .string()
  .regex(/^[0-9A-Za-z][0-9A-Za-z._-]{0,31}$/, 'use letters, digits, dots, hyphens and underscores (at most 32 characters)');
const ref = z
  .string()
  .min(1, 'must not be empty')
  .max(64, 'must be 64 characters or fewer')
  .regex(/^[A-Za-z0-9][A-Za-z0-9 .()_:/-]*$/, 'use letters, digits, spaces and . ( ) _ : / - only, starting with a letter or digit');
const shortText = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be ${max} characters or fewer`);
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'use a date as YYYY, YYYY-MM or YYYY-MM-DD');

export const provenanceSchema = z.strictObject({
  publisher: shortText(200),
  /** The publisher's name for this edition. */
  version: shortText(200),
  /** When the edition was published: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: isoDate,
  licence: shortText(200),
  /** Where the publisher publishes it; absent only for content Bulwark authors itself. */
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  /** Attribution the licence asks for, shown wherever the content is shown (OGL: "Contains public sector information …"). */
  attribution: shortText(500).optional(),
  /** Where the identifiers, counts and levels in this file were taken from. */
  sources: z.array(z.strictObject({ title: shortText(300), url: z.url({ protocol: /^https?$/ }).optional() })).max(50).optional(),
  note: shortText(2000).optional(),
});
export type Provenance = z.infer<typeof provenanceSchema>;

export const levelSchema = z.strictObject({
  id: key,
  label: shortText(80),
  description: shortText(500).optional(),
});
export type Level = z.infer<typeof levelSchema>;

const attributeValue = z.union([z.string().max(500), z.number(), z.boolean(), z.array(z.string().max(200)).max(50)]);

export const nodeSchema = z.strictObject({
  ref,
  parentRef: ref.nullable(),
  type: z.enum(NODE_TYPES),
  title: shortText(300),
  /** What the node is about, in our own words. */
  description: shortText(2000).optional(),
  /** How to approach it, in our own words. */
  guidance: shortText(4000).optional(),
  /** True when an organisation records an achievement level against this node. */
  assessable: z.boolean(),
  /** The level ids this node allows, lowest first; absent means the catalogue's defaultLevels. */
  levels: z.array(key).min(1).max(10).optional(),
  implementationGroups: z.array(key).max(10).optional(),
  /** Facts about the node: CIS asset type and security function, indicator counts, … */
  attributes: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,39}$/, 'attribute names are camelCase words'), attributeValue).optional(),
  /** Position among its siblings; absent means the order in the file. */
  order: z.number().int().min(0).optional(),
  /** The publisher's own text, in files an installation imports for itself only. */
  officialText: z.strictObject({ title: shortText(500).optional(), description: z.string().max(20000).optional() }).optional(),
});
export type CatalogueNode = z.infer<typeof nodeSchema>;

export const profileSchema = z.strictObject({
  id: key,
  name: shortText(200),
  description: shortText(2000).optional(),
  /** Expected level per assessable node: node ref → level id, or 'not-applicable'. May be empty until set or imported. */
  expected: z.record(ref, key),
});
export type Profile = z.infer<typeof profileSchema>;

export const statusLabelSchema = z.strictObject({ id: key, label: shortText(120), description: shortText(500).optional() });
export type StatusLabel = z.infer<typeof statusLabelSchema>;

export const catalogueRefSchema = z.strictObject({ catalogue: key, version });
export type CatalogueRef = z.infer<typeof catalogueRefSchema>;

export const linkSchema = z.strictObject({
  source: ref,
  target: ref,
  relation: z.enum(RELATIONS),
  note: shortText(1000).optional(),
});
export type MappingLink = z.infer<typeof linkSchema>;

const inlineMappingSchema = z.strictObject({
  id: key,
  name: shortText(200).optional(),
  target: catalogueRefSchema,
  links: z.array(linkSchema).min(1).max(20000),
});

export const catalogueSchema = z.strictObject({
  format: z.literal(CATALOGUE_FORMAT, { error: `must be "${CATALOGUE_FORMAT}"` }),
  id: key,
  version,
  name: shortText(200),
  shortName: shortText(40).optional(),
  kind: z.enum(CATALOGUE_KINDS),
  description: shortText(2000).optional(),
  provenance: provenanceSchema,
  levels: z.array(levelSchema).max(20),
  defaultLevels: z.array(key).min(1).max(10).optional(),
  implementationGroups: z.array(levelSchema).max(10).optional(),
  statusLabels: z.array(statusLabelSchema).max(20).optional(),
  nodes: z.array(nodeSchema).min(1).max(20000),
  profiles: z.array(profileSchema).max(50).optional(),
  mappings: z.array(inlineMappingSchema).max(50).optional(),
});
export type CatalogueDocument = z.infer<typeof catalogueSchema>;

export const crosswalkSchema = z.strictObject({
  format: z.literal(CROSSWALK_FORMAT, { error: `must be "${CROSSWALK_FORMAT}"` }),
  id: crosswalkId,
  name: shortText(200),
  description: shortText(2000).optional(),
  source: catalogueRefSchema,
  target: catalogueRefSchema,
  provenance: provenanceSchema,
  links: z.array(linkSchema).min(1).max(20000),
});
export type CrosswalkDocument = z.infer<typeof crosswalkSchema>;

/** A profile on its own, for setting or importing expected levels (the DSPT profile NHS England publishes each year). */
export const PROFILE_FORMAT = 'bulwark.profile/1';
export const profileDocumentSchema = z.strictObject({
  format: z.literal(PROFILE_FORMAT, { error: `must be "${PROFILE_FORMAT}"` }),
  catalogue: catalogueRefSchema,
  id: key,
  name: shortText(200),
  description: shortText(2000).optional(),
  expected: z.record(ref, key),
});
export type ProfileDocument = z.infer<typeof profileDocumentSchema>;

/** One thing wrong with a file: which file, where in it (a JSON path such as $.nodes[3].ref), and what. */
export interface CatalogueProblem {
  file: string;
  path: string;
  message: string;
}

export function catalogueKey(doc: { id: string; version: string }): string {
  return `${doc.id}@${doc.version}`;
}

export function nodeUrn(catalogue: CatalogueRef, nodeRef: string): string {
  return `urn:bulwark:${catalogue.catalogue}:${catalogue.version}:${nodeRef.replace(/\s+/g, '-')}`;
}

/** The level ids a node allows: its own list, else the catalogue default; none when it is not assessable. */
export function levelsOf(doc: Pick<CatalogueDocument, 'defaultLevels'>, node: Pick<CatalogueNode, 'assessable' | 'levels'>): string[] {
  if (!node.assessable) return [];
  return node.levels ?? doc.defaultLevels ?? [];
}

export function jsonPath(segments: ReadonlyArray<PropertyKey>): string {
  return segments.reduce<string>(
    (path, s) => (typeof s === 'number' ? `${path}[${s}]` : /^[A-Za-z_$][\w$]*$/.test(String(s)) ? `${path}.${String(s)}` : `${path}[${JSON.stringify(String(s))}]`),
    '$',
  );
}

function schemaProblems(error: z.ZodError, file: string): CatalogueProblem[] {
  return error.issues.map((issue) => ({ file, path: jsonPath(issue.path), message: issue.message }));
}

/** Everything wrong with a catalogue document; an empty list means it may be stored. */
export function catalogueProblems(input: unknown, file: string): { doc: CatalogueDocument | null; problems: CatalogueProblem[] } {
  const parsed = catalogueSchema.safeParse(input);
  if (!parsed.success) return { doc: null, problems: schemaProblems(parsed.error, file) };
  const doc = parsed.data;
  const problems: CatalogueProblem[] = [];
  const problem = (path: Array<PropertyKey>, message: string) => problems.push({ file, path: jsonPath(path), message });

  const levelIds = uniqueIds(doc.levels, ['levels'], 'level', problem);
  const groupIds = uniqueIds(doc.implementationGroups ?? [], ['implementationGroups'], 'implementation group', problem);
  uniqueIds(doc.statusLabels ?? [], ['statusLabels'], 'status label', problem);
  uniqueIds(doc.profiles ?? [], ['profiles'], 'profile', problem);
  uniqueIds(doc.mappings ?? [], ['mappings'], 'mapping', problem);
  if (levelIds.has(NOT_APPLICABLE)) problem(['levels'], `"${NOT_APPLICABLE}" is reserved for profiles; it cannot be a level`);
  doc.defaultLevels?.forEach((id, i) => {
    if (!levelIds.has(id)) problem(['defaultLevels', i], `level "${id}" is not one of the catalogue's levels`);
  });

  const byRef = new Map<string, number>();
  doc.nodes.forEach((node, i) => {
    const earlier = byRef.get(node.ref);
    if (earlier !== undefined) problem(['nodes', i, 'ref'], `"${node.ref}" is already the ref of nodes[${earlier}]; refs must be unique`);
    else byRef.set(node.ref, i);
  });
  doc.nodes.forEach((node, i) => {
    if (node.parentRef !== null && !byRef.has(node.parentRef)) problem(['nodes', i, 'parentRef'], `no node has the ref "${node.parentRef}"`);
    if (node.parentRef === node.ref) problem(['nodes', i, 'parentRef'], 'a node cannot be its own parent');
    if (!node.assessable && node.levels) problem(['nodes', i, 'levels'], 'only an assessable node has levels');
    if (node.assessable && !node.levels && !doc.defaultLevels) problem(['nodes', i, 'levels'], 'an assessable node needs levels (here or in defaultLevels)');
    if (node.levels && new Set(node.levels).size !== node.levels.length) problem(['nodes', i, 'levels'], 'a level is listed twice');
    node.levels?.forEach((id, j) => {
      if (!levelIds.has(id)) problem(['nodes', i, 'levels', j], `level "${id}" is not one of the catalogue's levels`);
    });
    node.implementationGroups?.forEach((id, j) => {
      if (!groupIds.has(id)) problem(['nodes', i, 'implementationGroups', j], `implementation group "${id}" is not one of the catalogue's implementationGroups`);
    });
  });
  cycles(doc.nodes, byRef).forEach((i) => problem(['nodes', i, 'parentRef'], `"${doc.nodes[i]!.ref}" is its own ancestor (the parents form a loop)`));

  const nodeLevels = new Map(doc.nodes.map((node) => [node.ref, { assessable: node.assessable, levels: levelsOf(doc, node) }]));
  doc.profiles?.forEach((profile, p) => problems.push(...checkProfileLevels(profile.expected, file, ['profiles', p, 'expected'], nodeLevels)));

  doc.mappings?.forEach((mapping, m) => {
    mapping.links.forEach((link, l) => {
      if (!byRef.has(link.source)) problem(['mappings', m, 'links', l, 'source'], `no node has the ref "${link.source}"`);
    });
    duplicateLinks(mapping.links).forEach((l) => problem(['mappings', m, 'links', l], 'the same link is listed twice'));
  });

  return { doc: problems.length ? null : doc, problems };
}

/** Everything wrong with a crosswalk on its own (its refs are checked against the catalogues by checkCrosswalkRefs). */
export function crosswalkProblems(input: unknown, file: string): { doc: CrosswalkDocument | null; problems: CatalogueProblem[] } {
  const parsed = crosswalkSchema.safeParse(input);
  if (!parsed.success) return { doc: null, problems: schemaProblems(parsed.error, file) };
  const problems = duplicateLinks(parsed.data.links).map((l) => ({ file, path: jsonPath(['links', l]), message: 'the same link is listed twice' }));
  return { doc: problems.length ? null : parsed.data, problems };
}

export function profileDocumentProblems(input: unknown, file: string): { doc: ProfileDocument | null; problems: CatalogueProblem[] } {
  const parsed = profileDocumentSchema.safeParse(input);
  if (!parsed.success) return { doc: null, problems: schemaProblems(parsed.error, file) };
  return { doc: parsed.data, problems: [] };
}

/** The expected levels that name no assessable node of the catalogue, or a level that node does not allow. */
export function checkProfileLevels(
  expected: Readonly<Record<string, string>>,
  file: string,
  at: PropertyKey[],
  nodes: ReadonlyMap<string, { assessable: boolean; levels: readonly string[] }>,
): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  for (const [nodeRef, level] of Object.entries(expected)) {
    const path = jsonPath([...at, nodeRef]);
    const node = nodes.get(nodeRef);
    if (!node) problems.push({ file, path, message: `no node has the ref "${nodeRef}"` });
    else if (!node.assessable) problems.push({ file, path, message: `"${nodeRef}" is not assessable, so it has no expected level` });
    else if (level !== NOT_APPLICABLE && !node.levels.includes(level)) {
      problems.push({ file, path, message: `"${nodeRef}" allows ${node.levels.join(', ')} (or ${NOT_APPLICABLE}), not "${level}"` });
    }
  }
  return problems;
}

/** The links whose source or target is not a node of the catalogue it names. */
export function checkCrosswalkRefs(
  doc: Pick<CrosswalkDocument, 'links'>,
  file: string,
  sourceRefs: ReadonlySet<string>,
  targetRefs: ReadonlySet<string>,
  names: { source: string; target: string },
): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  doc.links.forEach((link, l) => {
    if (!sourceRefs.has(link.source)) problems.push({ file, path: jsonPath(['links', l, 'source']), message: `${names.source} has no node "${link.source}"` });
    if (!targetRefs.has(link.target)) problems.push({ file, path: jsonPath(['links', l, 'target']), message: `${names.target} has no node "${link.target}"` });
  });
  return problems;
}

/** Checks a catalogue document and returns it typed, or throws ValidationFailed naming the file, path and problem of each fault. */
export function validateCatalogue(input: unknown, fileName: string): CatalogueDocument {
  const { doc, problems } = catalogueProblems(input, fileName);
  if (!doc) throw invalid(fileName, 'catalogue', problems);
  return doc;
}

export function validateCrosswalk(input: unknown, fileName: string): CrosswalkDocument {
  const { doc, problems } = crosswalkProblems(input, fileName);
  if (!doc) throw invalid(fileName, 'crosswalk', problems);
  return doc;
}

export function invalid(fileName: string, what: 'catalogue' | 'crosswalk' | 'profile', problems: CatalogueProblem[]): ValidationFailed {
  const shown = problems.slice(0, 200);
  const errors: FieldProblem[] = shown.map((p) => ({ field: `${p.file}:${p.path}`, message: p.message }));
  if (problems.length > shown.length) errors.push({ field: `${fileName}:$`, message: `and ${problems.length - shown.length} more problems` });
  return new ValidationFailed(`${fileName} is not a valid ${what}: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}.`, errors);
}

function uniqueIds(items: ReadonlyArray<{ id: string }>, at: PropertyKey[], what: string, problem: (path: PropertyKey[], message: string) => void): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) problem([...at, i, 'id'], `${what} "${item.id}" is listed twice`);
    seen.add(item.id);
  });
  return seen;
}

function duplicateLinks(links: ReadonlyArray<MappingLink>): number[] {
  const seen = new Set<string>();
  const repeated: number[] = [];
  links.forEach((link, l) => {
    const k = `${link.source}\u0000${link.target}\u0000${link.relation}`;
    if (seen.has(k)) repeated.push(l);
    seen.add(k);
  });
  return repeated;
}

/** Indexes of nodes on a parent loop (each loop reported once, at its first node in file order). */
function cycles(nodes: ReadonlyArray<CatalogueNode>, byRef: ReadonlyMap<string, number>): number[] {
  const state = new Array<0 | 1 | 2>(nodes.length).fill(0); // 0 unvisited, 1 on the current walk, 2 known good or reported
  const found: number[] = [];
  nodes.forEach((_, start) => {
    const walk: number[] = [];
    let i: number | undefined = start;
    while (i !== undefined && state[i] === 0) {
      state[i] = 1;
      walk.push(i);
      const parent: string | null = nodes[i]!.parentRef;
      i = parent === null ? undefined : byRef.get(parent);
    }
    if (i !== undefined && state[i] === 1) found.push(Math.min(...walk.slice(walk.indexOf(i))));
    walk.forEach((w) => (state[w] = 2));
  });
  return found;
}

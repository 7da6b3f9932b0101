// The API contract for framework catalogues and crosswalks: reference data every signed-in person may read.
// The server validates and serialises with these schemas; the web app imports their types only.
import { z } from 'zod';

const level = z.object({ id: z.string(), label: z.string(), description: z.string().optional() });
export type CatalogueLevel = z.infer<typeof level>;

export const provenance = z.object({
  publisher: z.string(),
  version: z.string(),
  date: z.string(),
  licence: z.string(),
  url: z.string().optional(),
  attribution: z.string().optional(),
  sources: z.array(z.object({ title: z.string(), url: z.string().optional() })).optional(),
  note: z.string().optional(),
});
export type CatalogueProvenance = z.infer<typeof provenance>;

export const profileSummary = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  /** How many nodes have an expected level: 0 until a profile that ships empty is set or imported. */
  expectedCount: z.number(),
  /** 'file' when it came with the catalogue; 'local' when an administrator set or imported it here. */
  origin: z.enum(['file', 'local']),
  updatedAt: z.string(),
});
export type ProfileSummary = z.infer<typeof profileSummary>;

export const catalogueSummary = z.object({
  key: z.string(),
  version: z.string(),
  /** key@version: how the CLI and links name it. */
  ref: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.string(),
  description: z.string().nullable(),
  source: z.enum(['shipped', 'imported']),
  provenance,
  levels: z.array(level),
  defaultLevels: z.array(z.string()).nullable(),
  implementationGroups: z.array(level),
  statusLabels: z.array(level),
  nodeCount: z.number(),
  assessableCount: z.number(),
  /** Nodes by type, e.g. { objective: 4, principle: 14, outcome: 39 }. */
  nodeCounts: z.record(z.string(), z.number()),
  profiles: z.array(profileSummary),
  loadedAt: z.string(),
});
export type CatalogueSummary = z.infer<typeof catalogueSummary>;

export const catalogueNode = z.object({
  ref: z.string(),
  /** urn:bulwark:<catalogue>:<version>:<ref>, stable across reloads. */
  urn: z.string(),
  parentRef: z.string().nullable(),
  type: z.string(),
  title: z.string(),
  /**
   * What to call it in a list: the publisher's title where this installation imported one, else
   * ours; when ours is only its reference, the opening words of the imported statement.
   */
  label: z.string(),
  description: z.string().nullable(),
  guidance: z.string().nullable(),
  assessable: z.boolean(),
  /** The level ids this node allows, lowest first; empty when it is not assessable. */
  levels: z.array(z.string()),
  implementationGroups: z.array(z.string()),
  attributes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())])),
  depth: z.number(),
  /** The publisher's text, when this installation has imported it. */
  officialText: z.object({ title: z.string().optional(), description: z.string().optional() }).nullable(),
});
export type CatalogueNodeView = z.infer<typeof catalogueNode>;

export const catalogueDetail = catalogueSummary.extend({
  nodes: z.array(catalogueNode),
  profiles: z.array(profileSummary.extend({ expected: z.record(z.string(), z.string()) })),
});
export type CatalogueDetail = z.infer<typeof catalogueDetail>;

export const catalogueList = z.object({ catalogues: z.array(catalogueSummary) });
export type CatalogueList = z.infer<typeof catalogueList>;

export const catalogueParams = z.object({ key: z.string().max(63), version: z.string().max(32) });

export const nodeSearchQuery = z.object({
  q: z.string().trim().min(1, 'Enter an identifier or words to search for').max(200),
  catalogue: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const nodeSearchResult = z.object({
  results: z.array(catalogueNode.extend({ catalogue: z.object({ key: z.string(), version: z.string(), ref: z.string(), name: z.string(), shortName: z.string().nullable() }) })),
  truncated: z.boolean(),
});
export type NodeSearchResult = z.infer<typeof nodeSearchResult>;

const relation = z.enum(['equal', 'subset', 'superset', 'intersects', 'related']);
export type CrosswalkRelation = z.infer<typeof relation>;

export const crosswalkSummary = z.object({
  key: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  source: z.object({ key: z.string(), version: z.string(), ref: z.string() }),
  target: z.object({ key: z.string(), version: z.string(), ref: z.string() }),
  origin: z.enum(['shipped', 'imported']),
  provenance,
  links: z.number(),
});
export type CrosswalkSummary = z.infer<typeof crosswalkSummary>;

export const crosswalkList = z.object({ crosswalks: z.array(crosswalkSummary) });

export const crosswalkQuery = z.object({
  source: z.string().min(3).max(100).describe('key@version, e.g. caf@3.2'),
  target: z.string().min(3).max(100).describe('key@version, e.g. cis-controls@8.1'),
});

/** One end of a link: the node's ref, what to call it (as catalogueNode.label; null when the catalogue no longer has it) and its type. */
const linkEnd = z.object({ ref: z.string(), title: z.string().nullable(), type: z.string().nullable() });
const crosswalkEnd = z.object({ key: z.string(), version: z.string(), ref: z.string(), name: z.string(), shortName: z.string().nullable() });
export const crosswalkLinks = z.object({
  source: crosswalkEnd,
  target: crosswalkEnd,
  /** The crosswalks the links come from; a reversed one is read target-to-source, with subset and superset swapped. */
  crosswalks: z.array(z.object({ key: z.string(), name: z.string(), reversed: z.boolean(), provenance })),
  links: z.array(z.object({ source: linkEnd, target: linkEnd, relation, note: z.string().nullable(), crosswalk: z.string() })),
});
export type CrosswalkLinks = z.infer<typeof crosswalkLinks>;

export const importResult = z.object({
  kind: z.enum(['catalogue', 'crosswalk', 'profile']),
  ref: z.string(),
  created: z.boolean(),
  nodes: z.number().optional(),
  links: z.number().optional(),
  expected: z.number().optional(),
});
export type ImportResult = z.infer<typeof importResult>;

export const importQuery = z.object({ replace: z.enum(['true', 'false']).optional() });

/** The formats of file Bulwark imports: CISO Assistant libraries, WebCAF's CAF YAML, the CIS Controls sheet, and its own. */
export const IMPORT_FORMATS = ['ciso-assistant', 'webcaf', 'cis-sheet', 'bulwark'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** POST /catalogues/imports: the file is the body (application/octet-stream); these say what it is. */
export const fileImportQuery = z.object({
  /** The file's name as the person has it: it decides JSON from YAML, .xlsx and .csv, and problems name it. */
  file: z
    .string()
    .trim()
    .min(1, 'Give the file’s name')
    .max(255)
    .refine((name) => !/[/\\]/.test(name) && [...name].every((c) => c.charCodeAt(0) >= 32), 'A file name, without folders'),
  format: z.enum(IMPORT_FORMATS).optional(),
  /** webcaf: the CAF version (caf@3.2); cis-sheet: the CIS Controls version; ciso-assistant: the id@version to store the framework as. */
  catalogue: z.string().trim().max(100).optional(),
  /** ciso-assistant mapping sets: urn=id@version, for frameworks not in the file; may be repeated. */
  map: z.union([z.string().max(400), z.array(z.string().max(400)).max(20)]).optional(),
  replace: z.enum(['true', 'false']).optional(),
});

/** What an import stored, and what in the file is worth a person's attention though it did not stop the import. */
export const importReport = z.object({
  format: z.enum(IMPORT_FORMATS),
  file: z.string(),
  catalogues: z.array(z.object({ ref: z.string(), created: z.boolean(), nodes: z.number() })),
  crosswalks: z.array(z.object({ ref: z.string(), created: z.boolean(), links: z.number() })),
  /** WebCAF: statements added (in all, and at each achievement level), under how many outcomes, replacing how many. */
  indicators: z
    .object({
      catalogue: z.string(),
      outcomes: z.number(),
      added: z.number(),
      byLevel: z.object({ 'not-achieved': z.number(), 'partially-achieved': z.number(), achieved: z.number() }),
      replaced: z.number(),
    })
    .optional(),
  /** CIS sheet: which catalogue now carries this installation's copy of the official text. */
  officialText: z.object({ catalogue: z.string(), controls: z.number(), safeguards: z.number() }).optional(),
  /** Bulwark's own format: what was imported. */
  document: importResult.optional(),
  notices: z.array(z.string()),
});
export type ImportReport = z.infer<typeof importReport>;

// --- One organisation's own expected levels and status labels for a catalogue ----------------------

export const orgCatalogueParams = catalogueParams.extend({ orgId: z.string().max(64) });

export const orgCatalogueSettings = z.object({
  catalogue: z.object({ key: z.string(), version: z.string(), ref: z.string(), name: z.string() }),
  /** The catalogue profile the organisation started from; its levels fill outcomes it has not set. */
  baseProfile: z.string().nullable(),
  /** One row per assessable node, in reading order. */
  expected: z.array(
    z.object({
      ref: z.string(),
      /** What to call it: as catalogueNode.label. */
      title: z.string(),
      /** The level ids this node allows, lowest first; 'not-applicable' may also be chosen. */
      levels: z.array(z.string()),
      level: z.string().nullable(),
      /** Where the level comes from: the organisation's own setting, the base profile, or nowhere yet. */
      source: z.enum(['organisation', 'profile', 'none']),
    }),
  ),
  statusLabels: z.array(z.object({ id: z.string(), label: z.string(), catalogueLabel: z.string(), description: z.string().optional() })),
  /** 0 until the organisation first saves; send it back to save (409 when someone saved in between). */
  version: z.number(),
  updatedAt: z.string().nullable(),
});
export type OrgCatalogueSettings = z.infer<typeof orgCatalogueSettings>;

export const orgCatalogueSettingsChange = z.object({
  version: z.number().int().min(0),
  /** node ref → level id, 'not-applicable', or null to clear the organisation's own setting. */
  expected: z.record(z.string().max(40), z.string().max(63).nullable()).default({}),
  /** status label id → the organisation's label, or null for the catalogue's. */
  statusLabels: z.record(z.string().max(63), z.string().trim().min(1).max(120).nullable()).optional(),
  /** Copy a catalogue profile's expected levels as the starting point; levels in `expected` win. */
  fromProfile: z.string().max(63).optional(),
});
export type OrgCatalogueSettingsChange = z.infer<typeof orgCatalogueSettingsChange>;

// Importing a framework file someone brings: find out which format it is, read it safely, check it
// against what Bulwark already holds, then store everything in one transaction with one audit
// record. A file that fails anywhere changes nothing.
import { createHash } from 'node:crypto';
import { IMPORT_FORMATS, type ImportFormat, type ImportReport } from '../../../contract/catalogues.js';
import { recordAudit } from '../../../platform/audit/audit-trail.js';
import type { Db } from '../../../platform/db/database.js';
import { inTransaction } from '../../../platform/db/transaction.js';
import { ValidationFailed, type FieldProblem } from '../../../platform/errors.js';
import { type CatalogueRef, catalogueKey, validateCatalogue, validateCrosswalk } from '../domain/catalogue-format.js';
import { documentKind } from '../domain/catalogue-file.js';
import * as catalogues from '../service.js';
import * as store from '../store.js';
import {
  frameworkToCatalogue,
  looksLikeCisoAssistant,
  mappingSetsOf,
  mappingSetsToCrosswalks,
  readCisoAssistantLibrary,
  type FrameworkConversion,
  type ResolvedFramework,
} from './ciso-assistant.js';
import { addCisText, looksLikeCisSheet, readCisSheet } from './cis-spreadsheet.js';
import { readCsvRows } from '../../../platform/imports/safe-csv.js';
import { MAX_XLSX_BYTES, readXlsxSheets, type SheetData } from '../../../platform/imports/safe-xlsx.js';
import { parseSafeJson } from './safe-json.js';
import { MAX_YAML_BYTES, parseSafeYaml, yamlProblem, type SafeYaml } from './safe-yaml.js';
import { ACHIEVEMENT_GROUPS, type AchievementLevel, addIndicators, looksLikeWebCaf, readWebCaf, type WebCafOutcome } from './webcaf.js';

export { IMPORT_FORMATS, type ImportFormat };

/** The largest file any importer reads; each format then applies its own, smaller limit. */
export const MAX_IMPORT_BYTES = Math.max(MAX_XLSX_BYTES, MAX_YAML_BYTES);

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export interface ImportOptions {
  /** Which format the file is in; found from its content when absent. */
  format?: ImportFormat;
  /**
   * WebCAF: the CAF version to add indicators to ('caf@3.2'); found from the outcomes when absent.
   * CIS sheet: the CIS Controls version ('cis-controls@8.1'); the latest held when absent.
   * CISO Assistant: the id and version to store the framework as; taken from its ref_id when absent.
   */
  catalogue?: string;
  /** CISO Assistant mapping sets: framework URN → catalogue ('caf@3.2') for frameworks not in the file. */
  frameworkMap?: Record<string, string>;
  /** Overwrite an imported catalogue or crosswalk of the same id and version. */
  replace?: boolean;
}

/** What an import stored and what is worth a look: the API's import report. */
export type ImportSummary = ImportReport;

/** Which format a file is in, from its bytes and name, or a clear error saying what was expected. */
export function detectFormat(bytes: Uint8Array, fileName: string, parsedYaml?: () => SafeYaml): ImportFormat {
  if (ZIP_MAGIC.every((b, i) => bytes[i] === b) || /\.(xlsx|csv)$/i.test(fileName)) return 'cis-sheet';
  const value = parsedYaml ? parsedYaml().value : undefined;
  if (documentKind(value)) return 'bulwark';
  if (looksLikeCisoAssistant(value)) return 'ciso-assistant';
  if (looksLikeWebCaf(value)) return 'webcaf';
  throw new ValidationFailed(`${fileName} is not in a format Bulwark can import`, [
    {
      field: '(file)',
      message:
        'Expected a CISO Assistant library (with urn and objects), a CAF file in the WebCAF shape (with objectives → principles → outcomes), the CIS Controls spreadsheet (.xlsx or .csv), or a Bulwark catalogue, crosswalk or profile (with "format").',
    },
  ]);
}

/**
 * Imports one file. Parsing and every check happen before anything is written; the writes and the
 * audit record share one transaction, so a failure at any point leaves the database as it was.
 */
export async function importCatalogueFile(ctx: catalogues.ChangeContext, bytes: Uint8Array, fileName: string, options: ImportOptions = {}): Promise<ImportSummary> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new ValidationFailed(`${fileName} is too large to import`, [
      { field: '(file)', message: `The file is ${(bytes.byteLength / (1024 * 1024)).toFixed(1)} MiB; the most Bulwark accepts is ${MAX_IMPORT_BYTES / (1024 * 1024)} MiB.` },
    ]);
  }
  const isJson = /\.json$/i.test(fileName) || /^\s*[{[]/.test(new TextDecoder().decode(bytes.subarray(0, 64)));
  let yaml: SafeYaml | undefined;
  const parsed = () => (yaml ??= isJson ? parseSafeJson(bytes, fileName) : parseSafeYaml(bytes, fileName));
  const format = options.format ?? detectFormat(bytes, fileName, parsed);
  const hash = createHash('sha256').update(bytes).digest('hex');

  switch (format) {
    case 'cis-sheet':
      return importCisSheet(ctx, await readSheets(bytes, fileName), fileName, options);
    case 'webcaf':
      return importWebCaf(ctx, parsed(), fileName, options);
    case 'ciso-assistant':
      return importCisoAssistant(ctx, parsed(), fileName, hash, options);
    case 'bulwark': {
      const document = await catalogues.importDocument(ctx, parsed().value, fileName, options.replace ? { replace: true } : {});
      return { format, file: fileName, catalogues: [], crosswalks: [], document, notices: [] };
    }
  }
}

async function importCisoAssistant(ctx: catalogues.ChangeContext, yaml: SafeYaml, fileName: string, hash: string, options: ImportOptions): Promise<ImportSummary> {
  const library = readCisoAssistantLibrary(yaml, fileName);
  const as = options.catalogue ? parseCatalogueRef(options.catalogue, '--catalogue') : undefined;
  const framework = library.objects.framework ? frameworkToCatalogue(yaml, library, fileName, { ...(as ? { as } : {}), now: ctx.now }) : undefined;
  const catalogue = framework ? validateConverted(yaml, framework, fileName) : undefined;
  const explicitMap = new Map(Object.entries(options.frameworkMap ?? {}).map(([urn, spec]) => [urn.toLowerCase(), parseCatalogueRef(spec, `--map ${urn}`)]));

  return inTransaction(ctx.db, async (tx) => {
    const saveOptions = { fileName, now: ctx.now, contentHash: hash, ...(options.replace ? { replace: true } : {}) };
    const summary: ImportSummary = { format: 'ciso-assistant', file: fileName, catalogues: [], crosswalks: [], notices: [] };
    let catalogueId: string | undefined;
    if (catalogue) {
      const saved = await catalogues.saveCatalogue(tx, catalogue, 'imported', saveOptions);
      catalogueId = saved.id;
      summary.catalogues.push({ ref: saved.ref, created: saved.created, nodes: saved.nodes });
    }
    if (mappingSetsOf(library).length) {
      const resolvers = await frameworkResolvers(tx, framework, explicitMap);
      const crosswalks = mappingSetsToCrosswalks(yaml, library, fileName, resolvers, ctx.now);
      for (const conversion of crosswalks) {
        const doc = validateCrosswalk(conversion.doc, fileName);
        const saved = await catalogues.saveMappingSet(tx, doc, 'imported', saveOptions);
        summary.crosswalks.push({ ref: saved.key, created: saved.created, links: saved.links });
        const skipped = conversion.skippedNotRelated;
        if (skipped) summary.notices.push(`${saved.key}: ${skipped} "not_related" ${skipped === 1 ? 'mapping carries' : 'mappings carry'} no link and ${skipped === 1 ? 'was' : 'were'} left out.`);
        summary.notices.push(...conversion.notices);
        // An earlier import may have stored the reverse set as a crosswalk of its own: it now lives in this one.
        for (const reverseId of conversion.reverseIds) {
          if (await catalogues.removeImportedCrosswalk(tx, reverseId)) summary.notices.push(`The crosswalk ${reverseId} an earlier import stored separately is removed: ${saved.key} holds its links.`);
        }
      }
    }
    await recordAudit(
      tx,
      ctx.actor,
      {
        action: 'catalogue.import',
        entityType: catalogue ? 'catalogue' : 'crosswalk',
        entityId: catalogueId ?? summary.crosswalks[0]?.ref ?? null,
        after: { format: summary.format, file: fileName, sha256: hash, library: library.urn, catalogues: summary.catalogues, crosswalks: summary.crosswalks },
      },
      ctx.now,
    );
    return summary;
  });
}

async function importWebCaf(ctx: catalogues.ChangeContext, yaml: SafeYaml, fileName: string, options: ImportOptions): Promise<ImportSummary> {
  const { outcomes, notices } = readWebCaf(yaml, fileName);
  return inTransaction(ctx.db, async (tx) => {
    const target = options.catalogue ? await catalogues.resolveCatalogue(tx, options.catalogue) : await cafVersionFor(tx, yaml, outcomes.map((o) => o.code), fileName);
    const row = await store.findCatalogue(tx, target.key, target.version);
    if (!row) throw notLoaded(`${target.key}@${target.version}`, 'a CAF version');
    const loaded = await catalogues.exportCatalogue(tx, target.key, target.version, { officialText: true });
    const merge = addIndicators(yaml, loaded, outcomes, fileName);
    const doc = validateCatalogue(merge.doc, fileName);
    // The structure is the same catalogue with indicators added: it keeps its origin, and (for
    // shipped content) the hash of the shipped file, so start-up does not reload it over them.
    await catalogues.saveCatalogue(tx, doc, row.source, { fileName, now: ctx.now, contentHash: row.content_hash, replace: true });
    const ref = catalogueKey(doc);
    const summary: ImportSummary = {
      format: 'webcaf',
      file: fileName,
      catalogues: [],
      crosswalks: [],
      indicators: { catalogue: ref, outcomes: merge.outcomes, added: merge.indicators, byLevel: countByLevel(outcomes), replaced: merge.replaced },
      notices: [...notices, ...merge.notices],
    };
    await recordAudit(
      tx,
      ctx.actor,
      {
        action: 'catalogue.import',
        entityType: 'catalogue',
        entityId: row.id,
        before: { catalogue: ref, indicators: merge.replaced },
        after: { format: summary.format, file: fileName, ...summary.indicators },
      },
      ctx.now,
    );
    return summary;
  });
}

async function importCisSheet(ctx: catalogues.ChangeContext, sheets: SheetData[], fileName: string, options: ImportOptions): Promise<ImportSummary> {
  const sheet = readCisSheet(sheets, fileName);
  return inTransaction(ctx.db, async (tx) => {
    const target = await catalogues.resolveCatalogue(tx, options.catalogue ?? 'cis-controls').catch(() => {
      throw notLoaded(options.catalogue ?? 'cis-controls', 'a CIS Controls version');
    });
    const row = await store.findCatalogue(tx, target.key, target.version);
    if (!row) throw notLoaded(`${target.key}@${target.version}`, 'a CIS Controls version');
    const loaded = await catalogues.exportCatalogue(tx, target.key, target.version, { officialText: true });
    const before = loaded.nodes.filter((n) => n.officialText).length;
    const merge = addCisText(sheet, loaded, fileName);
    const texts = Object.fromEntries(merge.updates.map((u) => [u.ref, { title: u.title, ...(u.description ? { description: u.description } : {}) }]));
    const applied = await catalogues.applyOfficialText(tx, { catalogue: target.key, version: target.version }, texts);
    if (applied.unknownRefs.length) throw new Error(`official text matched no node for ${applied.unknownRefs.join(', ')} after the check passed`);
    const ref = `${target.key}@${target.version}`;
    const summary: ImportSummary = {
      format: 'cis-sheet',
      file: fileName,
      catalogues: [],
      crosswalks: [],
      officialText: { catalogue: ref, controls: sheet.controls.length, safeguards: sheet.safeguards.length },
      notices: merge.notices,
    };
    await recordAudit(
      tx,
      ctx.actor,
      {
        action: 'catalogue.official-text.import',
        entityType: 'catalogue',
        entityId: row.id,
        before: { catalogue: ref, nodesWithOfficialText: before },
        after: { format: summary.format, file: fileName, sheet: sheet.sheetName, ...summary.officialText },
      },
      ctx.now,
    );
    return summary;
  });
}

function countByLevel(outcomes: WebCafOutcome[]): Record<AchievementLevel, number> {
  const all = outcomes.flatMap((o) => o.indicators);
  return Object.fromEntries(ACHIEVEMENT_GROUPS.map((g) => [g.level, all.filter((i) => i.level === g.level).length])) as Record<AchievementLevel, number>;
}

/** 'caf@3.2' → { catalogue: 'caf', version: '3.2' }, or an error naming the option. */
export function parseCatalogueRef(spec: string, option: string): CatalogueRef {
  const match = /^([a-z][a-z0-9-]{0,62})@([0-9A-Za-z][0-9A-Za-z._-]{0,31})$/.exec(spec.trim());
  if (!match) throw new ValidationFailed(`${option} must name a catalogue and version`, [{ field: option, message: `"${spec}" is not in the form id@version, such as caf@3.2`, value: spec }]);
  return { catalogue: match[1]!, version: match[2]! };
}

async function readSheets(bytes: Uint8Array, fileName: string): Promise<SheetData[]> {
  if (ZIP_MAGIC.every((b, i) => bytes[i] === b)) return readXlsxSheets(bytes, fileName);
  if (/\.xlsx$/i.test(fileName)) return readXlsxSheets(bytes, fileName); // not a zip: the reader says so
  const sheets = [{ name: fileName.replace(/^.*[\\/]/, ''), rows: readCsvRows(bytes, fileName) }];
  if (!looksLikeCisSheet(sheets) && !/\.csv$/i.test(fileName)) {
    throw new ValidationFailed(`${fileName} is not a CIS Controls spreadsheet`, [{ field: '(file)', message: 'Expected an .xlsx workbook or a CSV file with the CIS columns.' }]);
  }
  return sheets;
}

/**
 * Validates the converted catalogue, placing any fault at the line of the requirement node it came
 * from rather than at a path in a document the person never saw.
 */
function validateConverted(yaml: SafeYaml, conversion: FrameworkConversion, fileName: string) {
  try {
    return validateCatalogue(conversion.doc, fileName);
  } catch (error) {
    if (!(error instanceof ValidationFailed)) throw error;
    const errors: FieldProblem[] = error.errors.map((e) => {
      const node = /:\$\.nodes\[(\d+)\]/.exec(e.field);
      const path = node ? conversion.sourcePaths[Number(node[1])] : undefined;
      return path ? yamlProblem(yaml, path, e.message) : e;
    });
    throw new ValidationFailed(`${fileName} cannot be stored as a catalogue`, errors);
  }
}

/**
 * Which catalogue each framework URN in a mapping set stands for: the framework in this file, one
 * the person named with --map, or a catalogue imported earlier from the same CISO Assistant framework.
 * Requirements are found by the URN they were imported with, else by the URN's last part as a ref
 * (so a CISO Assistant mapping can point at Bulwark's own catalogues, whose refs are the publisher's).
 */
async function frameworkResolvers(
  tx: Db,
  framework: FrameworkConversion | undefined,
  explicit: Map<string, CatalogueRef>,
): Promise<(urn: string) => ResolvedFramework | undefined> {
  const stored = await catalogues.listCatalogues(tx);
  const byUrn = new Map<string, CatalogueRef>(explicit);
  for (const c of stored) {
    for (const source of c.provenance.sources ?? []) {
      const urn = /^CISO Assistant object (\S+)$/.exec(source.title)?.[1]?.toLowerCase();
      if (urn && !byUrn.has(urn)) byUrn.set(urn, { catalogue: c.key, version: c.version });
    }
  }
  const cache = new Map<string, ResolvedFramework | undefined>();
  const resolved = new Map<string, ResolvedFramework | undefined>();
  if (framework) {
    resolved.set(framework.frameworkUrn, { catalogue: { catalogue: framework.doc.id, version: framework.doc.version }, refOf: (urn) => framework.refByUrn.get(urn) });
  }
  const load = async (ref: CatalogueRef) => {
    const key = `${ref.catalogue}@${ref.version}`;
    if (cache.has(key)) return cache.get(key);
    const row = await store.findCatalogue(tx, ref.catalogue, ref.version);
    if (!row) {
      cache.set(key, undefined);
      return undefined;
    }
    const doc = await catalogues.exportCatalogue(tx, ref.catalogue, ref.version);
    const bySourceUrn = new Map<string, string>();
    const byLowerRef = new Map<string, string[]>();
    for (const node of doc.nodes) {
      const sourceUrn = node.attributes?.sourceUrn;
      if (typeof sourceUrn === 'string') bySourceUrn.set(sourceUrn.toLowerCase(), node.ref);
      const lower = node.ref.toLowerCase();
      byLowerRef.set(lower, [...(byLowerRef.get(lower) ?? []), node.ref]);
    }
    const result: ResolvedFramework = {
      catalogue: ref,
      refOf: (urn) => {
        const exact = bySourceUrn.get(urn);
        if (exact) return exact;
        const candidates = byLowerRef.get(urn.slice(urn.lastIndexOf(':') + 1));
        return candidates?.length === 1 ? candidates[0] : undefined;
      },
    };
    cache.set(key, result);
    return result;
  };
  for (const [urn, ref] of byUrn) {
    if (!resolved.has(urn)) resolved.set(urn, await load(ref));
  }
  return (urn) => resolved.get(urn);
}

/** The stored CAF version whose outcomes are exactly the file's, or an error asking which one. */
async function cafVersionFor(tx: Db, yaml: SafeYaml, outcomeCodes: string[], fileName: string): Promise<{ key: string; version: string }> {
  const wanted = new Set(outcomeCodes);
  const candidates: Array<{ key: string; version: string; exact: boolean }> = [];
  for (const c of (await catalogues.listCatalogues(tx)).filter((x) => x.key === 'caf')) {
    const doc = await catalogues.exportCatalogue(tx, c.key, c.version);
    const outcomes = new Set(doc.nodes.filter((n) => n.type === 'outcome').map((n) => n.ref));
    if (outcomeCodes.every((code) => outcomes.has(code))) candidates.push({ key: c.key, version: c.version, exact: outcomes.size === wanted.size });
  }
  const exact = candidates.filter((c) => c.exact);
  const chosen = exact.length === 1 ? exact[0] : candidates.length === 1 ? candidates[0] : undefined;
  if (chosen) return chosen;
  throw new ValidationFailed(`${fileName}: say which CAF version to add the indicators to`, [
    yamlProblem(
      yaml,
      ['objectives'],
      candidates.length
        ? `The outcomes fit more than one CAF version (${candidates.map((c) => `${c.key}@${c.version}`).join(', ')}); name one with --catalogue, e.g. --catalogue ${candidates[0]!.key}@${candidates[0]!.version}.`
        : 'No CAF version held by Bulwark has all the outcomes in this file; name the version with --catalogue (e.g. caf@4.0), or import that version first.',
    ),
  ]);
}

function notLoaded(spec: string, what: string): ValidationFailed {
  return new ValidationFailed(`${spec} is not loaded`, [{ field: '--catalogue', message: `Bulwark holds no catalogue ${spec}; name ${what} it holds (\`bulwark catalogue list\` shows them).`, value: spec }]);
}

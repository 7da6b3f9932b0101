// Documents in Bulwark's own format (catalogue, crosswalk, profile): checking a file without storing it,
// importing one (validate, store in one transaction, audit), and removing an imported catalogue.
import type { ImportResult } from '../../contract/catalogues.js';
import { recordAudit } from '../../platform/audit/audit-trail.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { Conflict, ValidationFailed } from '../../platform/errors.js';
import {
  CATALOGUE_FORMAT,
  catalogueKey,
  CROSSWALK_FORMAT,
  invalid,
  PROFILE_FORMAT,
  type ProfileDocument,
  profileDocumentProblems,
  validateCatalogue,
  validateCrosswalk,
} from './domain/catalogue-format.js';
import { documentKind, parseDocumentText } from './domain/catalogue-file.js';
import { countByType } from './domain/catalogue-tree.js';
import type { ChangeContext } from './change-context.js';
import { getCatalogueRow, parseJson } from './catalogue-rows.js';
import { saveCatalogue, saveMappingSet, saveProfile } from './catalogue-storage.js';
import * as store from './store.js';

export interface FileCheck {
  kind: ImportResult['kind'];
  ref: string;
  nodes?: number;
  links?: number;
  expected?: number;
  nodeCounts?: Record<string, number>;
}

/** Validates a file in Bulwark's own format (JSON or YAML) and reports what is in it, storing nothing. */
export function checkFile(text: string, fileName: string): FileCheck {
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

/** A valid profile document, or ValidationFailed naming each problem. */
export function validProfile(value: unknown, fileName: string): ProfileDocument {
  const { doc, problems } = profileDocumentProblems(value, fileName);
  if (!doc) throw invalid(fileName, 'profile', problems);
  return doc;
}

function unknownFormat(fileName: string): ValidationFailed {
  return new ValidationFailed(`${fileName} is not a Bulwark catalogue, crosswalk or profile.`, [
    { field: `${fileName}:$.format`, message: `must be "${CATALOGUE_FORMAT}", "${CROSSWALK_FORMAT}" or "${PROFILE_FORMAT}"` },
  ]);
}

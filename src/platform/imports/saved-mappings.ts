// Column mappings an organisation saves under a name ("ESR monthly extract"), so each month's file is
// read the same way without mapping it again. Saved per organisation and kind of import.
import { randomUUID } from 'node:crypto';
import { type Actor, recordAudit } from '../audit/audit-trail.js';
import type { Db } from '../db/database.js';
import type { ImportMappingRow } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import { conflictOnDuplicate } from '../db/unique-violation.js';
import { Conflict, NotFound, ValidationFailed } from '../errors.js';
import { importKind, type ImportKind } from './import-kinds.js';
import { checkMappingDefinition } from './mapping.js';
import * as store from './store.js';
import type { ColumnMapping } from './types.js';

export interface SavedMapping {
  kind: string;
  name: string;
  mapping: ColumnMapping;
  version: number;
  updatedAt: string;
}

export interface MappingContext {
  db: Db;
  actor: Actor;
  now: Date;
}

export function toSavedMapping(row: ImportMappingRow): SavedMapping {
  return { kind: row.kind, name: row.name, mapping: JSON.parse(row.mapping_json) as ColumnMapping, version: row.version, updatedAt: row.updated_at };
}

export function kindOrNotFound(id: string): ImportKind<unknown> {
  const kind = importKind(id);
  if (!kind) throw new NotFound(`There is no import of ${id}.`);
  return kind;
}

export async function listMappings(db: Db, orgId: string, kind?: string): Promise<SavedMapping[]> {
  return (await store.listMappings(db, orgId, kind)).map(toSavedMapping);
}

export async function getMapping(db: Db, orgId: string, kind: string, name: string): Promise<SavedMapping> {
  const row = await store.findMapping(db, orgId, kind, name);
  if (!row) throw new NotFound(`There is no saved mapping called “${name}” for importing ${kindOrNotFound(kind).label}.`);
  return toSavedMapping(row);
}

/**
 * Saves a mapping under its name: a new one when version is absent, else a change to the version
 * the editor read (a stale version is refused, never overwritten).
 */
export async function saveMapping(ctx: MappingContext, orgId: string, kindId: string, name: string, mapping: ColumnMapping, version?: number): Promise<SavedMapping> {
  const kind = kindOrNotFound(kindId);
  const cleanName = name.trim();
  if (!cleanName || cleanName.length > 100) throw new ValidationFailed('The mapping needs a name.', [{ field: 'name', message: 'Give the mapping a name of 1 to 100 characters.', value: name }]);
  const problems = checkMappingDefinition([...kind.columns], mapping);
  if (problems.length) throw new ValidationFailed(`The mapping for ${kind.label} needs correcting.`, problems.map((p) => ({ ...p, field: `mapping.${p.field}` })));
  const json = JSON.stringify(mapping);
  const at = ctx.now.toISOString();
  return conflictOnDuplicate(
    () =>
      inTransaction(ctx.db, async (tx) => {
        const existing = await store.findMapping(tx, orgId, kind.id, cleanName);
        if (version === undefined) {
          if (existing) throw new Conflict(`A mapping called “${cleanName}” already exists for ${kind.label}. Open it to change it.`);
          const row: ImportMappingRow = { id: randomUUID(), org_id: orgId, kind: kind.id, name: cleanName, mapping_json: json, created_at: at, updated_at: at, version: 1 };
          await store.insertMapping(tx, row);
          await recordAudit(tx, ctx.actor, { action: 'import.mapping-save', entityType: 'import-mapping', entityId: row.id, orgId, after: { kind: kind.id, name: cleanName, mapping } }, ctx.now);
          return toSavedMapping(row);
        }
        if (!existing) throw new NotFound(`There is no saved mapping called “${cleanName}” for importing ${kind.label}.`);
        if (!(await store.updateMapping(tx, existing.id, version, json, at))) {
          throw new Conflict('This mapping was changed by someone else since you loaded it. Reload and try again.');
        }
        await recordAudit(
          tx,
          ctx.actor,
          { action: 'import.mapping-save', entityType: 'import-mapping', entityId: existing.id, orgId, before: toSavedMapping(existing).mapping, after: { kind: kind.id, name: cleanName, mapping } },
          ctx.now,
        );
        return { kind: kind.id, name: cleanName, mapping, version: version + 1, updatedAt: at };
      }),
    `A mapping called “${cleanName}” already exists for ${kind.label}. Open it to change it.`,
  );
}

export async function deleteMapping(ctx: MappingContext, orgId: string, kindId: string, name: string): Promise<void> {
  const kind = kindOrNotFound(kindId);
  await inTransaction(ctx.db, async (tx) => {
    const existing = await store.findMapping(tx, orgId, kind.id, name);
    if (!existing) throw new NotFound(`There is no saved mapping called “${name}” for importing ${kind.label}.`);
    await store.deleteMapping(tx, existing.id);
    await recordAudit(tx, ctx.actor, { action: 'import.mapping-delete', entityType: 'import-mapping', entityId: existing.id, orgId, before: { kind: kind.id, name, mapping: toSavedMapping(existing).mapping } }, ctx.now);
  });
}

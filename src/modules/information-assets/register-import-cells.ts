// What the asset, supplier and data flow imports share: reading a checked row's cells (a column the file lacks
// leaves the value held; a blank cell in a column it has clears it), keeping what a row brings, and
// Bulwark's own export as a built-in mapping.
import { recordAudit } from '../../platform/audit/audit-trail.js';
import type { Db } from '../../platform/db/database.js';
import type { ApplyContext, BatchOutcome, ImportPreset } from '../../platform/imports/import-kinds.js';
import type { ColumnMapping, ColumnSpec, FieldValue, RowProblem } from '../../platform/imports/types.js';
import { auditView, changedColumns } from './asset-changes.js';

/** One row's cells as the checks read them, and the problems found, each naming the file's column. */
export function rowCells(values: Record<string, FieldValue>, row: number, columnOf: (field: string) => string) {
  const problems: RowProblem[] = [];
  const has = (field: string) => values[field] !== undefined;
  const text = (field: string) => (values[field] === null || values[field] === undefined ? '' : String(values[field]).trim());
  return {
    problems,
    has,
    text,
    problem: (field: string, reason: string) => problems.push({ row, column: columnOf(field), value: text(field), reason }),
    /** The field's text, null when blank, undefined when the file has no such column. */
    optional: (field: string): string | null | undefined => (has(field) ? text(field) || null : undefined),
    /** The field's typed value as the pipeline read it (a date as YYYY-MM-DD, a number, a boolean). */
    value: <V extends FieldValue>(field: string): V | null | undefined => (has(field) ? (values[field] as V) : undefined),
    /** A word looked up in a list: undefined when the column is absent, null when blank, the id, or a problem. */
    word: <T extends string>(field: string, lookup: (text: string) => T | null, reason: string): T | null | undefined => {
      if (!has(field)) return undefined;
      if (!text(field)) return null;
      const found = lookup(text(field));
      if (!found) problems.push({ row, column: columnOf(field), value: text(field), reason });
      return found;
    },
  };
}

/** Only the keys whose values are not undefined, so an absent column changes nothing. */
export function given<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Bulwark's own export read back: every date column under its usual heading, written YYYY-MM-DD. */
export function bulwarkExportPreset(columns: readonly ColumnSpec[]): ImportPreset {
  return {
    label: 'A register exported from Bulwark (dates as YYYY-MM-DD)',
    mapping: (): ColumnMapping => Object.fromEntries(columns.filter((c) => c.type.kind === 'date').map((c) => [c.field, { column: c.label, format: 'YYYY-MM-DD' }])),
  };
}

interface KeptRecord {
  id: string;
  version: number;
  updated_at: string;
  updated_by: string | null;
}

/**
 * Keeps what one row brings: a record no live one of its name holds goes on `added` (inserted with
 * the batch); one held is changed in the columns that differ; either is in the audit trail and
 * counted in the batch's outcome.
 */
export async function keepImported<R extends KeptRecord>(
  tx: Db,
  context: ApplyContext,
  outcome: BatchOutcome,
  action: 'asset.import' | 'supplier.import' | 'flow.import',
  entityType: 'information-asset' | 'supplier' | 'data-flow',
  update: (db: Db, orgId: string, id: string, version: number, patch: Partial<R>) => Promise<boolean>,
  added: R[],
  held: R | undefined,
  next: R,
): Promise<void> {
  if (!held) {
    added.push(next);
    await recordAudit(tx, context.actor, { action, entityType, entityId: next.id, orgId: context.orgId, after: auditView(next) }, context.now);
    outcome.inserted++;
    return;
  }
  const { before, after } = changedColumns(held, next);
  if (!Object.keys(after).length) {
    outcome.unchanged++;
    return;
  }
  await update(tx, context.orgId, held.id, held.version, { ...after, updated_at: context.now.toISOString(), updated_by: context.actor.userId });
  await recordAudit(tx, context.actor, { action, entityType, entityId: held.id, orgId: context.orgId, before: auditView(before), after: auditView(after) }, context.now);
  outcome.updated++;
}

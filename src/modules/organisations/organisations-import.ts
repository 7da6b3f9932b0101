// Importing organisations from a file: an ICS its Trusts, a Trust its sites and departments, keyed on
// ODS code. Every row lands below the organisation the file is imported into; a row names its parent by
// ODS code (blank for that organisation itself), and parents come before their children. A code
// already below updates its name and DSPT category; type and place in the tree are not changed by import.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../platform/db/database.js';
import type { OrganisationRow } from '../../platform/db/schema.js';
import { type ApplyContext, declareImportKind, type BatchOutcome, type CheckedRow } from '../../platform/imports/import-kinds.js';
import type { ColumnSpec, FieldValue, RowProblem } from '../../platform/imports/types.js';
import { checkOdsCode } from './domain/ods-code.js';
import { checkOrganisation } from './domain/organisation-rules.js';
import { DSPT_CATEGORIES, ORGANISATION_TYPE_LABELS, ORGANISATION_TYPES, type OrganisationType } from './domain/organisation-types.js';
import * as store from './store.js';

export interface OrganisationImportRow {
  odsCode: string;
  name: string;
  type: OrganisationType;
  parentOdsCode: string | null;
  dsptCategory: string | null;
}

export const ORGANISATION_COLUMNS: readonly ColumnSpec[] = [
  { field: 'odsCode', label: 'ODS code', type: { kind: 'text', maxLength: 10 }, required: true },
  { field: 'name', label: 'Name', type: { kind: 'text', maxLength: 200 }, required: true },
  { field: 'type', label: 'Type', type: { kind: 'text', maxLength: 100 }, required: true },
  { field: 'parentOdsCode', label: 'Parent ODS code', type: { kind: 'text', maxLength: 10 }, required: false },
  { field: 'dsptCategory', label: 'DSPT category', type: { kind: 'text', maxLength: 20 }, required: false },
];

/** A type given as our id (nhs-trust) or as people write it (NHS trust). */
export function organisationTypeFrom(text: string): OrganisationType | null {
  return TYPES_BY_SQUASHED_NAME.get(squash(text)) ?? null;
}

// Every way a type may be written, squashed, once: the lookup runs for every row of a file.
const TYPES_BY_SQUASHED_NAME = new Map<string, OrganisationType>(ORGANISATION_TYPES.flatMap((id) => [[squash(ORGANISATION_TYPE_LABELS[id]), id] as const, [squash(id), id] as const]));

/** A DSPT category given as category-2, Category 2 or 2. */
export function dsptCategoryFrom(text: string): string | null {
  const digit = /^(?:category)?\s*-?\s*([1-4])$/i.exec(text.trim());
  const id = digit ? `category-${digit[1]}` : text.trim().toLowerCase();
  return (DSPT_CATEGORIES as readonly string[]).includes(id) ? id : null;
}

function squash(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export function checkOrganisationRow(
  values: Record<string, FieldValue>,
  row: number,
  columnOf: (field: string) => string,
): { ok: true; value: OrganisationImportRow } | { ok: false; problems: RowProblem[] } {
  const text = (field: string) => (values[field] === null || values[field] === undefined ? '' : String(values[field]));
  const problems: RowProblem[] = [];
  const problem = (field: string, reason: string) => problems.push({ row, column: columnOf(field), value: text(field), reason });

  const type = organisationTypeFrom(text('type'));
  if (!type) problem('type', `is not a type of organisation Bulwark knows (for example ${ORGANISATION_TYPE_LABELS['nhs-trust']} or nhs-trust)`);
  let odsCode = text('odsCode').toUpperCase();
  if (type) {
    const checked = checkOdsCode(text('odsCode'), type);
    if (checked.ok) odsCode = checked.code;
    else problem('odsCode', checked.reason);
  }
  let parentOdsCode: string | null = null;
  if (text('parentOdsCode')) {
    parentOdsCode = text('parentOdsCode').toUpperCase();
    if (!/^[A-Z0-9]{3,10}$/.test(parentOdsCode)) problem('parentOdsCode', 'is not an ODS code: use 3 to 10 letters and digits');
  }
  let dsptCategory: string | null = null;
  if (text('dsptCategory')) {
    dsptCategory = dsptCategoryFrom(text('dsptCategory'));
    if (!dsptCategory) problem('dsptCategory', 'is not a DSPT category (1 to 4, or category-1 to category-4)');
  }
  if (problems.length || !type) return { ok: false, problems };
  return { ok: true, value: { odsCode, name: text('name').replace(/\s+/g, ' '), type, parentOdsCode, dsptCategory } };
}

export async function applyOrganisationBatch(tx: Db, batch: Array<CheckedRow<OrganisationImportRow>>, context: Pick<ApplyContext, 'orgId' | 'now' | 'columnOf'>): Promise<BatchOutcome> {
  const root = await store.findOrganisation(tx, context.orgId);
  if (!root) throw new Error(`The organisation ${context.orgId} has gone.`);
  const codes = [...new Set(batch.flatMap((b) => [b.value.odsCode, ...(b.value.parentOdsCode ? [b.value.parentOdsCode] : [])]))];
  const byCode = new Map((await store.findByOdsCodes(tx, codes)).map((o) => [o.ods_code!, o]));
  const inTree = (o: OrganisationRow) => o.path.startsWith(root.path);
  const outcome: BatchOutcome = { inserted: 0, updated: 0, unchanged: 0, refused: [] };
  const added: OrganisationRow[] = [];
  const at = context.now.toISOString();

  for (const { row, value } of batch) {
    const refuse = (field: string, text: string, reason: string) => outcome.refused.push({ row, problems: [{ row, column: context.columnOf(field), value: text, reason }] });
    const parent = value.parentOdsCode ? byCode.get(value.parentOdsCode) : root;
    if (!parent) {
      refuse('parentOdsCode', value.parentOdsCode!, 'names no organisation: add the parent in an earlier row, or leave this blank for the organisation you are importing into');
      continue;
    }
    if (!inTree(parent)) {
      refuse('parentOdsCode', value.parentOdsCode!, `is not below ${root.name}: an import only adds organisations below the one it is made in`);
      continue;
    }
    const checked = checkOrganisation({ name: value.name, type: value.type, odsCode: value.odsCode, dsptCategory: value.dsptCategory }, parent.type);
    if (!checked.ok) {
      outcome.refused.push({ row, problems: checked.problems.map((p) => ({ row, column: context.columnOf(p.field), value: p.field === 'name' ? value.name : p.field === 'type' ? value.type : '', reason: p.message })) });
      continue;
    }
    const existing = byCode.get(value.odsCode);
    if (!existing) {
      const id = randomUUID();
      const created: OrganisationRow = {
        id,
        parent_id: parent.id,
        path: `${parent.path}${id}/`,
        name: checked.value.name,
        type: checked.value.type,
        ods_code: value.odsCode,
        dspt_category: checked.value.dsptCategory,
        mfa_policy: 'privileged',
        created_at: at,
        updated_at: at,
        version: 1,
      };
      added.push(created);
      byCode.set(value.odsCode, created);
      outcome.inserted++;
      continue;
    }
    if (!inTree(existing)) {
      refuse('odsCode', value.odsCode, 'is already used by an organisation outside this one’s tree');
      continue;
    }
    if (existing.type !== value.type) {
      refuse('type', value.type, `differs from the ${ORGANISATION_TYPE_LABELS[existing.type as OrganisationType]?.toLowerCase() ?? existing.type} Bulwark holds for ${value.odsCode}; an import does not change an organisation’s type`);
      continue;
    }
    if (existing.parent_id !== parent.id) {
      refuse('parentOdsCode', value.parentOdsCode ?? '', `differs from where ${value.odsCode} sits in Bulwark; an import does not move organisations`);
      continue;
    }
    if (existing.name === checked.value.name && existing.dspt_category === checked.value.dsptCategory) {
      outcome.unchanged++;
      continue;
    }
    if (added.includes(existing)) {
      // Only possible for a code repeated in one file, which the pipeline refuses before this.
      outcome.unchanged++;
      continue;
    }
    await store.updateOrganisation(tx, existing.id, existing.version, { name: checked.value.name, dspt_category: checked.value.dsptCategory, updated_at: at });
    byCode.set(value.odsCode, { ...existing, name: checked.value.name, dspt_category: checked.value.dsptCategory, version: existing.version + 1 });
    outcome.updated++;
  }
  await store.insertOrganisations(tx, added);
  return outcome;
}

export const organisationsImport = declareImportKind<OrganisationImportRow>({
  id: 'organisations',
  label: 'organisations',
  columns: ORGANISATION_COLUMNS,
  action: 'organisation.import',
  keyFields: ['odsCode'],
  keyOf: (row) => row.odsCode,
  check: checkOrganisationRow,
  apply: (tx, batch, context) => applyOrganisationBatch(tx, batch, context),
});

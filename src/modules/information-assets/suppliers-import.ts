// Bringing a Trust's supplier list through the import pipeline: one row per supplier, keyed by name
// within the organisation, so the same file again changes nothing and a later one updates each
// supplier. Certifications come as a certificate number and expiry date per scheme.
import { type CertificationScheme, DSPT_STATUS_LABELS, DSPT_STATUSES, type NewSupplierBody } from '../../contract/information-assets.js';
import type { Db } from '../../platform/db/database.js';
import type { SupplierRow } from '../../platform/db/schema.js';
import { type ApplyContext, type BatchOutcome, type CheckedRow, declareImportKind } from '../../platform/imports/import-kinds.js';
import type { ColumnSpec, FieldValue, RowProblem } from '../../platform/imports/types.js';
import type { RegisterChangeContext } from './asset-changes.js';
import { wordLookup } from '../../platform/imports/word-lookup.js';
import { bulwarkExportPreset, given, keepImported, rowCells } from './register-import-cells.js';
import { type Certification, certificationsOf } from './register-views.js';
import { newSupplierRow, supplierColumns, supplierProblems } from './supplier-changes.js';
import * as store from './store.js';

/** A checked row: the supplier's details from the columns the file has, and its certifications by scheme. */
export interface SupplierImportRow {
  name: string;
  details: Omit<Partial<NewSupplierBody>, 'certifications'>;
  /** For each scheme whose columns the file has: its certificate, or null when the row leaves it blank. */
  certifications: Partial<Record<CertificationScheme, Certification | null>>;
}

/** The columns of one scheme: its certificate number and expiry date. */
const SCHEME_COLUMNS: Record<Exclude<CertificationScheme, 'other'>, { prefix: string; label: string }> = {
  'cyber-essentials': { prefix: 'cyberEssentials', label: 'Cyber Essentials' },
  'cyber-essentials-plus': { prefix: 'cyberEssentialsPlus', label: 'Cyber Essentials Plus' },
  'iso-27001': { prefix: 'iso27001', label: 'ISO 27001' },
};

export const SUPPLIER_COLUMNS: readonly ColumnSpec[] = [
  { field: 'name', label: 'Name', type: { kind: 'text', maxLength: 200 }, required: true },
  { field: 'companiesHouseNumber', label: 'Companies House number', type: { kind: 'text', maxLength: 20 }, required: false },
  { field: 'contactName', label: 'Contact name', type: { kind: 'text', maxLength: 200 }, required: false },
  { field: 'contactEmail', label: 'Contact email', type: { kind: 'email' }, required: false },
  { field: 'contactPhone', label: 'Contact phone', type: { kind: 'text', maxLength: 50 }, required: false },
  { field: 'services', label: 'Services', type: { kind: 'text', maxLength: 2000 }, required: false },
  { field: 'contractReference', label: 'Contract reference', type: { kind: 'text', maxLength: 200 }, required: false },
  { field: 'contractStartsOn', label: 'Contract start', type: { kind: 'date' }, required: false },
  { field: 'contractEndsOn', label: 'Contract end', type: { kind: 'date' }, required: false },
  { field: 'dsptStatus', label: 'DSPT status', type: { kind: 'text', maxLength: 100 }, required: false },
  { field: 'dsptYear', label: 'DSPT year', type: { kind: 'text', maxLength: 20 }, required: false },
  ...Object.values(SCHEME_COLUMNS).flatMap(({ prefix, label }): ColumnSpec[] => [
    { field: `${prefix}Number`, label: `${label} certificate`, type: { kind: 'text', maxLength: 100 }, required: false },
    { field: `${prefix}Expiry`, label: `${label} expiry`, type: { kind: 'date' }, required: false },
  ]),
  { field: 'otherCertification', label: 'Other certification', type: { kind: 'text', maxLength: 200 }, required: false },
  { field: 'otherNumber', label: 'Other certificate', type: { kind: 'text', maxLength: 100 }, required: false },
  { field: 'otherExpiry', label: 'Other expiry', type: { kind: 'date' }, required: false },
  { field: 'notes', label: 'Notes', type: { kind: 'text', maxLength: 20_000 }, required: false },
];

export const dsptStatusOf = wordLookup(DSPT_STATUSES, DSPT_STATUS_LABELS, {
  exceeded: 'standards-exceeded',
  met: 'standards-met',
  approaching: 'approaching-standards',
  'not met': 'standards-not-met',
  'none published': 'not-published',
  'not submitted': 'not-published',
});

/** A DSPT year as 2024-25, from 2024-25, 2024/25 or 2024/2025. */
export function dsptYearOf(text: string): string | null {
  const found = /^(\d{4})\s*[-/]\s*(\d{2}|\d{4})$/.exec(text.trim());
  if (!found) return null;
  const start = Number(found[1]);
  const end = Number(found[2]!.slice(-2));
  return end === (start + 1) % 100 ? `${start}-${found[2]!.slice(-2)}` : null;
}

export function checkSupplierRow(values: Record<string, FieldValue>, row: number, columnOf: (field: string) => string): { ok: true; value: SupplierImportRow } | { ok: false; problems: RowProblem[] } {
  const cells = rowCells(values, row, columnOf);
  const dsptStatus = cells.word('dsptStatus', dsptStatusOf, 'is not a DSPT status: standards exceeded, standards met, approaching standards, standards not met or not published');
  let dsptYear = cells.optional('dsptYear');
  if (dsptYear) {
    dsptYear = dsptYearOf(dsptYear);
    if (!dsptYear) cells.problem('dsptYear', 'is not a DSPT year: write it as 2024-25');
  }
  const certifications: SupplierImportRow['certifications'] = {};
  for (const [scheme, { prefix }] of Object.entries(SCHEME_COLUMNS) as Array<[CertificationScheme, { prefix: string }]>) {
    if (!cells.has(`${prefix}Number`) && !cells.has(`${prefix}Expiry`)) continue;
    const number = cells.optional(`${prefix}Number`) ?? null;
    const expiresOn = cells.value<string>(`${prefix}Expiry`) ?? null;
    certifications[scheme] = number || expiresOn ? { scheme, name: null, number, expiresOn } : null;
  }
  const otherName = cells.optional('otherCertification') ?? null;
  if (!otherName && (cells.optional('otherNumber') || cells.value('otherExpiry'))) cells.problem('otherCertification', 'is blank, but the row gives another certificate: name its scheme');
  if (cells.has('otherCertification')) {
    certifications.other = otherName ? { scheme: 'other', name: otherName, number: cells.optional('otherNumber') ?? null, expiresOn: cells.value<string>('otherExpiry') ?? null } : null;
  }

  if (cells.problems.length) return { ok: false, problems: cells.problems };
  const details = given({
    companiesHouseNumber: cells.optional('companiesHouseNumber'),
    contactName: cells.optional('contactName'),
    contactEmail: cells.optional('contactEmail'),
    contactPhone: cells.optional('contactPhone'),
    services: cells.optional('services'),
    contractReference: cells.optional('contractReference'),
    contractStartsOn: cells.value<string>('contractStartsOn'),
    contractEndsOn: cells.value<string>('contractEndsOn'),
    dsptStatus,
    dsptYear,
    notes: cells.optional('notes'),
  });
  return { ok: true, value: { name: cells.text('name').replace(/\s+/g, ' '), details, certifications } };
}

/**
 * The certifications held, with the schemes the file speaks of replaced by what it says. A supplier may
 * hold several other certifications and a row names one: it replaces the one of that name, and a blank
 * leaves the others as they are.
 */
function mergedCertifications(held: readonly Certification[], fromFile: SupplierImportRow['certifications']): Certification[] {
  const other = fromFile.other;
  const replaced = (c: Certification) => (c.scheme === 'other' ? !!other && c.name?.toLowerCase() === other.name?.toLowerCase() : c.scheme in fromFile);
  return [...held.filter((c) => !replaced(c)), ...Object.values(fromFile).filter((c): c is Certification => !!c)];
}

export async function applySupplierBatch(tx: Db, batch: Array<CheckedRow<SupplierImportRow>>, context: ApplyContext): Promise<BatchOutcome> {
  const outcome: BatchOutcome = { inserted: 0, updated: 0, unchanged: 0, refused: [] };
  const ctx: RegisterChangeContext = { db: tx, actor: context.actor, now: context.now };
  const held = new Map((await store.suppliersByNameKeys(tx, context.orgId, batch.map((b) => store.nameKey(b.value.name)))).map((s) => [s.name_key, s]));
  const added: SupplierRow[] = [];
  for (const { row, value } of batch) {
    const existing = held.get(store.nameKey(value.name));
    const certifications = mergedCertifications(existing ? certificationsOf(existing) : [], value.certifications);
    const columns = supplierColumns({ ...value.details, name: value.name, certifications });
    const next = existing ? { ...existing, ...columns } : newSupplierRow(context.orgId, columns, ctx);
    const problems = supplierProblems(next);
    if (problems.length) {
      const fieldOf = (field: string) => (field === 'contractEndsOn' ? 'contractEndsOn' : 'otherCertification');
      outcome.refused.push({ row, problems: problems.map((p) => ({ row, column: context.columnOf(fieldOf(p.field)), value: '', reason: p.message })) });
      continue;
    }
    await keepImported(tx, context, outcome, 'supplier.import', 'supplier', store.updateSupplier, added, existing, next);
  }
  await store.insertSuppliers(tx, added);
  return outcome;
}

export const suppliersImport = declareImportKind<SupplierImportRow>({
  id: 'suppliers',
  label: 'suppliers',
  columns: SUPPLIER_COLUMNS,
  action: 'supplier.manage',
  keyFields: ['name'],
  keyOf: (row) => store.nameKey(row.name),
  check: checkSupplierRow,
  presets: { bulwark: bulwarkExportPreset(SUPPLIER_COLUMNS) },
  apply: applySupplierBatch,
});

// The data flows taken out of Bulwark as CSV or XLSX: one row per live flow, under the headings the
// flows import reads (ends by name, lists separated by semicolons, bases by their labels, dates as
// YYYY-MM-DD), so an export edited in a spreadsheet imports back with `--format bulwark`. The flags
// as of the date close each row.
import {
  AGREEMENT_TYPE_LABELS,
  CLDC_BASIS_LABELS,
  DATA_CATEGORY_LABELS,
  DATA_SUBJECT_LABELS,
  type FlowDetail,
  FREQUENCY_LABELS,
  LAWFUL_BASIS_LABELS,
  OPT_OUT_LABELS,
  SPECIAL_CATEGORY_CONDITION_LABELS,
  TRANSFER_METHOD_LABELS,
  TRANSFER_SAFEGUARD_LABELS,
  TRANSIT_ENCRYPTION_LABELS,
} from '../../contract/data-flows.js';
import type { Db } from '../../platform/db/database.js';
import { type ExportedFile, type ListFormat, tableFile } from '../../platform/exports/exported-file.js';
import type { ExportCell, ExportTable } from '../../platform/exports/export-table.js';
import { listFlows } from './flow-reading.js';
import { FLOW_COLUMNS } from './flows-import.js';
import { flagsCell } from './register-export.js';
import type { IdentityNames } from '../../platform/identity/deployment-identity.js';

const yesNo = (v: boolean) => (v ? 'Yes' : 'No');
/** A label for an id held, or a blank for none. */
const labelOf = <T extends string>(labels: Record<T, string>, id: T | null) => (id ? labels[id] : '');

const CELLS: Record<string, (f: FlowDetail) => ExportCell> = {
  name: (f) => f.name,
  description: (f) => f.description,
  from: (f) => f.from.name,
  to: (f) => f.to.name,
  dataCategories: (f) => f.dataCategories.map((c) => DATA_CATEGORY_LABELS[c]).join('; '),
  dataSubjects: (f) => f.dataSubjects.map((s) => DATA_SUBJECT_LABELS[s]).join('; '),
  personalData: (f) => yesNo(f.personalData),
  specialCategoryData: (f) => yesNo(f.specialCategoryData),
  patientData: (f) => yesNo(f.patientData),
  recordVolume: (f) => f.recordVolume,
  purpose: (f) => f.purpose,
  directCare: (f) => yesNo(f.directCare),
  lawfulBasis: (f) => labelOf(LAWFUL_BASIS_LABELS, f.lawfulBasis),
  specialCategoryCondition: (f) => labelOf(SPECIAL_CATEGORY_CONDITION_LABELS, f.specialCategoryCondition),
  schedule1Condition: (f) => f.schedule1Condition,
  cldcBasis: (f) => labelOf(CLDC_BASIS_LABELS, f.cldcBasis),
  cagReference: (f) => f.cagReference,
  nationalDataOptOut: (f) => labelOf(OPT_OUT_LABELS, f.nationalDataOptOut),
  transferMethod: (f) => labelOf(TRANSFER_METHOD_LABELS, f.transferMethod),
  encryptedInTransit: (f) => TRANSIT_ENCRYPTION_LABELS[f.encryptedInTransit],
  frequency: (f) => labelOf(FREQUENCY_LABELS, f.frequency),
  agreementType: (f) => labelOf(AGREEMENT_TYPE_LABELS, f.agreementType),
  agreementReference: (f) => f.agreementReference,
  agreementExpiresOn: (f) => f.agreementExpiresOn,
  internationalTransfer: (f) => yesNo(f.internationalTransfer),
  destinationCountry: (f) => f.destinationCountry,
  transferSafeguard: (f) => labelOf(TRANSFER_SAFEGUARD_LABELS, f.transferSafeguard),
  retention: (f) => f.retention,
  notes: (f) => f.notes,
};

export async function exportFlows(db: Db, orgId: string, format: ListFormat, asOf: Date, identity: IdentityNames): Promise<ExportedFile> {
  const { items } = await listFlows(db, orgId, {}, asOf);
  const table: ExportTable = {
    columns: [...FLOW_COLUMNS.map((c) => ({ header: c.label, width: c.type.kind === 'date' ? 12 : 24 })), { header: 'Risk flags', width: 40 }],
    rows: items.map((f) => [...FLOW_COLUMNS.map((c) => CELLS[c.field]!(f)), flagsCell(f.flags)]),
  };
  return tableFile('data-flows', 'Data flows', table, format, asOf, identity);
}

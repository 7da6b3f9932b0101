// The register taken out of Bulwark as CSV or XLSX: one row per live asset or supplier, under the
// same headings the imports read (dates as YYYY-MM-DD, people with accounts as their email), so an
// export edited in a spreadsheet imports back with `--format bulwark`. The flags as of the date close
// each row.
import {
  ANSWER_LABELS,
  ASSET_TYPE_LABELS,
  CERTIFICATION_SCHEME_LABELS,
  CRITICALITY_LABELS,
  DSPT_STATUS_LABELS,
  FLAG_RULE_LABELS,
  HOSTING_LABELS,
  type RiskFlag,
} from '../../contract/information-assets.js';
import type { Db } from '../../platform/db/database.js';
import { type ExportedFile, type ListFormat, tableFile } from '../../platform/exports/exported-file.js';
import type { ExportCell, ExportTable } from '../../platform/exports/export-table.js';
import { peopleByIds } from '../accounts/service.js';
import { ASSET_COLUMNS } from './assets-import.js';
import { listAssets, listSuppliers } from './register-reading.js';
import { SUPPLIER_COLUMNS } from './suppliers-import.js';
import type { IdentityNames } from '../../platform/identity/deployment-identity.js';

export { type ExportedFile, LIST_FORMATS as EXPORT_FORMATS } from '../../platform/exports/exported-file.js';

const yesNo = (v: boolean) => (v ? 'Yes' : 'No');
/** The flags' rules in words, each once. */
export const flagsCell = (flags: readonly RiskFlag[]) => [...new Set(flags.map((f) => FLAG_RULE_LABELS[f.rule]))].join('; ');
const headings = (columns: typeof ASSET_COLUMNS, extra: string[]) => [...columns.map((c) => ({ header: c.label, width: c.type.kind === 'date' ? 12 : 24 })), ...extra.map((header) => ({ header, width: 40 }))];

export async function exportAssets(db: Db, orgId: string, format: ListFormat, asOf: Date, identity: IdentityNames): Promise<ExportedFile> {
  const { items } = await listAssets(db, orgId, {}, asOf);
  const ids = items.flatMap((a) => [a.owner?.id, a.administrator?.id]).filter((id): id is string => !!id);
  const emails = new Map((ids.length ? await peopleByIds(db, [...new Set(ids)]) : []).map((p) => [p.id, p.email]));
  const person = (p: { id: string | null; name: string } | null) => (p ? ((p.id && emails.get(p.id)) ?? p.name) : '');
  const cellsOf: Record<string, (a: (typeof items)[number]) => ExportCell> = {
    name: (a) => a.name,
    type: (a) => ASSET_TYPE_LABELS[a.type],
    criticality: (a) => CRITICALITY_LABELS[a.criticality],
    description: (a) => a.description,
    owner: (a) => person(a.owner),
    administrator: (a) => person(a.administrator),
    hosting: (a) => (a.hosting ? HOSTING_LABELS[a.hosting] : ''),
    hostingRegion: (a) => a.hostingRegion,
    supplier: (a) => a.supplier?.name ?? '',
    supportEndsOn: (a) => a.supportEndsOn,
    personalData: (a) => yesNo(a.personalData),
    specialCategoryData: (a) => yesNo(a.specialCategoryData),
    patientData: (a) => yesNo(a.patientData),
    recordVolume: (a) => a.recordVolume,
    encryptionAtRest: (a) => ANSWER_LABELS[a.encryptionAtRest],
    mfa: (a) => ANSWER_LABELS[a.mfa],
    backupRestoreTestedOn: (a) => a.backupRestoreTestedOn,
    continuityPlan: (a) => yesNo(a.continuityPlan),
    continuityPlanReference: (a) => a.continuityPlanReference,
    notes: (a) => a.notes,
  };
  const table: ExportTable = {
    columns: headings(ASSET_COLUMNS, ['Risk flags']),
    rows: items.map((a) => [...ASSET_COLUMNS.map((c) => cellsOf[c.field]!(a)), flagsCell(a.flags)]),
  };
  return tableFile('information-assets', 'Information assets', table, format, asOf, identity);
}

export async function exportSuppliers(db: Db, orgId: string, format: ListFormat, asOf: Date, identity: IdentityNames): Promise<ExportedFile> {
  const { items } = await listSuppliers(db, orgId, {}, asOf);
  const certificate = (s: (typeof items)[number], scheme: string) => s.certifications.find((c) => c.scheme === scheme);
  const cellsOf: Record<string, (s: (typeof items)[number]) => ExportCell> = {
    name: (s) => s.name,
    companiesHouseNumber: (s) => s.companiesHouseNumber,
    contactName: (s) => s.contactName,
    contactEmail: (s) => s.contactEmail,
    contactPhone: (s) => s.contactPhone,
    services: (s) => s.services,
    contractReference: (s) => s.contractReference,
    contractStartsOn: (s) => s.contractStartsOn,
    contractEndsOn: (s) => s.contractEndsOn,
    dsptStatus: (s) => (s.dsptStatus ? DSPT_STATUS_LABELS[s.dsptStatus] : ''),
    dsptYear: (s) => s.dsptYear,
    cyberEssentialsNumber: (s) => certificate(s, 'cyber-essentials')?.number ?? '',
    cyberEssentialsExpiry: (s) => certificate(s, 'cyber-essentials')?.expiresOn ?? '',
    cyberEssentialsPlusNumber: (s) => certificate(s, 'cyber-essentials-plus')?.number ?? '',
    cyberEssentialsPlusExpiry: (s) => certificate(s, 'cyber-essentials-plus')?.expiresOn ?? '',
    iso27001Number: (s) => certificate(s, 'iso-27001')?.number ?? '',
    iso27001Expiry: (s) => certificate(s, 'iso-27001')?.expiresOn ?? '',
    otherCertification: (s) => certificate(s, 'other')?.name ?? '',
    otherNumber: (s) => certificate(s, 'other')?.number ?? '',
    otherExpiry: (s) => certificate(s, 'other')?.expiresOn ?? '',
    notes: (s) => s.notes,
  };
  const table: ExportTable = {
    columns: headings(SUPPLIER_COLUMNS, ['Other certifications', 'Assets depending on it', 'Risk flags']),
    rows: items.map((s) => [
      ...SUPPLIER_COLUMNS.map((c) => cellsOf[c.field]!(s)),
      // Only one other certification has columns of its own; any further ones are listed here.
      s.certifications
        .filter((c) => c.scheme === 'other')
        .slice(1)
        .map((c) => [c.name ?? CERTIFICATION_SCHEME_LABELS.other, c.number, c.expiresOn].filter(Boolean).join(' '))
        .join('; '),
      s.assets.map((a) => a.name).join('; '),
      flagsCell(s.flags),
    ]),
  };
  return tableFile('suppliers', 'Suppliers', table, format, asOf, identity);
}

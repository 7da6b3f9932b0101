// Bringing a Trust's information asset register through the import pipeline: one row per asset, keyed
// by name within the organisation (a name held by a live asset updates it). The supplier is named and
// matched by name among the organisation's suppliers; an owner or administrator given as an email is
// an account with a role here, and anything else is the name of someone without an account.
import {
  ASSET_TYPE_LABELS,
  ASSET_TYPES,
  CRITICALITIES,
  CRITICALITY_LABELS,
  HOSTING_LABELS,
  HOSTINGS,
  MFA_ANSWERS,
  ANSWER_LABELS,
  type NewAssetBody,
} from '../../contract/information-assets.js';
import type { Db } from '../../platform/db/database.js';
import type { InformationAssetRow } from '../../platform/db/schema.js';
import { type ApplyContext, type BatchOutcome, type CheckedRow, declareImportKind } from '../../platform/imports/import-kinds.js';
import type { ColumnSpec, FieldValue, RowProblem } from '../../platform/imports/types.js';
import { isDeliverableAddress } from '../../platform/email/addresses.js';
import { membersByEmail } from '../accounts/service.js';
import { assetColumns, newAssetRow, type RegisterChangeContext, withPersonalData } from './asset-changes.js';
import { wordLookup } from '../../platform/imports/word-lookup.js';
import { bulwarkExportPreset, given, keepImported, rowCells } from './register-import-cells.js';
import * as store from './store.js';

/** How an owner or administrator is given in the file: an email (an account) or a name. */
type PersonCell = { email: string } | { name: string } | null;

/** A checked row: the asset's details from the columns the file has, with the supplier and people still as written. */
export interface AssetImportRow {
  name: string;
  details: Partial<NewAssetBody>;
  supplierName: string | null | undefined;
  owner: PersonCell | undefined;
  administrator: PersonCell | undefined;
}

export const ASSET_COLUMNS: readonly ColumnSpec[] = [
  { field: 'name', label: 'Name', type: { kind: 'text', maxLength: 200 }, required: true },
  { field: 'type', label: 'Type', type: { kind: 'text', maxLength: 100 }, required: true },
  { field: 'criticality', label: 'Criticality', type: { kind: 'text', maxLength: 40 }, required: true },
  { field: 'description', label: 'Description', type: { kind: 'text', maxLength: 20_000 }, required: false },
  { field: 'owner', label: 'Information Asset Owner', type: { kind: 'text', maxLength: 320 }, required: false },
  { field: 'administrator', label: 'Information Asset Administrator', type: { kind: 'text', maxLength: 320 }, required: false },
  { field: 'hosting', label: 'Hosting', type: { kind: 'text', maxLength: 100 }, required: false },
  { field: 'hostingRegion', label: 'Hosting region', type: { kind: 'text', maxLength: 100 }, required: false },
  { field: 'supplier', label: 'Supplier', type: { kind: 'text', maxLength: 200 }, required: false },
  { field: 'supportEndsOn', label: 'Support end date', type: { kind: 'date' }, required: false },
  { field: 'personalData', label: 'Personal data', type: { kind: 'boolean' }, required: false },
  { field: 'specialCategoryData', label: 'Special category data', type: { kind: 'boolean' }, required: false },
  { field: 'patientData', label: 'Patient data', type: { kind: 'boolean' }, required: false },
  { field: 'recordVolume', label: 'Record volume', type: { kind: 'integer', min: 0 }, required: false },
  { field: 'encryptionAtRest', label: 'Encrypted at rest', type: { kind: 'text', maxLength: 40 }, required: false },
  { field: 'mfa', label: 'MFA', type: { kind: 'text', maxLength: 40 }, required: false },
  { field: 'backupRestoreTestedOn', label: 'Restore last tested', type: { kind: 'date' }, required: false },
  { field: 'continuityPlan', label: 'Business continuity plan', type: { kind: 'boolean' }, required: false },
  { field: 'continuityPlanReference', label: 'Continuity plan reference', type: { kind: 'text', maxLength: 200 }, required: false },
  { field: 'notes', label: 'Notes', type: { kind: 'text', maxLength: 20_000 }, required: false },
];

const typeOf = wordLookup(ASSET_TYPES, ASSET_TYPE_LABELS, { database: 'dataset', 'data set': 'dataset', device: 'device-class', devices: 'device-class', paper: 'paper-records', 'paper record': 'paper-records', app: 'application' });
const criticalityOf = wordLookup(CRITICALITIES, CRITICALITY_LABELS, { 'very high': 'critical', moderate: 'medium', '1': 'critical', '2': 'high', '3': 'medium', '4': 'low' });
const hostingOf = wordLookup(HOSTINGS, HOSTING_LABELS, { 'on prem': 'on-premises', 'on-premise': 'on-premises', onsite: 'on-premises', 'on site': 'on-premises', 'local': 'on-premises', saas: 'supplier-hosted', hosted: 'supplier-hosted', 'third party': 'supplier-hosted', 'public cloud': 'cloud' });
const mfaOf = wordLookup(MFA_ANSWERS, ANSWER_LABELS, { y: 'yes', n: 'no', 'n/a': 'not-applicable', na: 'not-applicable', "don't know": 'unknown', 'not known': 'unknown' });
const encryptionOf = (text: string) => {
  const answer = mfaOf(text);
  return answer === 'not-applicable' ? null : answer;
};

function personCell(text: string | null | undefined): PersonCell | undefined {
  if (text === undefined) return undefined;
  if (text === null) return null;
  return isDeliverableAddress(text) ? { email: text.toLowerCase() } : { name: text };
}

export function checkAssetRow(values: Record<string, FieldValue>, row: number, columnOf: (field: string) => string): { ok: true; value: AssetImportRow } | { ok: false; problems: RowProblem[] } {
  const cells = rowCells(values, row, columnOf);
  const type = cells.word('type', typeOf, 'is not a type of asset: system, application, database or dataset, device class, paper records or service');
  const criticality = cells.word('criticality', criticalityOf, 'is not a business criticality: critical, high, medium or low');
  const hosting = cells.word('hosting', hostingOf, 'is not a way of hosting: on premises, supplier hosted, cloud or hybrid');
  const encryptionAtRest = cells.word('encryptionAtRest', encryptionOf, 'is not an answer about encryption at rest: yes, no or unknown');
  const mfa = cells.word('mfa', mfaOf, 'is not an answer about MFA: yes, no, not applicable or unknown');
  if (cells.problems.length || !type || !criticality) return { ok: false, problems: cells.problems };
  const flag = (field: string) => {
    const v = cells.value<boolean>(field);
    return v === undefined ? undefined : v === true;
  };
  const details = given<Partial<NewAssetBody>>({
    type,
    criticality,
    description: cells.optional('description'),
    hosting,
    hostingRegion: cells.optional('hostingRegion'),
    supportEndsOn: cells.value<string>('supportEndsOn'),
    personalData: flag('personalData'),
    specialCategoryData: flag('specialCategoryData'),
    patientData: flag('patientData'),
    recordVolume: cells.value<number>('recordVolume'),
    // A blank answer is an unknown one.
    encryptionAtRest: encryptionAtRest === null ? 'unknown' : encryptionAtRest,
    mfa: mfa === null ? 'unknown' : mfa,
    backupRestoreTestedOn: cells.value<string>('backupRestoreTestedOn'),
    continuityPlan: flag('continuityPlan'),
    continuityPlanReference: cells.optional('continuityPlanReference'),
    notes: cells.optional('notes'),
  });
  return {
    ok: true,
    value: {
      name: cells.text('name').replace(/\s+/g, ' '),
      details,
      supplierName: cells.optional('supplier'),
      owner: personCell(cells.optional('owner')),
      administrator: personCell(cells.optional('administrator')),
    },
  };
}

export async function applyAssetBatch(tx: Db, batch: Array<CheckedRow<AssetImportRow>>, context: ApplyContext): Promise<BatchOutcome> {
  const outcome: BatchOutcome = { inserted: 0, updated: 0, unchanged: 0, refused: [] };
  const ctx: RegisterChangeContext = { db: tx, actor: context.actor, now: context.now };
  const supplierKeys = batch.map((b) => b.value.supplierName).filter((n): n is string => !!n).map(store.nameKey);
  const suppliers = new Map((await store.suppliersByNameKeys(tx, context.orgId, supplierKeys)).map((s) => [s.name_key, s.id]));
  const emails = batch.flatMap((b) => [b.value.owner, b.value.administrator]).flatMap((p) => (p && 'email' in p ? [p.email] : []));
  const members = await membersByEmail(tx, context.orgId, emails);
  const held = new Map((await store.liveAssetsByNameKeys(tx, context.orgId, batch.map((b) => store.nameKey(b.value.name)))).map((a) => [a.name_key, a]));
  const added: InformationAssetRow[] = [];

  for (const { row, value } of batch) {
    const problems: RowProblem[] = [];
    let supplierId: string | null | undefined = value.supplierName === undefined ? undefined : null;
    if (value.supplierName) {
      supplierId = suppliers.get(store.nameKey(value.supplierName));
      if (!supplierId) problems.push({ row, column: context.columnOf('supplier'), value: value.supplierName, reason: `names no supplier of this organisation: add “${value.supplierName}” to the suppliers first (import them, or add it by hand), or correct the name` });
    }
    const person = (cell: PersonCell | undefined, field: 'owner' | 'administrator') => {
      if (cell === undefined) return {};
      if (cell === null) return { [`${field}Id`]: null, [`${field}Name`]: null };
      if ('name' in cell) return { [`${field}Id`]: null, [`${field}Name`]: cell.name };
      const id = members.get(cell.email);
      if (!id) problems.push({ row, column: context.columnOf(field), value: cell.email, reason: 'is not someone with a role in this organisation: give their name instead if they have no account' });
      return { [`${field}Id`]: id ?? null, [`${field}Name`]: null };
    };
    const people = { ...person(value.owner, 'owner'), ...person(value.administrator, 'administrator') } as Partial<NewAssetBody>;
    if (problems.length) {
      outcome.refused.push({ row, problems });
      continue;
    }
    const columns = assetColumns({ ...value.details, ...people, name: value.name, ...(supplierId === undefined ? {} : { supplierId }) });
    const existing = held.get(store.nameKey(value.name));
    const next = existing ? withPersonalData({ ...existing, ...columns }) : newAssetRow(context.orgId, columns, ctx);
    await keepImported(tx, context, outcome, 'asset.import', 'information-asset', store.updateAsset, added, existing, next);
  }
  await store.insertAssets(tx, added);
  return outcome;
}

export const assetsImport = declareImportKind<AssetImportRow>({
  id: 'assets',
  label: 'information assets',
  columns: ASSET_COLUMNS,
  action: 'asset.manage',
  keyFields: ['name'],
  keyOf: (row) => store.nameKey(row.name),
  check: checkAssetRow,
  presets: { bulwark: bulwarkExportPreset(ASSET_COLUMNS) },
  apply: applyAssetBatch,
});

// The register as people read it: stored rows turned into the API's answers, with the risk flags of
// each asset and supplier worked out as of a date; and the rows as the flag rules read them.
import type {
  AssetDetail,
  AssetRef,
  AssetType,
  CertificationScheme,
  Criticality,
  DpiaRef,
  DsptStatus,
  EncryptionAnswer,
  FlowRef,
  Hosting,
  MfaAnswer,
  RegisterActionStatus,
  RegisterFlag,
  RiskFlag,
  SupplierDetail,
} from '../../contract/information-assets.js';
import type { InformationAssetRow, SupplierRow } from '../../platform/db/schema.js';
import { type AssetFacts, assetFlags, type SupplierFacts, supplierFlags } from './domain/risk-flags.js';

export interface Certification {
  scheme: CertificationScheme;
  name: string | null;
  number: string | null;
  expiresOn: string | null;
}

/** Which action tracks each flag, by the flag's key. */
export type FlagActions = ReadonlyMap<string, { id: string; status: RegisterActionStatus }>;

/** The flags with the action that tracks each, so a page can say "Action open" rather than offer to make one. */
export function withActions(flags: readonly RiskFlag[], actions: FlagActions): RegisterFlag[] {
  return flags.map((flag) => {
    const action = actions.get(flag.key);
    return { ...flag, actionId: action?.id ?? null, actionStatus: action?.status ?? null };
  });
}

export function certificationsOf(row: Pick<SupplierRow, 'certifications_json'>): Certification[] {
  return JSON.parse(row.certifications_json) as Certification[];
}

export function assetFactsOf(row: InformationAssetRow): AssetFacts {
  return {
    id: row.id,
    name: row.name,
    type: row.asset_type as AssetType,
    hasOwner: row.owner_id !== null || row.owner_name !== null,
    criticality: row.criticality as Criticality,
    supportEndsOn: row.support_ends_on,
    personalData: row.personal_data === 1,
    specialCategoryData: row.special_category_data === 1,
    patientData: row.patient_data === 1,
    encryptionAtRest: row.encryption_at_rest as EncryptionAnswer,
    backupRestoreTestedOn: row.backup_restore_tested_on,
    continuityPlan: row.continuity_plan === 1,
  };
}

export function supplierFactsOf(row: SupplierRow, dependants: readonly InformationAssetRow[]): SupplierFacts {
  return {
    id: row.id,
    name: row.name,
    contractEndsOn: row.contract_ends_on,
    dsptStatus: row.dspt_status as DsptStatus | null,
    dsptYear: row.dspt_year,
    certifications: certificationsOf(row),
    dependants: dependants.map((a) => ({ name: a.name, patientData: a.patient_data === 1 })),
  };
}

function assetRefOf(row: InformationAssetRow): AssetRef {
  return { id: row.id, name: row.name, type: row.asset_type as AssetType, criticality: row.criticality as Criticality, patientData: row.patient_data === 1 };
}

export function supplierDetailOf(row: SupplierRow, dependants: readonly InformationAssetRow[], flows: FlowRef[], asOf: string, actions: FlagActions): SupplierDetail {
  return {
    id: row.id,
    name: row.name,
    companiesHouseNumber: row.companies_house_number,
    contactName: row.contact_name,
    contactEmail: row.contact_email,
    contactPhone: row.contact_phone,
    services: row.services,
    contractReference: row.contract_reference,
    contractStartsOn: row.contract_starts_on,
    contractEndsOn: row.contract_ends_on,
    dsptStatus: row.dspt_status as DsptStatus | null,
    dsptYear: row.dspt_year,
    certifications: certificationsOf(row),
    notes: row.notes,
    assets: dependants.map(assetRefOf),
    flows,
    flags: withActions(supplierFlags(supplierFactsOf(row, dependants), asOf), actions),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** An owner or administrator: the account's name when there is one, else the name written. */
export function personOf(id: string | null, name: string | null, people: ReadonlyMap<string, string>) {
  if (id) return { id, name: people.get(id) ?? name ?? 'Former member' };
  return name ? { id: null, name } : null;
}

export function assetDetailOf(
  row: InformationAssetRow,
  supplierNames: ReadonlyMap<string, string>,
  people: ReadonlyMap<string, string>,
  covering: { flows: FlowRef[]; dpias: DpiaRef[] },
  asOf: string,
  actions: FlagActions,
): AssetDetail {
  return {
    id: row.id,
    name: row.name,
    type: row.asset_type as AssetType,
    description: row.description,
    owner: personOf(row.owner_id, row.owner_name, people),
    administrator: personOf(row.administrator_id, row.administrator_name, people),
    criticality: row.criticality as Criticality,
    hosting: row.hosting as Hosting | null,
    hostingRegion: row.hosting_region,
    supplier: row.supplier_id ? { id: row.supplier_id, name: supplierNames.get(row.supplier_id) ?? '' } : null,
    supportEndsOn: row.support_ends_on,
    personalData: row.personal_data === 1,
    specialCategoryData: row.special_category_data === 1,
    patientData: row.patient_data === 1,
    recordVolume: row.record_volume === null ? null : Number(row.record_volume),
    encryptionAtRest: row.encryption_at_rest as EncryptionAnswer,
    mfa: row.mfa as MfaAnswer,
    backupRestoreTestedOn: row.backup_restore_tested_on,
    continuityPlan: row.continuity_plan === 1,
    continuityPlanReference: row.continuity_plan_reference,
    notes: row.notes,
    archivedAt: row.archived_at,
    flows: covering.flows,
    dpias: covering.dpias,
    // An archived asset is kept for the record; it no longer raises flags.
    flags: row.archived_at ? [] : withActions(assetFlags(assetFactsOf(row), asOf), actions),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

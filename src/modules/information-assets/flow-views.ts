// Data flows as people read them: stored rows turned into the API's answers, each end named (an
// asset, even one archived since, a supplier, or another organisation), with the flow's flags as of
// a date; the rows as the flag rules read them; and the flows an asset's or supplier's answer lists.
import type {
  AgreementType,
  CldcBasis,
  DataCategory,
  DataSubject,
  FlowDetail,
  FlowEnd,
  Frequency,
  LawfulBasis,
  OptOutAnswer,
  SpecialCategoryCondition,
  TransferMethod,
  TransferSafeguard,
  TransitEncryption,
} from '../../contract/data-flows.js';
import type { DpiaRef, FlowRef } from '../../contract/information-assets.js';
import type { DataFlowRow, InformationAssetRow, SupplierRow } from '../../platform/db/schema.js';
import { grouped } from '../../platform/grouped.js';
import { type FlowFacts, flowFlags } from './domain/flow-flags.js';
import type { FlowEnds } from './flow-store.js';
import { type FlagActions, withActions } from './register-views.js';

/** The assets and suppliers a set of flows names, by id. */
export interface EndRecords {
  assets: ReadonlyMap<string, InformationAssetRow>;
  suppliers: ReadonlyMap<string, SupplierRow>;
}

export function flowEndOf(row: DataFlowRow, end: 'from' | 'to', records: EndRecords): FlowEnd {
  const assetId = end === 'from' ? row.from_asset_id : row.to_asset_id;
  const supplierId = end === 'from' ? row.from_supplier_id : row.to_supplier_id;
  if (assetId) {
    const asset = records.assets.get(assetId);
    return { kind: 'asset', id: assetId, name: asset?.name ?? '', archived: !!asset?.archived_at };
  }
  if (supplierId) return { kind: 'supplier', id: supplierId, name: records.suppliers.get(supplierId)?.name ?? '', archived: false };
  return { kind: 'party', id: null, name: (end === 'from' ? row.from_party : row.to_party) ?? '', archived: false };
}

export const categoriesOf = (row: Pick<DataFlowRow, 'data_categories'>) => JSON.parse(row.data_categories) as DataCategory[];
export const subjectsOf = (row: Pick<DataFlowRow, 'data_subjects'>) => JSON.parse(row.data_subjects) as DataSubject[];

/** What the flag rules read of a flow: its details, the ends outside the organisation's assets, and whether a signed-off DPIA covers it. */
export function flowFactsOf(flow: Omit<FlowDetail, 'flags'>, coveredByDpia: boolean): FlowFacts {
  return { ...flow, externalEnds: [flow.from, flow.to].filter((end) => end.kind !== 'asset').map((end) => end.name), coveredByDpia };
}

/** The DPIAs covering a set of flows, by flow id, and the flows a DPIA signed off with approval covers. */
export interface FlowDpias {
  refs: ReadonlyMap<string, DpiaRef[]>;
  covered: ReadonlySet<string>;
}

/** A person who made or changed the flow: the account's name, when the account is known. */
function personOf(id: string | null, people: ReadonlyMap<string, string>) {
  return id ? { id, name: people.get(id) ?? 'Former member' } : null;
}

export function flowDetailOf(row: DataFlowRow, records: EndRecords, people: ReadonlyMap<string, string>, asOf: string, actions: FlagActions, dpias: FlowDpias): FlowDetail {
  const from = flowEndOf(row, 'from', records);
  const to = flowEndOf(row, 'to', records);
  const flow: Omit<FlowDetail, 'flags'> = {
    id: row.id,
    name: row.name,
    description: row.description,
    from,
    to,
    external: from.kind !== 'asset' || to.kind !== 'asset',
    dataCategories: categoriesOf(row),
    dataSubjects: subjectsOf(row),
    personalData: row.personal_data === 1,
    specialCategoryData: row.special_category_data === 1,
    patientData: row.patient_data === 1,
    recordVolume: row.record_volume === null ? null : Number(row.record_volume),
    purpose: row.purpose,
    directCare: row.direct_care === 1,
    lawfulBasis: row.lawful_basis as LawfulBasis | null,
    specialCategoryCondition: row.special_category_condition as SpecialCategoryCondition | null,
    schedule1Condition: row.schedule_1_condition,
    cldcBasis: row.cldc_basis as CldcBasis | null,
    cagReference: row.cag_reference,
    nationalDataOptOut: row.national_data_opt_out as OptOutAnswer | null,
    transferMethod: row.transfer_method as TransferMethod | null,
    encryptedInTransit: row.encrypted_in_transit as TransitEncryption,
    frequency: row.frequency as Frequency | null,
    agreementType: row.agreement_type as AgreementType | null,
    agreementReference: row.agreement_reference,
    agreementExpiresOn: row.agreement_expires_on,
    internationalTransfer: row.international_transfer === 1,
    destinationCountry: row.destination_country,
    transferSafeguard: row.transfer_safeguard as TransferSafeguard | null,
    retention: row.retention,
    notes: row.notes,
    archivedAt: row.archived_at,
    dpias: dpias.refs.get(row.id) ?? [],
    version: row.version,
    createdAt: row.created_at,
    createdBy: personOf(row.created_by, people),
    updatedAt: row.updated_at,
    updatedBy: personOf(row.updated_by, people),
  };
  // An archived flow is kept for the record; it no longer raises flags.
  return { ...flow, flags: row.archived_at ? [] : withActions(flowFlags(flowFactsOf(flow, dpias.covered.has(row.id)), asOf), actions) };
}

/** The flows naming each asset and supplier, and which way each runs for it. */
export interface FlowRefs {
  ofAsset(id: string): FlowRef[];
  ofSupplier(id: string): FlowRef[];
}

/**
 * The flows among `flows` by the asset or supplier at either end, in the flows' order: grouped in one
 * pass, so a list of thousands of assets does not scan every flow for each one. A flow from and to the
 * same record counts once, as outgoing.
 */
export function flowRefsOf(flows: readonly FlowEnds[]): FlowRefs {
  const byEnd = (from: 'from_asset_id' | 'from_supplier_id', to: 'to_asset_id' | 'to_supplier_id') => {
    const ends = flows.flatMap((f): Array<{ id: string | null; ref: FlowRef }> => [
      { id: f[from], ref: { id: f.id, name: f.name, direction: 'outgoing' } },
      { id: f[to] === f[from] ? null : f[to], ref: { id: f.id, name: f.name, direction: 'incoming' } },
    ]);
    return grouped(
      ends.filter((end): end is { id: string; ref: FlowRef } => end.id !== null),
      (end) => end.id,
      (end) => end.ref,
    );
  };
  const byAsset = byEnd('from_asset_id', 'to_asset_id');
  const bySupplier = byEnd('from_supplier_id', 'to_supplier_id');
  return { ofAsset: (id) => byAsset.get(id) ?? [], ofSupplier: (id) => bySupplier.get(id) ?? [] };
}

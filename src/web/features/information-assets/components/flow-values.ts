// A data flow as its form holds it (text as typed, choices as codes) and as the API takes it. A
// change sends only the fields that differ from the flow the form was filled from. Fields that only
// mean something beside another (a CAG reference beside s251 support, a country beside an
// international transfer) are cleared when that other field says they no longer apply.
import type { FieldError } from '../../../lib/api-client';
import type {
  AgreementType,
  CldcBasis,
  DataCategory,
  DataSubject,
  FlowChangeBody,
  FlowDetail,
  FlowEnd,
  FlowEndBody,
  Frequency,
  LawfulBasis,
  NewFlowBody,
  OptOutAnswer,
  SpecialCategoryCondition,
  TransferMethod,
  TransferSafeguard,
  TransitEncryption,
} from '../../../../contract/data-flows';
import { recordCountOf } from './asset-values';
import { changedFields } from './changed-fields';

/** One end as the form holds it: which kind, and the choice or name for each kind. */
export interface EndValues {
  kind: 'asset' | 'supplier' | 'party' | '';
  assetId: string;
  supplierId: string;
  party: string;
}

export const CARRIED = ['personal', 'patient'] as const;
export type Carried = (typeof CARRIED)[number];

export interface FlowValues {
  name: string;
  description: string;
  from: EndValues;
  to: EndValues;
  dataCategories: DataCategory[];
  dataSubjects: DataSubject[];
  carries: Carried[];
  recordVolume: string;
  purpose: string;
  directCare: 'yes' | 'no';
  lawfulBasis: LawfulBasis | '';
  specialCategoryCondition: SpecialCategoryCondition | '';
  schedule1Condition: string;
  cldcBasis: CldcBasis | '';
  cagReference: string;
  nationalDataOptOut: OptOutAnswer | '';
  transferMethod: TransferMethod | '';
  encryptedInTransit: TransitEncryption;
  frequency: Frequency | '';
  agreementType: AgreementType | '';
  agreementReference: string;
  agreementExpiresOn: string;
  internationalTransfer: 'yes' | 'no';
  destinationCountry: string;
  transferSafeguard: TransferSafeguard | '';
  retention: string;
  notes: string;
}

const NO_END: EndValues = { kind: '', assetId: '', supplierId: '', party: '' };

export const EMPTY_FLOW: FlowValues = {
  name: '',
  description: '',
  from: NO_END,
  to: NO_END,
  dataCategories: [],
  dataSubjects: [],
  carries: [],
  recordVolume: '',
  purpose: '',
  directCare: 'no',
  lawfulBasis: '',
  specialCategoryCondition: '',
  schedule1Condition: '',
  cldcBasis: '',
  cagReference: '',
  nationalDataOptOut: '',
  transferMethod: '',
  encryptedInTransit: 'unknown',
  frequency: '',
  agreementType: '',
  agreementReference: '',
  agreementExpiresOn: '',
  internationalTransfer: 'no',
  destinationCountry: '',
  transferSafeguard: '',
  retention: '',
  notes: '',
};

/** A new flow starting at an asset or supplier (the "Add a flow from here" of their pages). */
export function flowValuesFrom(end: { assetId?: string | null; supplierId?: string | null }): FlowValues {
  if (end.assetId) return { ...EMPTY_FLOW, from: { ...NO_END, kind: 'asset', assetId: end.assetId } };
  if (end.supplierId) return { ...EMPTY_FLOW, from: { ...NO_END, kind: 'supplier', supplierId: end.supplierId } };
  return EMPTY_FLOW;
}

function endValues(end: FlowEnd): EndValues {
  if (end.kind === 'asset') return { ...NO_END, kind: 'asset', assetId: end.id ?? '' };
  if (end.kind === 'supplier') return { ...NO_END, kind: 'supplier', supplierId: end.id ?? '' };
  return { ...NO_END, kind: 'party', party: end.name };
}

export function flowValuesOf(flow: FlowDetail): FlowValues {
  const text = (value: string | null) => value ?? '';
  return {
    name: flow.name,
    description: text(flow.description),
    from: endValues(flow.from),
    to: endValues(flow.to),
    dataCategories: flow.dataCategories,
    dataSubjects: flow.dataSubjects,
    carries: CARRIED.filter((kind) => (kind === 'personal' ? flow.personalData : flow.patientData)),
    recordVolume: flow.recordVolume === null ? '' : String(flow.recordVolume),
    purpose: text(flow.purpose),
    directCare: flow.directCare ? 'yes' : 'no',
    lawfulBasis: flow.lawfulBasis ?? '',
    specialCategoryCondition: flow.specialCategoryCondition ?? '',
    schedule1Condition: text(flow.schedule1Condition),
    cldcBasis: flow.cldcBasis ?? '',
    cagReference: text(flow.cagReference),
    nationalDataOptOut: flow.nationalDataOptOut ?? '',
    transferMethod: flow.transferMethod ?? '',
    encryptedInTransit: flow.encryptedInTransit,
    frequency: flow.frequency ?? '',
    agreementType: flow.agreementType ?? '',
    agreementReference: text(flow.agreementReference),
    agreementExpiresOn: text(flow.agreementExpiresOn),
    internationalTransfer: flow.internationalTransfer ? 'yes' : 'no',
    destinationCountry: text(flow.destinationCountry),
    transferSafeguard: flow.transferSafeguard ?? '',
    retention: text(flow.retention),
    notes: text(flow.notes),
  };
}

const END_WORDS = { from: 'where the data comes from', to: 'where the data goes' } as const;

function endBody(end: EndValues, which: 'from' | 'to', errors: FieldError[]): FlowEndBody | undefined {
  if (end.kind === 'asset' && end.assetId) return { assetId: end.assetId };
  if (end.kind === 'supplier' && end.supplierId) return { supplierId: end.supplierId };
  if (end.kind === 'party' && end.party.trim()) return { party: end.party.trim() };
  const message =
    end.kind === 'asset'
      ? `Choose the information asset ${which === 'from' ? 'the data comes from' : 'the data goes to'}`
      : end.kind === 'supplier'
        ? `Choose the supplier ${which === 'from' ? 'the data comes from' : 'the data goes to'}`
        : end.kind === 'party'
          ? `Enter the name of the organisation ${which === 'from' ? 'the data comes from' : 'the data goes to'}`
          : `Say ${END_WORDS[which]}: an information asset, a supplier or another organisation`;
  errors.push({ field: which, message });
  return undefined;
}

type FlowBodyFields = Omit<Required<NewFlowBody>, 'from' | 'to' | 'specialCategoryData'> & { from?: FlowEndBody; to?: FlowEndBody };

/** Every field for the API, and the problems that stop it being sent. Blank optional fields are null. */
export function flowBody(values: FlowValues): { body: FlowBodyFields; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (!values.name.trim()) errors.push({ field: 'name', message: 'Enter the name of the data flow' });
  const from = endBody(values.from, 'from', errors);
  const to = endBody(values.to, 'to', errors);
  const recordVolume = recordCountOf(values.recordVolume);
  if (recordVolume === undefined) errors.push({ field: 'recordVolume', message: 'Enter the number of people’s records as a whole number, like 120000' });
  const text = (value: string) => value.trim() || null;
  const international = values.internationalTransfer === 'yes';
  return {
    errors,
    body: {
      name: values.name.trim(),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      description: text(values.description),
      dataCategories: values.dataCategories,
      dataSubjects: values.dataSubjects,
      personalData: values.carries.includes('personal'),
      patientData: values.carries.includes('patient'),
      recordVolume: recordVolume ?? null,
      purpose: text(values.purpose),
      directCare: values.directCare === 'yes',
      lawfulBasis: values.lawfulBasis || null,
      specialCategoryCondition: values.specialCategoryCondition || null,
      schedule1Condition: text(values.schedule1Condition),
      cldcBasis: values.cldcBasis || null,
      // A CAG reference is the reference for s251 support: none under another basis.
      cagReference: values.cldcBasis === 's251-support' ? text(values.cagReference) : null,
      nationalDataOptOut: values.nationalDataOptOut || null,
      transferMethod: values.transferMethod || null,
      encryptedInTransit: values.encryptedInTransit,
      frequency: values.frequency || null,
      agreementType: values.agreementType || null,
      agreementReference: text(values.agreementReference),
      agreementExpiresOn: values.agreementExpiresOn || null,
      internationalTransfer: international,
      destinationCountry: international ? text(values.destinationCountry) : null,
      transferSafeguard: international ? values.transferSafeguard || null : null,
      retention: text(values.retention),
      notes: text(values.notes),
    },
  };
}

/** A new flow's body, or the problems found before sending. */
export function newFlowBody(values: FlowValues): { body: NewFlowBody; errors: FieldError[] } {
  const { body, errors } = flowBody(values);
  const { from, to, ...rest } = body;
  // Sent only when there are no problems, so both ends are there then.
  return { errors, body: { ...rest, from: from ?? { party: '' }, to: to ?? { party: '' } } };
}

/** The fields that differ from the values the form was filled from, with the version they rest on. */
export function flowChangeBody(from: FlowValues, values: FlowValues, version: number): { body: FlowChangeBody; errors: FieldError[] } {
  const { body, errors } = flowBody(values);
  return { errors, body: { ...changedFields(flowBody(from).body, body), version } };
}

// A data flow's every field in words, in the order its page lists them: where it goes, what it
// carries, the legal bases, how it travels, the agreement, and any transfer abroad.
import type { FlowDetail, FlowEnd } from '../../../../contract/data-flows';
import type { Fact } from './facts';
import {
  AGREEMENT_TYPE_LABELS,
  CLDC_BASIS_LABELS,
  DATA_CATEGORY_LABELS,
  DATA_SUBJECT_LABELS,
  FREQUENCY_LABELS,
  LAWFUL_BASIS_LABELS,
  OPT_OUT_LABELS,
  SPECIAL_CATEGORY_CONDITION_LABELS,
  TRANSFER_METHOD_LABELS,
  TRANSFER_SAFEGUARD_LABELS,
  TRANSIT_ENCRYPTION_LABELS,
} from './flow-words';
import { dayWords, yesNo } from './words';

export type FlowField =
  | 'name'
  | 'from'
  | 'to'
  | 'description'
  | 'dataCategories'
  | 'dataSubjects'
  | 'personalData'
  | 'specialCategoryData'
  | 'patientData'
  | 'recordVolume'
  | 'purpose'
  | 'directCare'
  | 'lawfulBasis'
  | 'specialCategoryCondition'
  | 'schedule1Condition'
  | 'cldcBasis'
  | 'cagReference'
  | 'nationalDataOptOut'
  | 'transferMethod'
  | 'encryptedInTransit'
  | 'frequency'
  | 'agreementType'
  | 'agreementReference'
  | 'agreementExpiresOn'
  | 'internationalTransfer'
  | 'destinationCountry'
  | 'transferSafeguard'
  | 'retention'
  | 'notes';

export type FlowFact = Fact<FlowField>;

const END_KIND_WORDS = { asset: 'information asset', supplier: 'supplier', party: 'another organisation' } as const;

/** "Electronic patient record (information asset)", with "archived" when it is. */
export function endWords(end: FlowEnd): string {
  return `${end.name} (${END_KIND_WORDS[end.kind]}${end.archived ? ', archived' : ''})`;
}

const listWords = <T extends string>(values: readonly T[], labels: Record<T, string>) => (values.length ? values.map((value) => labels[value]).join(', ') : 'None recorded');

export function flowFacts(flow: FlowDetail): FlowFact[] {
  const fact = (field: FlowField, key: string, text: string): FlowFact => ({ field, key, text });
  const notRecorded = 'Not recorded';
  const fromLabel = <T extends string>(value: T | null, labels: Record<T, string>) => (value ? labels[value] : notRecorded);
  return [
    fact('name', 'Name', flow.name),
    fact('from', 'From', endWords(flow.from)),
    fact('to', 'To', endWords(flow.to)),
    fact('description', 'Description', flow.description ?? 'None'),
    fact('dataCategories', 'Data categories', listWords(flow.dataCategories, DATA_CATEGORY_LABELS)),
    fact('dataSubjects', 'Whom the data is about', listWords(flow.dataSubjects, DATA_SUBJECT_LABELS)),
    fact('personalData', 'Personal data', yesNo(flow.personalData)),
    fact('specialCategoryData', 'Special category data', yesNo(flow.specialCategoryData)),
    fact('patientData', 'Patient data', yesNo(flow.patientData)),
    fact('recordVolume', 'People’s records a year', flow.recordVolume === null ? notRecorded : flow.recordVolume.toLocaleString('en-GB')),
    fact('purpose', 'Purpose', flow.purpose ?? notRecorded),
    fact('directCare', 'For individual care', yesNo(flow.directCare)),
    fact('lawfulBasis', 'Lawful basis (UK GDPR Article 6)', fromLabel(flow.lawfulBasis, LAWFUL_BASIS_LABELS)),
    fact('specialCategoryCondition', 'Special category condition (Article 9)', fromLabel(flow.specialCategoryCondition, SPECIAL_CATEGORY_CONDITION_LABELS)),
    fact('schedule1Condition', 'DPA 2018 Schedule 1 condition', flow.schedule1Condition ?? notRecorded),
    fact('cldcBasis', 'Common law duty of confidentiality basis', fromLabel(flow.cldcBasis, CLDC_BASIS_LABELS)),
    fact('cagReference', 'CAG reference', flow.cagReference ?? 'None'),
    fact('nationalDataOptOut', 'National data opt-out', fromLabel(flow.nationalDataOptOut, OPT_OUT_LABELS)),
    fact('transferMethod', 'How it is sent', fromLabel(flow.transferMethod, TRANSFER_METHOD_LABELS)),
    fact('encryptedInTransit', 'Encrypted in transit', TRANSIT_ENCRYPTION_LABELS[flow.encryptedInTransit]),
    fact('frequency', 'How often', fromLabel(flow.frequency, FREQUENCY_LABELS)),
    fact('agreementType', 'Agreement', fromLabel(flow.agreementType, AGREEMENT_TYPE_LABELS)),
    fact('agreementReference', 'Agreement reference', flow.agreementReference ?? 'None'),
    fact('agreementExpiresOn', 'Agreement expires', dayWords(flow.agreementExpiresOn)),
    fact('internationalTransfer', 'Transfer outside the UK', yesNo(flow.internationalTransfer)),
    fact('destinationCountry', 'Destination country', flow.destinationCountry ?? 'None'),
    fact('transferSafeguard', 'Transfer safeguard', fromLabel(flow.transferSafeguard, TRANSFER_SAFEGUARD_LABELS)),
    fact('retention', 'Kept for', flow.retention ?? notRecorded),
    fact('notes', 'Notes', flow.notes ?? 'None'),
  ];
}

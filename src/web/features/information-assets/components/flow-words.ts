// A data flow's codes as people say them. The labels are the contract's (src/contract/data-flows.ts),
// copied because the web app imports only its types; the Record types make the compiler notice a new
// value. Bases carry their article letters, so the DPO reads "6(1)(e) Public task".
import type {
  AgreementType,
  CldcBasis,
  DataCategory,
  DataSubject,
  Frequency,
  LawfulBasis,
  OptOutAnswer,
  SpecialCategoryCondition,
  TransferMethod,
  TransferSafeguard,
  TransitEncryption,
} from '../../../../contract/data-flows';
import type { RegisterActionStatus } from '../../../../contract/information-assets';
import type { TagColour } from '../../../components/Tag';

export const DATA_CATEGORY_LABELS: Record<DataCategory, string> = {
  identifiers: 'Identifiers',
  'contact-details': 'Contact details',
  demographics: 'Demographics',
  health: 'Health',
  genetic: 'Genetic',
  biometric: 'Biometric',
  'racial-or-ethnic-origin': 'Racial or ethnic origin',
  'religious-beliefs': 'Religious or philosophical beliefs',
  'sexual-orientation-or-life': 'Sex life or sexual orientation',
  'political-opinions': 'Political opinions',
  'trade-union-membership': 'Trade union membership',
  'criminal-offence': 'Criminal offences',
  financial: 'Financial',
  employment: 'Employment',
  'social-care': 'Social care',
  location: 'Location',
  'online-identifiers': 'Online identifiers',
  other: 'Other',
};

/** The special categories of personal data (UK GDPR Art 9(1)): choosing one makes the flow special-category data. */
export const SPECIAL_CATEGORIES: readonly DataCategory[] = [
  'health',
  'genetic',
  'biometric',
  'racial-or-ethnic-origin',
  'religious-beliefs',
  'sexual-orientation-or-life',
  'political-opinions',
  'trade-union-membership',
];

export const DATA_SUBJECT_LABELS: Record<DataSubject, string> = {
  patients: 'Patients',
  'service-users': 'Service users',
  carers: 'Carers',
  staff: 'Staff',
  students: 'Students',
  children: 'Children',
  public: 'Members of the public',
  'suppliers-staff': 'Suppliers’ staff',
  other: 'Other',
};

export const LAWFUL_BASIS_LABELS: Record<LawfulBasis, string> = {
  consent: '6(1)(a) Consent',
  contract: '6(1)(b) Contract',
  'legal-obligation': '6(1)(c) Legal obligation',
  'vital-interests': '6(1)(d) Vital interests',
  'public-task': '6(1)(e) Public task',
  'legitimate-interests': '6(1)(f) Legitimate interests',
};

export const SPECIAL_CATEGORY_CONDITION_LABELS: Record<SpecialCategoryCondition, string> = {
  'explicit-consent': '9(2)(a) Explicit consent',
  'employment-social-protection': '9(2)(b) Employment, social security and social protection',
  'vital-interests': '9(2)(c) Vital interests',
  'not-for-profit': '9(2)(d) Not-for-profit bodies',
  'made-public': '9(2)(e) Made public by the data subject',
  'legal-claims': '9(2)(f) Legal claims',
  'substantial-public-interest': '9(2)(g) Substantial public interest',
  'health-or-social-care': '9(2)(h) Health or social care',
  'public-health': '9(2)(i) Public health',
  'archiving-research-statistics': '9(2)(j) Archiving, research and statistics',
};

export const CLDC_BASIS_LABELS: Record<CldcBasis, string> = {
  'implied-consent-direct-care': 'Implied consent for individual care',
  'explicit-consent': 'Explicit consent',
  'legal-requirement': 'Legal requirement',
  'overriding-public-interest': 'Overriding public interest',
  's251-support': 's251 support',
  'not-confidential': 'Not confidential',
};

export const OPT_OUT_LABELS: Record<OptOutAnswer, string> = { applied: 'Applied', 'not-applicable': 'Not applicable', 'not-applied': 'Not applied' };

export const TRANSFER_METHOD_LABELS: Record<TransferMethod, string> = {
  api: 'API',
  'hl7-or-fhir-interface': 'HL7 or FHIR interface',
  sftp: 'SFTP',
  nhsmail: 'NHSmail',
  'secure-email': 'Secure email',
  email: 'Email',
  'web-portal': 'Web portal',
  'direct-database-link': 'Direct database link',
  'removable-media': 'Removable media',
  'paper-post': 'Paper by post',
  courier: 'Courier',
  telephone: 'Telephone',
  other: 'Other',
};

export const TRANSIT_ENCRYPTION_LABELS: Record<TransitEncryption, string> = { yes: 'Yes', no: 'No', unknown: 'Unknown' };

export const FREQUENCY_LABELS: Record<Frequency, string> = {
  'real-time': 'Real time',
  daily: 'Daily',
  weekly: 'Weekly',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  annually: 'Annually',
  'ad-hoc': 'Ad hoc',
  'one-off': 'One-off',
};

export const AGREEMENT_TYPE_LABELS: Record<AgreementType, string> = {
  'data-sharing-agreement': 'Data sharing agreement',
  'data-processing-agreement': 'Data processing agreement',
  contract: 'Contract',
  'memorandum-of-understanding': 'Memorandum of understanding',
  none: 'None',
};

export const TRANSFER_SAFEGUARD_LABELS: Record<TransferSafeguard, string> = {
  'adequacy-regulations': 'UK adequacy regulations',
  idta: 'International data transfer agreement (IDTA)',
  'uk-addendum-to-sccs': 'UK Addendum to the EU standard contractual clauses',
  'binding-corporate-rules': 'Binding corporate rules',
  derogation: 'Derogation (Art 49)',
  none: 'None',
};

export const ACTION_STATUS_LABELS: Record<RegisterActionStatus, string> = { open: 'Open', 'in-progress': 'In progress', done: 'Done' };

/** A flag's action as a tag: "Action open", "In progress", "Done". */
export const ACTION_STATUS_TAGS: Record<RegisterActionStatus, { text: string; colour: TagColour }> = {
  open: { text: 'Action open', colour: 'blue' },
  'in-progress': { text: 'In progress', colour: 'yellow' },
  done: { text: 'Done', colour: 'green' },
};

/** What a flow carries, in a few words: "Personal, special category and patient data", or "No personal data". */
export function carriedWords(flow: { personalData: boolean; specialCategoryData: boolean; patientData: boolean }): string {
  if (!flow.personalData && !flow.specialCategoryData && !flow.patientData) return 'No personal data';
  const kinds = ['Personal', flow.specialCategoryData && 'special category', flow.patientData && 'patient'].filter((kind): kind is string => Boolean(kind));
  const last = kinds.pop()!;
  return `${kinds.length ? `${kinds.join(', ')} and ${last}` : last} data`;
}

/** "Encrypted", "not encrypted" or "encryption in transit unknown", for a sentence about the flow. */
export function encryptionWords(answer: TransitEncryption): string {
  return answer === 'yes' ? 'encrypted' : answer === 'no' ? 'not encrypted' : 'encryption in transit unknown';
}

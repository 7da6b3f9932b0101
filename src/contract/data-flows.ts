// The API contract for data flows: the flows of data between the organisation's information assets,
// its suppliers and other organisations, with what they carry, about whom, and the legal bases the
// Caldicott Guardian and the DPO must be able to name (UK GDPR Art 6 and Art 9, DPA 2018 Schedule 1,
// the common law duty of confidentiality). The id lists and label records are exported for the web
// app and the records of processing to reuse; a label is how a person reads the id.
import { z } from 'zod';
import { dpiaRef, ENCRYPTION_ANSWERS, registerFlag } from './information-assets.js';

export const DATA_CATEGORIES = [
  'identifiers',
  'contact-details',
  'demographics',
  'health',
  'genetic',
  'biometric',
  'racial-or-ethnic-origin',
  'religious-beliefs',
  'sexual-orientation-or-life',
  'political-opinions',
  'trade-union-membership',
  'criminal-offence',
  'financial',
  'employment',
  'social-care',
  'location',
  'online-identifiers',
  'other',
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];
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
/** The special categories of personal data (UK GDPR Art 9(1)). */
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
/** Criminal offence data (UK GDPR Art 10): not a special category, but it needs a Schedule 1 condition too. */
export const CRIMINAL_OFFENCE_DATA: DataCategory = 'criminal-offence';

export const DATA_SUBJECTS = ['patients', 'service-users', 'carers', 'staff', 'students', 'children', 'public', 'suppliers-staff', 'other'] as const;
export type DataSubject = (typeof DATA_SUBJECTS)[number];
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

/** UK GDPR Art 6(1): the lawful bases for processing personal data. */
export const LAWFUL_BASES = ['consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interests'] as const;
export type LawfulBasis = (typeof LAWFUL_BASES)[number];
export const LAWFUL_BASIS_ARTICLES: Record<LawfulBasis, string> = {
  consent: '6(1)(a)',
  contract: '6(1)(b)',
  'legal-obligation': '6(1)(c)',
  'vital-interests': '6(1)(d)',
  'public-task': '6(1)(e)',
  'legitimate-interests': '6(1)(f)',
};
export const LAWFUL_BASIS_NAMES: Record<LawfulBasis, string> = {
  consent: 'Consent',
  contract: 'Contract',
  'legal-obligation': 'Legal obligation',
  'vital-interests': 'Vital interests',
  'public-task': 'Public task',
  'legitimate-interests': 'Legitimate interests',
};
export const LAWFUL_BASIS_LABELS = labelsOf(LAWFUL_BASES, LAWFUL_BASIS_ARTICLES, LAWFUL_BASIS_NAMES);

/** UK GDPR Art 9(2): the conditions for processing special-category data. */
export const SPECIAL_CATEGORY_CONDITIONS = [
  'explicit-consent',
  'employment-social-protection',
  'vital-interests',
  'not-for-profit',
  'made-public',
  'legal-claims',
  'substantial-public-interest',
  'health-or-social-care',
  'public-health',
  'archiving-research-statistics',
] as const;
export type SpecialCategoryCondition = (typeof SPECIAL_CATEGORY_CONDITIONS)[number];
export const SPECIAL_CATEGORY_CONDITION_ARTICLES: Record<SpecialCategoryCondition, string> = {
  'explicit-consent': '9(2)(a)',
  'employment-social-protection': '9(2)(b)',
  'vital-interests': '9(2)(c)',
  'not-for-profit': '9(2)(d)',
  'made-public': '9(2)(e)',
  'legal-claims': '9(2)(f)',
  'substantial-public-interest': '9(2)(g)',
  'health-or-social-care': '9(2)(h)',
  'public-health': '9(2)(i)',
  'archiving-research-statistics': '9(2)(j)',
};
export const SPECIAL_CATEGORY_CONDITION_NAMES: Record<SpecialCategoryCondition, string> = {
  'explicit-consent': 'Explicit consent',
  'employment-social-protection': 'Employment, social security and social protection',
  'vital-interests': 'Vital interests',
  'not-for-profit': 'Not-for-profit bodies',
  'made-public': 'Made public by the data subject',
  'legal-claims': 'Legal claims',
  'substantial-public-interest': 'Substantial public interest',
  'health-or-social-care': 'Health or social care',
  'public-health': 'Public health',
  'archiving-research-statistics': 'Archiving, research and statistics',
};
export const SPECIAL_CATEGORY_CONDITION_LABELS = labelsOf(SPECIAL_CATEGORY_CONDITIONS, SPECIAL_CATEGORY_CONDITION_ARTICLES, SPECIAL_CATEGORY_CONDITION_NAMES);
/** The Art 9(2) conditions that DPA 2018 s10 completes with a Schedule 1 condition: (b), (g), (h), (i) and (j). */
export const CONDITIONS_NEEDING_SCHEDULE_1: readonly SpecialCategoryCondition[] = [
  'employment-social-protection',
  'substantial-public-interest',
  'health-or-social-care',
  'public-health',
  'archiving-research-statistics',
];

/** The basis for sharing confidential patient information under the common law duty of confidentiality. */
export const CLDC_BASES = ['implied-consent-direct-care', 'explicit-consent', 'legal-requirement', 'overriding-public-interest', 's251-support', 'not-confidential'] as const;
export type CldcBasis = (typeof CLDC_BASES)[number];
export const CLDC_BASIS_LABELS: Record<CldcBasis, string> = {
  'implied-consent-direct-care': 'Implied consent for individual care',
  'explicit-consent': 'Explicit consent',
  'legal-requirement': 'Legal requirement',
  'overriding-public-interest': 'Overriding public interest',
  's251-support': 's251 support',
  'not-confidential': 'Not confidential',
};

/** Whether the national data opt-out has been applied to the flow; null is not recorded. */
export const OPT_OUT_ANSWERS = ['applied', 'not-applicable', 'not-applied'] as const;
export type OptOutAnswer = (typeof OPT_OUT_ANSWERS)[number];
export const OPT_OUT_LABELS: Record<OptOutAnswer, string> = { applied: 'Applied', 'not-applicable': 'Not applicable', 'not-applied': 'Not applied' };

export const TRANSFER_METHODS = [
  'api',
  'hl7-or-fhir-interface',
  'sftp',
  'nhsmail',
  'secure-email',
  'email',
  'web-portal',
  'direct-database-link',
  'removable-media',
  'paper-post',
  'courier',
  'telephone',
  'other',
] as const;
export type TransferMethod = (typeof TRANSFER_METHODS)[number];
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
/** Ways of sending data that cannot be encrypted in transit: the encryption rule does not apply to them. */
export const UNENCRYPTABLE_TRANSFER_METHODS: readonly TransferMethod[] = ['paper-post', 'courier', 'telephone'];

export const TRANSIT_ENCRYPTION_ANSWERS = ENCRYPTION_ANSWERS;
export type TransitEncryption = (typeof TRANSIT_ENCRYPTION_ANSWERS)[number];
export const TRANSIT_ENCRYPTION_LABELS: Record<TransitEncryption, string> = { yes: 'Yes', no: 'No', unknown: 'Unknown' };

export const FREQUENCIES = ['real-time', 'daily', 'weekly', 'monthly', 'quarterly', 'annually', 'ad-hoc', 'one-off'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
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

export const AGREEMENT_TYPES = ['data-sharing-agreement', 'data-processing-agreement', 'contract', 'memorandum-of-understanding', 'none'] as const;
export type AgreementType = (typeof AGREEMENT_TYPES)[number];
export const AGREEMENT_TYPE_LABELS: Record<AgreementType, string> = {
  'data-sharing-agreement': 'Data sharing agreement',
  'data-processing-agreement': 'Data processing agreement',
  contract: 'Contract',
  'memorandum-of-understanding': 'Memorandum of understanding',
  none: 'None',
};

/** What makes a transfer of personal data outside the UK lawful (UK GDPR Chapter V). */
export const TRANSFER_SAFEGUARDS = ['adequacy-regulations', 'idta', 'uk-addendum-to-sccs', 'binding-corporate-rules', 'derogation', 'none'] as const;
export type TransferSafeguard = (typeof TRANSFER_SAFEGUARDS)[number];
export const TRANSFER_SAFEGUARD_LABELS: Record<TransferSafeguard, string> = {
  'adequacy-regulations': 'UK adequacy regulations',
  idta: 'International data transfer agreement (IDTA)',
  'uk-addendum-to-sccs': 'UK Addendum to the EU standard contractual clauses',
  'binding-corporate-rules': 'Binding corporate rules',
  derogation: 'Derogation (Art 49)',
  none: 'None',
};

/** What each end of a flow is: one of the organisation's assets, one of its suppliers, or another organisation by name. */
export const FLOW_END_KINDS = ['asset', 'supplier', 'party'] as const;
export type FlowEndKind = (typeof FLOW_END_KINDS)[number];

/** "6(1)(e) Public task": the article, then its name. */
function labelsOf<T extends string>(ids: readonly T[], articles: Record<T, string>, names: Record<T, string>): Record<T, string> {
  return Object.fromEntries(ids.map((id) => [id, `${articles[id]} ${names[id]}`])) as Record<T, string>;
}

const id = z.string().min(1).max(100);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date as YYYY-MM-DD');
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const instant = z.string().max(40);

/** One end of a flow as given: exactly one of an asset, a supplier or a party's name. */
export const flowEndBody = z
  .strictObject({
    assetId: id.optional(),
    supplierId: id.optional(),
    /** Another organisation, by name: "GP practices in Northshire", "NHS England". */
    party: z.string().trim().min(1).max(200).optional(),
  })
  .refine((end) => [end.assetId, end.supplierId, end.party].filter((v) => v !== undefined).length === 1, 'Give exactly one of assetId, supplierId or party');
export type FlowEndBody = z.infer<typeof flowEndBody>;

const flowFields = {
  description: optionalText(20_000),
  /** The categories of personal data the flow carries; a special category sets specialCategoryData. */
  dataCategories: z.array(z.enum(DATA_CATEGORIES)).max(DATA_CATEGORIES.length).optional(),
  dataSubjects: z.array(z.enum(DATA_SUBJECTS)).max(DATA_SUBJECTS.length).optional(),
  /** Worked out too: any data category, or patient data, sets it. */
  personalData: z.boolean().optional(),
  /** Worked out from the data categories; true needs a special category among them. */
  specialCategoryData: z.boolean().optional(),
  patientData: z.boolean().optional(),
  /** Roughly how many people's records a year. */
  recordVolume: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable().optional(),
  /** Why the data flows; needed when it carries personal data. */
  purpose: optionalText(2000),
  /** For the individual care of the people the data is about. */
  directCare: z.boolean().optional(),
  lawfulBasis: z.enum(LAWFUL_BASES).nullable().optional(),
  specialCategoryCondition: z.enum(SPECIAL_CATEGORY_CONDITIONS).nullable().optional(),
  /** The DPA 2018 Schedule 1 condition relied on: "Part 1, paragraph 2". */
  schedule1Condition: optionalText(200),
  cldcBasis: z.enum(CLDC_BASES).nullable().optional(),
  /** The Confidentiality Advisory Group's reference for s251 support: "21/CAG/0123". */
  cagReference: optionalText(50),
  nationalDataOptOut: z.enum(OPT_OUT_ANSWERS).nullable().optional(),
  transferMethod: z.enum(TRANSFER_METHODS).nullable().optional(),
  encryptedInTransit: z.enum(TRANSIT_ENCRYPTION_ANSWERS).optional(),
  frequency: z.enum(FREQUENCIES).nullable().optional(),
  agreementType: z.enum(AGREEMENT_TYPES).nullable().optional(),
  agreementReference: optionalText(200),
  /** The last day the agreement holds. */
  agreementExpiresOn: date.nullable().optional(),
  internationalTransfer: z.boolean().optional(),
  destinationCountry: optionalText(100),
  transferSafeguard: z.enum(TRANSFER_SAFEGUARDS).nullable().optional(),
  /** How long the data is kept (records of processing, Art 30(1)(f)). */
  retention: optionalText(500),
  notes: optionalText(20_000),
};

const flowName = z.string().trim().min(1).max(200);
export const newFlowBody = z.object({ name: flowName, from: flowEndBody, to: flowEndBody, ...flowFields });
export type NewFlowBody = z.infer<typeof newFlowBody>;
export const flowChangeBody = z.object({ name: flowName.optional(), from: flowEndBody.optional(), to: flowEndBody.optional(), ...flowFields, version: z.number().int().min(1) });
export type FlowChangeBody = z.infer<typeof flowChangeBody>;

/** One end of a flow as answered: what it is, its id (null for a party) and name. */
export const flowEnd = z.object({
  kind: z.enum(FLOW_END_KINDS),
  id: z.string().nullable(),
  name: z.string(),
  /** True when the end is an asset that has since been archived: the flow still names it. */
  archived: z.boolean(),
});
export type FlowEnd = z.infer<typeof flowEnd>;

const person = z.object({ id: z.string(), name: z.string() }).nullable();

export const flowDetail = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  from: flowEnd,
  to: flowEnd,
  /** True unless both ends are the organisation's own assets. */
  external: z.boolean(),
  dataCategories: z.array(z.enum(DATA_CATEGORIES)),
  dataSubjects: z.array(z.enum(DATA_SUBJECTS)),
  personalData: z.boolean(),
  specialCategoryData: z.boolean(),
  patientData: z.boolean(),
  recordVolume: z.number().int().nullable(),
  purpose: z.string().nullable(),
  directCare: z.boolean(),
  lawfulBasis: z.enum(LAWFUL_BASES).nullable(),
  specialCategoryCondition: z.enum(SPECIAL_CATEGORY_CONDITIONS).nullable(),
  schedule1Condition: z.string().nullable(),
  cldcBasis: z.enum(CLDC_BASES).nullable(),
  cagReference: z.string().nullable(),
  nationalDataOptOut: z.enum(OPT_OUT_ANSWERS).nullable(),
  transferMethod: z.enum(TRANSFER_METHODS).nullable(),
  encryptedInTransit: z.enum(TRANSIT_ENCRYPTION_ANSWERS),
  frequency: z.enum(FREQUENCIES).nullable(),
  agreementType: z.enum(AGREEMENT_TYPES).nullable(),
  agreementReference: z.string().nullable(),
  agreementExpiresOn: z.string().nullable(),
  internationalTransfer: z.boolean(),
  destinationCountry: z.string().nullable(),
  transferSafeguard: z.enum(TRANSFER_SAFEGUARDS).nullable(),
  retention: z.string().nullable(),
  notes: z.string().nullable(),
  /** When it was archived; an archived flow is kept for the record but raises no flags. */
  archivedAt: z.string().nullable(),
  /** The DPIAs that cover this flow; one signed off with approval clears the flag for processing at scale. */
  dpias: z.array(dpiaRef),
  flags: z.array(registerFlag),
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: person,
  updatedAt: z.string(),
  updatedBy: person,
});
export type FlowDetail = z.infer<typeof flowDetail>;
export const flowList = z.object({ asOf: z.string(), items: z.array(flowDetail) });
export type FlowList = z.infer<typeof flowList>;

const yes = z.enum(['true', 'false']).optional();
export const flowListQuery = z.object({
  /** true: only flows carrying personal data. */
  personal: yes,
  specialCategory: yes,
  /** true: only flows with an end outside the organisation's assets. */
  external: yes,
  /** true: only flows not known to be encrypted in transit. */
  unencrypted: yes,
  /** true: personal data without an Art 6 basis, special-category data without an Art 9 condition, or patient data without a CLDC basis. */
  lackingBasis: yes,
  /** Flows with this asset at either end. */
  assetId: id.optional(),
  /** Flows with this supplier at either end. */
  supplierId: id.optional(),
  flagged: yes,
  /** true: archived flows as well. */
  archived: yes,
  q: z.string().max(200).optional(),
  asOf: instant.optional(),
});
export type FlowListQuery = z.infer<typeof flowListQuery>;

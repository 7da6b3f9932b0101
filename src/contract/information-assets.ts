// The API contract for the information asset register and the organisation's suppliers: what each
// asset is, who owns it, how critical it is, where it runs and who supplies it, what personal data it
// holds and how it is protected; each supplier's contract, DSPT status and certifications; and the
// risk flags worked out from them and from the data flows (src/contract/data-flows.ts) as of a date.
// Assets and suppliers are known by id, so data flows, records of processing and DPIAs can refer to them.
import { z } from 'zod';

export const ASSET_TYPES = ['system', 'application', 'dataset', 'device-class', 'paper-records', 'service'] as const;
export type AssetType = (typeof ASSET_TYPES)[number];
export const ASSET_TYPE_LABELS: Record<AssetType, string> = {
  system: 'System',
  application: 'Application',
  dataset: 'Database or dataset',
  'device-class': 'Device class',
  'paper-records': 'Paper records',
  service: 'Service',
};

export const CRITICALITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Criticality = (typeof CRITICALITIES)[number];
export const CRITICALITY_LABELS: Record<Criticality, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' };

export const HOSTINGS = ['on-premises', 'supplier-hosted', 'cloud', 'hybrid'] as const;
export type Hosting = (typeof HOSTINGS)[number];
export const HOSTING_LABELS: Record<Hosting, string> = { 'on-premises': 'On premises', 'supplier-hosted': 'Supplier hosted', cloud: 'Cloud', hybrid: 'Hybrid' };

export const ENCRYPTION_ANSWERS = ['yes', 'no', 'unknown'] as const;
export type EncryptionAnswer = (typeof ENCRYPTION_ANSWERS)[number];
export const MFA_ANSWERS = ['yes', 'no', 'not-applicable', 'unknown'] as const;
export type MfaAnswer = (typeof MFA_ANSWERS)[number];
export const ANSWER_LABELS: Record<MfaAnswer, string> = { yes: 'Yes', no: 'No', 'not-applicable': 'Not applicable', unknown: 'Unknown' };

/** What a supplier's latest DSPT publication says. */
export const DSPT_STATUSES = ['standards-exceeded', 'standards-met', 'approaching-standards', 'standards-not-met', 'not-published'] as const;
export type DsptStatus = (typeof DSPT_STATUSES)[number];
export const DSPT_STATUS_LABELS: Record<DsptStatus, string> = {
  'standards-exceeded': 'Standards exceeded',
  'standards-met': 'Standards met',
  'approaching-standards': 'Approaching standards',
  'standards-not-met': 'Standards not met',
  'not-published': 'Not published',
};

export const CERTIFICATION_SCHEMES = ['cyber-essentials', 'cyber-essentials-plus', 'iso-27001', 'other'] as const;
export type CertificationScheme = (typeof CERTIFICATION_SCHEMES)[number];
export const CERTIFICATION_SCHEME_LABELS: Record<CertificationScheme, string> = {
  'cyber-essentials': 'Cyber Essentials',
  'cyber-essentials-plus': 'Cyber Essentials Plus',
  'iso-27001': 'ISO/IEC 27001',
  other: 'Other',
};

/** The rules the register is checked against; each flag carries one of these keys. */
export const FLAG_RULES = [
  'unsupported-with-personal-data',
  'unsupported',
  'support-ending',
  'no-owner',
  'personal-data-unencrypted',
  'critical-restore-untested',
  'critical-without-continuity-plan',
  'certification-expired',
  'certification-expiring',
  'contract-ended-with-dependants',
  'supplier-dspt-not-met',
  'flow-without-lawful-basis',
  'flow-without-schedule-1-condition',
  'flow-without-cldc-basis',
  'flow-unencrypted',
  'flow-agreement-missing',
  'flow-agreement-expired',
  'flow-agreement-expiring',
  'international-transfer-without-safeguard',
  'opt-out-not-applied',
  'special-category-at-scale-without-dpia',
  'dpia-review-overdue',
  'dpia-high-residual-risk',
] as const;
export type FlagRule = (typeof FLAG_RULES)[number];
export const FLAG_RULE_LABELS: Record<FlagRule, string> = {
  'unsupported-with-personal-data': 'Unsupported system holding personal or patient data',
  unsupported: 'Unsupported system',
  'support-ending': 'Support ending within 180 days',
  'no-owner': 'No Information Asset Owner',
  'personal-data-unencrypted': 'Personal data not known to be encrypted at rest',
  'critical-restore-untested': 'Critical asset without a restore tested in the last 12 months',
  'critical-without-continuity-plan': 'Critical asset without a business continuity plan',
  'certification-expired': 'Supplier certification expired',
  'certification-expiring': 'Supplier certification expiring within 60 days',
  'contract-ended-with-dependants': 'Supplier contract ended while assets depend on it',
  'supplier-dspt-not-met': 'Supplier of patient-data assets without DSPT standards met',
  'flow-without-lawful-basis': 'Data flow without a lawful basis or special category condition',
  'flow-without-schedule-1-condition': 'Data flow without a Schedule 1 condition',
  'flow-without-cldc-basis': 'Patient data flow without a common law basis',
  'flow-unencrypted': 'Personal data flow not known to be encrypted in transit',
  'flow-agreement-missing': 'External personal data flow without an agreement',
  'flow-agreement-expired': 'Data flow agreement expired',
  'flow-agreement-expiring': 'Data flow agreement expiring within 60 days',
  'international-transfer-without-safeguard': 'International transfer without a safeguard',
  'opt-out-not-applied': 'National data opt-out not applied',
  'special-category-at-scale-without-dpia': 'Special category data at scale without a DPIA',
  'dpia-review-overdue': 'DPIA review overdue',
  'dpia-high-residual-risk': 'DPIA signed off with a high residual risk',
};

export const FLAG_SEVERITIES = ['high', 'medium', 'low'] as const;
export type FlagSeverity = (typeof FLAG_SEVERITIES)[number];
/** What a flag is about: an information asset, a supplier, a data flow or a DPIA. */
export const FLAG_SUBJECT_KINDS = ['asset', 'supplier', 'flow', 'dpia'] as const;
export type FlagSubjectKind = (typeof FLAG_SUBJECT_KINDS)[number];

const id = z.string().min(1).max(100);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date as YYYY-MM-DD');
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const instant = z.string().max(40);

export const riskFlag = z.object({
  /** Stable for the same finding about the same subject (rule:kind:subjectId, plus the certificate for certification flags), so it can become an action once. */
  key: z.string(),
  rule: z.enum(FLAG_RULES),
  severity: z.enum(FLAG_SEVERITIES),
  subject: z.object({ kind: z.enum(FLAG_SUBJECT_KINDS), id: z.string(), name: z.string() }),
  /** Why, in a sentence a Trust's IG lead can act on. */
  reason: z.string(),
});
export type RiskFlag = z.infer<typeof riskFlag>;

/** Where an action made from a flag stands; the same steps as the actions from alerts and exercises. */
export const REGISTER_ACTION_STATUSES = ['open', 'in-progress', 'done'] as const;
export type RegisterActionStatus = (typeof REGISTER_ACTION_STATUSES)[number];
export const REGISTER_ACTION_STATUS_LABELS: Record<RegisterActionStatus, string> = { open: 'Open', 'in-progress': 'In progress', done: 'Done' };

/** A flag as the register shows it: with the action that tracks it, when one has been made. */
export const registerFlag = riskFlag.extend({
  actionId: z.string().nullable(),
  actionStatus: z.enum(REGISTER_ACTION_STATUSES).nullable(),
});
export type RegisterFlag = z.infer<typeof registerFlag>;

export const flagReport = z.object({
  asOf: z.string(),
  flags: z.array(registerFlag),
  /** Every rule, with how many flags it raised (zero included). */
  counts: z.array(z.object({ rule: z.enum(FLAG_RULES), label: z.string(), count: z.number().int() })),
});
export type FlagReport = z.infer<typeof flagReport>;

/** Which way a data flow runs for the asset or supplier at one of its ends. */
export const FLOW_DIRECTIONS = ['outgoing', 'incoming'] as const;
export type FlowDirection = (typeof FLOW_DIRECTIONS)[number];
/** A live data flow that names an asset or supplier at one of its ends (the data flows contract has the flow itself). */
export const flowRef = z.object({ id: z.string(), name: z.string(), direction: z.enum(FLOW_DIRECTIONS) });
export type FlowRef = z.infer<typeof flowRef>;

/**
 * Where a data protection impact assessment stands, worked out from what it holds (see
 * src/contract/dpias.ts): screening, then not required or required, the assessment in progress, DPO
 * advice, sign-off; a signed-off DPIA past its review date is due for review.
 */
export const DPIA_STATES = ['screening', 'not-required', 'required', 'in-progress', 'awaiting-dpo-advice', 'awaiting-sign-off', 'signed-off', 'review-due', 'not-approved'] as const;
export type DpiaState = (typeof DPIA_STATES)[number];
export const DPIA_STATE_LABELS: Record<DpiaState, string> = {
  screening: 'Screening',
  'not-required': 'Not required',
  required: 'Required',
  'in-progress': 'In progress',
  'awaiting-dpo-advice': 'Awaiting DPO advice',
  'awaiting-sign-off': 'Awaiting sign-off',
  'signed-off': 'Signed off',
  'review-due': 'Review due',
  'not-approved': 'Not approved',
};
/** A DPIA that covers an asset or a data flow, as the asset's or flow's answer lists it. */
export const dpiaRef = z.object({ id: z.string(), reference: z.string(), title: z.string(), state: z.enum(DPIA_STATES) });
export type DpiaRef = z.infer<typeof dpiaRef>;

// ---- Suppliers ----

export const certification = z.object({
  scheme: z.enum(CERTIFICATION_SCHEMES),
  /** The scheme's name when it is not one of ours (required for other). */
  name: z.string().trim().max(200).nullable().optional(),
  number: z.string().trim().max(100).nullable().optional(),
  expiresOn: date.nullable().optional(),
});
export type CertificationBody = z.infer<typeof certification>;

const supplierFields = {
  companiesHouseNumber: optionalText(20),
  contactName: optionalText(200),
  contactEmail: optionalText(320),
  contactPhone: optionalText(50),
  services: optionalText(2000),
  contractReference: optionalText(200),
  contractStartsOn: date.nullable().optional(),
  contractEndsOn: date.nullable().optional(),
  dsptStatus: z.enum(DSPT_STATUSES).nullable().optional(),
  /** The DSPT year the status is for: 2024-25. */
  dsptYear: z.string().regex(/^\d{4}-\d{2}$/, 'use a DSPT year such as 2024-25').nullable().optional(),
  certifications: z.array(certification).max(50).optional(),
  notes: optionalText(20_000),
};

export const newSupplierBody = z.object({ name: z.string().trim().min(1).max(200), ...supplierFields });
export type NewSupplierBody = z.infer<typeof newSupplierBody>;
export const supplierChangeBody = z.object({ name: z.string().trim().min(1).max(200).optional(), ...supplierFields, version: z.number().int().min(1) });
export type SupplierChangeBody = z.infer<typeof supplierChangeBody>;

export const assetRef = z.object({ id: z.string(), name: z.string(), type: z.enum(ASSET_TYPES), criticality: z.enum(CRITICALITIES), patientData: z.boolean() });
export type AssetRef = z.infer<typeof assetRef>;

export const supplierDetail = z.object({
  id: z.string(),
  name: z.string(),
  companiesHouseNumber: z.string().nullable(),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  services: z.string().nullable(),
  contractReference: z.string().nullable(),
  contractStartsOn: z.string().nullable(),
  contractEndsOn: z.string().nullable(),
  dsptStatus: z.enum(DSPT_STATUSES).nullable(),
  dsptYear: z.string().nullable(),
  certifications: z.array(z.object({ scheme: z.enum(CERTIFICATION_SCHEMES), name: z.string().nullable(), number: z.string().nullable(), expiresOn: z.string().nullable() })),
  notes: z.string().nullable(),
  /** The live assets that name this supplier. */
  assets: z.array(assetRef),
  /** The live data flows that have this supplier at one end. */
  flows: z.array(flowRef),
  flags: z.array(registerFlag),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SupplierDetail = z.infer<typeof supplierDetail>;
export const supplierList = z.object({ asOf: z.string(), items: z.array(supplierDetail) });
export type SupplierList = z.infer<typeof supplierList>;
export const supplierListQuery = z.object({ q: z.string().max(200).optional(), flagged: z.enum(['true', 'false']).optional(), asOf: instant.optional() });

// ---- Information assets ----

const assetFields = {
  description: optionalText(20_000),
  /** The Information Asset Owner: a person with a role in the organisation, or a name when they have no account. */
  ownerId: id.nullable().optional(),
  ownerName: optionalText(200),
  administratorId: id.nullable().optional(),
  administratorName: optionalText(200),
  hosting: z.enum(HOSTINGS).nullable().optional(),
  /** Where a cloud or hybrid service runs: UK South, EU West… */
  hostingRegion: optionalText(100),
  supplierId: id.nullable().optional(),
  supportEndsOn: date.nullable().optional(),
  /** Special-category and patient data are personal data: either sets this too. */
  personalData: z.boolean().optional(),
  specialCategoryData: z.boolean().optional(),
  patientData: z.boolean().optional(),
  recordVolume: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable().optional(),
  encryptionAtRest: z.enum(ENCRYPTION_ANSWERS).optional(),
  mfa: z.enum(MFA_ANSWERS).optional(),
  backupRestoreTestedOn: date.nullable().optional(),
  continuityPlan: z.boolean().optional(),
  continuityPlanReference: optionalText(200),
  notes: optionalText(20_000),
};

export const newAssetBody = z.object({ name: z.string().trim().min(1).max(200), type: z.enum(ASSET_TYPES), criticality: z.enum(CRITICALITIES), ...assetFields });
export type NewAssetBody = z.infer<typeof newAssetBody>;
export const assetChangeBody = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  type: z.enum(ASSET_TYPES).optional(),
  criticality: z.enum(CRITICALITIES).optional(),
  ...assetFields,
  version: z.number().int().min(1),
});
export type AssetChangeBody = z.infer<typeof assetChangeBody>;

/** An owner or administrator: an account of the organisation (id set) or a name alone. */
export const assetPerson = z.object({ id: z.string().nullable(), name: z.string() });
export type AssetPerson = z.infer<typeof assetPerson>;

export const assetDetail = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(ASSET_TYPES),
  description: z.string().nullable(),
  owner: assetPerson.nullable(),
  administrator: assetPerson.nullable(),
  criticality: z.enum(CRITICALITIES),
  hosting: z.enum(HOSTINGS).nullable(),
  hostingRegion: z.string().nullable(),
  supplier: z.object({ id: z.string(), name: z.string() }).nullable(),
  supportEndsOn: z.string().nullable(),
  personalData: z.boolean(),
  specialCategoryData: z.boolean(),
  patientData: z.boolean(),
  recordVolume: z.number().int().nullable(),
  encryptionAtRest: z.enum(ENCRYPTION_ANSWERS),
  mfa: z.enum(MFA_ANSWERS),
  backupRestoreTestedOn: z.string().nullable(),
  continuityPlan: z.boolean(),
  continuityPlanReference: z.string().nullable(),
  notes: z.string().nullable(),
  /** When it was archived; an archived asset is kept for the record but raises no flags. */
  archivedAt: z.string().nullable(),
  /** The live data flows that have this asset at one end. */
  flows: z.array(flowRef),
  /** The DPIAs that cover this asset. */
  dpias: z.array(dpiaRef),
  flags: z.array(registerFlag),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AssetDetail = z.infer<typeof assetDetail>;
export const assetList = z.object({ asOf: z.string(), items: z.array(assetDetail) });
export type AssetList = z.infer<typeof assetList>;

export const assetListQuery = z.object({
  type: z.enum(ASSET_TYPES).optional(),
  criticality: z.enum(CRITICALITIES).optional(),
  supplierId: id.optional(),
  /** true: only assets with at least one flag as of asOf. */
  flagged: z.enum(['true', 'false']).optional(),
  /** true: archived assets as well. */
  archived: z.enum(['true', 'false']).optional(),
  q: z.string().max(200).optional(),
  asOf: instant.optional(),
});
export type AssetListQuery = z.infer<typeof assetListQuery>;

/** The version read, for archiving an asset or removing a supplier. */
export const versionQuery = z.object({ version: z.coerce.number().int().min(1) });

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export const exportQuery = z.object({ format: z.enum(EXPORT_FORMATS).default('xlsx'), asOf: instant.optional() });
export const asOfQuery = z.object({ asOf: instant.optional() });

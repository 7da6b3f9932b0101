// The API contract for the record of processing activities (UK GDPR Art 30(1)): the controller's and
// DPO's details kept for it, and the record itself, worked out from the register's data flows and
// assets as of an instant. Each activity's fields are words a DPO can read as they are; a field with
// nothing recorded says so, so the gap shows in every format.
import { z } from 'zod';

/** What a field with nothing behind it says, in the JSON and in every file. */
export const NOT_RECORDED = 'Not recorded';

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/** The details, replaced whole: a field not sent is cleared. Version 0 is "none recorded yet". */
export const ropaDetailsBody = z.object({
  /** How to reach the controller: an address, a telephone number, an email. */
  controllerContact: optionalText(2000),
  dpoName: optionalText(200),
  dpoContact: optionalText(2000),
  /** The representative in the UK, for a controller outside it (Art 27); seldom held by a Trust. */
  representative: optionalText(2000),
  /** Any joint controllers, by name and contact. */
  jointControllers: optionalText(2000),
  version: z.number().int().min(0),
});
export type RopaDetailsBody = z.infer<typeof ropaDetailsBody>;

const person = z.object({ id: z.string(), name: z.string() }).nullable();

export const ropaDetails = z.object({
  controllerContact: z.string().nullable(),
  dpoName: z.string().nullable(),
  dpoContact: z.string().nullable(),
  representative: z.string().nullable(),
  jointControllers: z.string().nullable(),
  /** The people holding the DPO role in the organisation, named when no DPO is recorded here. */
  dpoRoleHolders: z.array(z.object({ name: z.string(), email: z.string() })),
  /** 0 until the details are first recorded. */
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  updatedBy: person,
});
export type RopaDetails = z.infer<typeof ropaDetails>;

/** Art 30(1)(a) as the record reads it: each line a heading and the words recorded. */
export const ROPA_CONTROLLER_FIELDS = ['controller', 'controllerContact', 'jointControllers', 'representative', 'dpo', 'dpoContact'] as const;
export type RopaControllerField = (typeof ROPA_CONTROLLER_FIELDS)[number];
export const ROPA_CONTROLLER_HEADINGS: Record<RopaControllerField, string> = {
  controller: '(a) Controller',
  controllerContact: '(a) Controller’s contact details',
  jointControllers: '(a) Joint controllers',
  representative: '(a) Representative',
  dpo: '(a) Data Protection Officer',
  dpoContact: '(a) Data Protection Officer’s contact details',
};
export const ropaController = z.object(Object.fromEntries(ROPA_CONTROLLER_FIELDS.map((f) => [f, z.string()])) as Record<RopaControllerField, z.ZodString>);
export type RopaController = z.infer<typeof ropaController>;

/**
 * An activity's fields in the order the record shows them, each heading carrying its Art 30(1) letter
 * where the article asks for it; the bases and the flow's flags follow, as the ICO's template has them.
 */
export const ROPA_ACTIVITY_FIELDS = [
  'name',
  'from',
  'purpose',
  'directCare',
  'dataSubjects',
  'dataCategories',
  'recipients',
  'recipientCategories',
  'transferCountry',
  'transferSafeguard',
  'retention',
  'security',
  'lawfulBasis',
  'specialCategoryCondition',
  'schedule1Condition',
  'cldcBasis',
  'nationalDataOptOut',
  'agreement',
  'flags',
] as const;
export type RopaActivityField = (typeof ROPA_ACTIVITY_FIELDS)[number];
export const ROPA_ACTIVITY_HEADINGS: Record<RopaActivityField, string> = {
  name: 'Processing activity (data flow)',
  from: 'Data from',
  purpose: '(b) Purpose',
  directCare: '(b) For individual care',
  dataSubjects: '(c) Categories of data subjects',
  dataCategories: '(c) Categories of personal data',
  recipients: '(d) Recipients',
  recipientCategories: '(d) Categories of recipients',
  transferCountry: '(e) Transfer to a third country',
  transferSafeguard: '(e) Transfer safeguard',
  retention: '(f) Retention',
  security: '(g) Security measures',
  lawfulBasis: 'Lawful basis (Art 6)',
  specialCategoryCondition: 'Special category condition (Art 9)',
  schedule1Condition: 'Schedule 1 condition (DPA 2018)',
  cldcBasis: 'Common law duty of confidentiality basis',
  nationalDataOptOut: 'National data opt-out',
  agreement: 'Agreement',
  flags: 'Flags',
};

/** Which way the data goes for the organisation: between its own assets, out of them, into them, or between others on its behalf. */
export const ROPA_DIRECTIONS = ['internal', 'outbound', 'inbound', 'between-others'] as const;
export type RopaDirection = (typeof ROPA_DIRECTIONS)[number];

export const ropaActivity = z.object({
  flowId: z.string(),
  direction: z.enum(ROPA_DIRECTIONS),
  specialCategoryData: z.boolean(),
  /** The headings of the Art 30 fields with nothing recorded; empty when the activity is complete. */
  missing: z.array(z.string()),
  ...(Object.fromEntries(ROPA_ACTIVITY_FIELDS.map((f) => [f, z.string()])) as Record<RopaActivityField, z.ZodString>),
});
export type RopaActivity = z.infer<typeof ropaActivity>;

/** Assets holding personal data that no live flow names: storage is processing too, with no documented purpose here. */
export const ROPA_ASSET_FIELDS = ['name', 'owner', 'dataHeld', 'security'] as const;
export type RopaAssetField = (typeof ROPA_ASSET_FIELDS)[number];
export const ROPA_ASSET_HEADINGS: Record<RopaAssetField, string> = {
  name: 'Information asset',
  owner: 'Information Asset Owner',
  dataHeld: 'Personal data held',
  security: '(g) Security measures',
};
export const ropaUnflowedAsset = z.object({
  assetId: z.string(),
  ...(Object.fromEntries(ROPA_ASSET_FIELDS.map((f) => [f, z.string()])) as Record<RopaAssetField, z.ZodString>),
});
export type RopaUnflowedAsset = z.infer<typeof ropaUnflowedAsset>;

export const recordOfProcessing = z.object({
  asOf: z.string(),
  controller: ropaController,
  details: ropaDetails,
  activities: z.array(ropaActivity),
  unflowedAssets: z.array(ropaUnflowedAsset),
});
export type RecordOfProcessing = z.infer<typeof recordOfProcessing>;

export const ROPA_EXPORT_FORMATS = ['xlsx', 'csv', 'pdf'] as const;
export type RopaExportFormat = (typeof ROPA_EXPORT_FORMATS)[number];
export const ropaExportQuery = z.object({ format: z.enum(ROPA_EXPORT_FORMATS).default('xlsx'), asOf: z.string().max(40).optional() });

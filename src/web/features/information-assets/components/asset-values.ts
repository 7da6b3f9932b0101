// An information asset as its form holds it (text as typed, choices as codes) and as the API takes
// it. The same fields are filled in when an asset is added and when it is changed; a change sends
// only the fields that differ from the asset the form was filled from, so a colleague's change to
// another field is not undone by saving over it.
import type { FieldError } from '../../../lib/api-client';
import { changedFields } from './changed-fields';
import type { AssetChangeBody, AssetDetail, AssetType, Criticality, EncryptionAnswer, Hosting, MfaAnswer, NewAssetBody } from '../../../../contract/information-assets';

/** An Information Asset Owner or Administrator: someone with an account here, a name written, or nobody yet. */
export interface PersonValues {
  kind: 'account' | 'name' | 'none';
  id: string;
  name: string;
}

export const DATA_HELD = ['personal', 'special-category', 'patient'] as const;
export type DataHeld = (typeof DATA_HELD)[number];

export interface AssetValues {
  name: string;
  type: AssetType | '';
  criticality: Criticality | '';
  description: string;
  owner: PersonValues;
  administrator: PersonValues;
  hosting: Hosting | '';
  hostingRegion: string;
  supplierId: string;
  /** YYYY-MM-DD, as a date box gives it; '' when not known. */
  supportEndsOn: string;
  holds: DataHeld[];
  recordVolume: string;
  encryptionAtRest: EncryptionAnswer;
  mfa: MfaAnswer;
  backupRestoreTestedOn: string;
  continuityPlan: 'yes' | 'no';
  continuityPlanReference: string;
  notes: string;
}

const NOBODY: PersonValues = { kind: 'none', id: '', name: '' };

export const EMPTY_ASSET: AssetValues = {
  name: '',
  type: '',
  criticality: '',
  description: '',
  owner: NOBODY,
  administrator: NOBODY,
  hosting: '',
  hostingRegion: '',
  supplierId: '',
  supportEndsOn: '',
  holds: [],
  recordVolume: '',
  encryptionAtRest: 'unknown',
  mfa: 'unknown',
  backupRestoreTestedOn: '',
  continuityPlan: 'no',
  continuityPlanReference: '',
  notes: '',
};

function personValues(person: AssetDetail['owner']): PersonValues {
  if (!person) return NOBODY;
  return person.id ? { kind: 'account', id: person.id, name: '' } : { kind: 'name', id: '', name: person.name };
}

export function assetValuesOf(asset: AssetDetail): AssetValues {
  return {
    name: asset.name,
    type: asset.type,
    criticality: asset.criticality,
    description: asset.description ?? '',
    owner: personValues(asset.owner),
    administrator: personValues(asset.administrator),
    hosting: asset.hosting ?? '',
    hostingRegion: asset.hostingRegion ?? '',
    supplierId: asset.supplier?.id ?? '',
    supportEndsOn: asset.supportEndsOn ?? '',
    holds: DATA_HELD.filter((kind) => (kind === 'personal' ? asset.personalData : kind === 'special-category' ? asset.specialCategoryData : asset.patientData)),
    recordVolume: asset.recordVolume === null ? '' : String(asset.recordVolume),
    encryptionAtRest: asset.encryptionAtRest,
    mfa: asset.mfa,
    backupRestoreTestedOn: asset.backupRestoreTestedOn ?? '',
    continuityPlan: asset.continuityPlan ? 'yes' : 'no',
    continuityPlanReference: asset.continuityPlanReference ?? '',
    notes: asset.notes ?? '',
  };
}

/** "1,250,000" or " 1250000 " as a whole number; null when empty; undefined when it is not a whole number. */
export function recordCountOf(text: string): number | null | undefined {
  const compact = text.replace(/[\s,]/g, '');
  if (compact === '') return null;
  return /^\d{1,15}$/.test(compact) ? Number(compact) : undefined;
}

type AssetBodyFields = Required<Omit<NewAssetBody, 'type' | 'criticality'>> & Partial<Pick<NewAssetBody, 'type' | 'criticality'>>;

function personFields(person: PersonValues, role: 'owner' | 'administrator', errors: FieldError[]) {
  const title = role === 'owner' ? 'Information Asset Owner' : 'Information Asset Administrator';
  if (person.kind === 'account' && !person.id) errors.push({ field: `${role}Id`, message: `Choose the ${title}` });
  if (person.kind === 'name' && !person.name.trim()) errors.push({ field: `${role}Name`, message: `Write the name of the ${title}` });
  return {
    id: person.kind === 'account' ? person.id || null : null,
    name: person.kind === 'name' ? person.name.trim() || null : null,
  };
}

/** Every field for the API, and the problems that stop it being sent (send it only when there are none). Blank optional fields are null. */
export function assetBody(values: AssetValues): { body: AssetBodyFields; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (!values.name.trim()) errors.push({ field: 'name', message: 'Enter the name of the information asset' });
  if (!values.type) errors.push({ field: 'type', message: 'Choose the type of information asset' });
  if (!values.criticality) errors.push({ field: 'criticality', message: 'Choose how critical it is to the organisation' });
  const owner = personFields(values.owner, 'owner', errors);
  const administrator = personFields(values.administrator, 'administrator', errors);
  const recordVolume = recordCountOf(values.recordVolume);
  if (recordVolume === undefined) errors.push({ field: 'recordVolume', message: 'Enter the number of records as a whole number, like 250000' });
  const text = (value: string) => value.trim() || null;
  const day = (value: string) => value || null;
  return {
    errors,
    body: {
      name: values.name.trim(),
      ...(values.type ? { type: values.type } : {}),
      ...(values.criticality ? { criticality: values.criticality } : {}),
      description: text(values.description),
      ownerId: owner.id,
      ownerName: owner.name,
      administratorId: administrator.id,
      administratorName: administrator.name,
      hosting: values.hosting || null,
      hostingRegion: text(values.hostingRegion),
      supplierId: values.supplierId || null,
      supportEndsOn: day(values.supportEndsOn),
      personalData: values.holds.includes('personal'),
      specialCategoryData: values.holds.includes('special-category'),
      patientData: values.holds.includes('patient'),
      recordVolume: recordVolume ?? null,
      encryptionAtRest: values.encryptionAtRest,
      mfa: values.mfa,
      backupRestoreTestedOn: day(values.backupRestoreTestedOn),
      continuityPlan: values.continuityPlan === 'yes',
      // A reference is to the plan that covers it: none when no plan does.
      continuityPlanReference: values.continuityPlan === 'yes' ? text(values.continuityPlanReference) : null,
      notes: text(values.notes),
    },
  };
}

/** A new asset's body, or the problems found before sending. */
export function newAssetBody(values: AssetValues): { body: NewAssetBody; errors: FieldError[] } {
  const { body, errors } = assetBody(values);
  return { errors, body: { ...body, type: body.type ?? 'system', criticality: body.criticality ?? 'medium' } };
}

/** The fields that differ from the values the form was filled from, with the version they rest on. */
export function assetChangeBody(from: AssetValues, values: AssetValues, version: number): { body: AssetChangeBody; errors: FieldError[] } {
  const { body, errors } = assetBody(values);
  return { errors, body: { ...changedFields(assetBody(from).body, body), version } };
}

// The record of processing's details as their form holds them and as the API takes them: the API
// replaces the details whole, so every field is sent, a blank one as null (cleared).
import type { RopaDetails, RopaDetailsBody } from '../../../../contract/records-of-processing';
import type { FieldError } from '../../../lib/api-client';
import type { Fact } from './facts';

export type RopaDetailsField = 'controllerContact' | 'dpoName' | 'dpoContact' | 'representative' | 'jointControllers';

export type RopaDetailsValues = Record<RopaDetailsField, string>;

export const ROPA_DETAILS_LABELS: Record<RopaDetailsField, string> = {
  controllerContact: 'The controller’s contact details',
  dpoName: 'Data Protection Officer’s name',
  dpoContact: 'Data Protection Officer’s contact details',
  representative: 'Representative in the UK',
  jointControllers: 'Joint controllers',
};

const FIELDS = Object.keys(ROPA_DETAILS_LABELS) as RopaDetailsField[];

/** The API's limits, checked before sending so a long paste is named at once. */
const MAX_LENGTH: Record<RopaDetailsField, number> = { controllerContact: 2000, dpoName: 200, dpoContact: 2000, representative: 2000, jointControllers: 2000 };

export function ropaDetailsValuesOf(details: RopaDetails): RopaDetailsValues {
  return Object.fromEntries(FIELDS.map((field) => [field, details[field] ?? ''])) as RopaDetailsValues;
}

/** The whole body on the version the change rests on; the form's read values are not needed, as nothing is sent partly. */
export function ropaDetailsBodyOf(_read: RopaDetailsValues, edited: RopaDetailsValues, version: number): { body: RopaDetailsBody; errors: FieldError[] } {
  const errors = FIELDS.filter((field) => edited[field].trim().length > MAX_LENGTH[field]).map((field) => ({
    field,
    message: `${ROPA_DETAILS_LABELS[field]} must be ${MAX_LENGTH[field].toLocaleString('en-GB')} characters or fewer`,
  }));
  const body = Object.fromEntries(FIELDS.map((field) => [field, edited[field].trim() || null])) as Omit<RopaDetailsBody, 'version'>;
  return { body: { ...body, version }, errors };
}

/** Each detail in words under its label, to show what a colleague changed. */
export function ropaDetailsFacts(details: RopaDetails): Array<Fact<RopaDetailsField>> {
  return FIELDS.map((field) => ({ field, key: ROPA_DETAILS_LABELS[field], text: details[field] ?? 'Not recorded' }));
}

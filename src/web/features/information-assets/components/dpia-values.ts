// A DPIA's details as their forms hold them and as the API takes them: starting one (title,
// description, owner) and changing its details (those, with the necessity, the consultation and the
// review date). A change sends only the fields that differ from the DPIA the form was filled from, so
// a colleague's change to another field is not put back. The owner is someone with an account: the
// API takes an id only.
import type { DpiaChangeBody, DpiaDetail, NewDpiaBody } from '../../../../contract/dpias';
import type { FieldError } from '../../../lib/api-client';
import type { PersonValues } from './asset-values';
import { changedFields } from './changed-fields';
import type { Fact } from './facts';
import { dayWords } from './words';

export type DpiaDetailsField = 'title' | 'description' | 'owner' | 'necessity' | 'consultation' | 'reviewOn';

export interface DpiaDetailsValues {
  title: string;
  description: string;
  owner: PersonValues;
  necessity: string;
  consultation: string;
  /** YYYY-MM-DD, as a date box gives it; '' when none. */
  reviewOn: string;
}

export type NewDpiaValues = Pick<DpiaDetailsValues, 'title' | 'description' | 'owner'>;

export const DPIA_DETAILS_LABELS: Record<DpiaDetailsField, string> = {
  title: 'Title',
  description: 'The processing assessed',
  owner: 'DPIA owner',
  necessity: 'Why the processing is necessary and proportionate',
  consultation: 'Whom was consulted',
  reviewOn: 'Next review',
};

const NOBODY: PersonValues = { kind: 'none', id: '', name: '' };
export const EMPTY_NEW_DPIA: NewDpiaValues = { title: '', description: '', owner: NOBODY };

/** The API's limits, checked before sending so a long paste is named at once. */
const MAX_LENGTH = { title: 200, description: 20_000, necessity: 20_000, consultation: 20_000 } as const;
type TextField = keyof typeof MAX_LENGTH;

export function dpiaDetailsValuesOf(dpia: DpiaDetail): DpiaDetailsValues {
  return {
    title: dpia.title,
    description: dpia.description ?? '',
    owner: dpia.owner ? { kind: 'account', id: dpia.owner.id, name: '' } : NOBODY,
    necessity: dpia.necessity ?? '',
    consultation: dpia.consultation ?? '',
    reviewOn: dpia.reviewOn ?? '',
  };
}

function textProblems(values: Partial<Record<TextField, string>>, errors: FieldError[]) {
  if (values.title !== undefined && !values.title.trim()) errors.push({ field: 'title', message: 'Enter the title of the DPIA' });
  for (const field of Object.keys(MAX_LENGTH) as TextField[]) {
    const value = values[field];
    if (value !== undefined && value.trim().length > MAX_LENGTH[field]) {
      errors.push({ field, message: `${DPIA_DETAILS_LABELS[field]} must be ${MAX_LENGTH[field].toLocaleString('en-GB')} characters or fewer` });
    }
  }
}

function ownerIdOf(owner: PersonValues, errors: FieldError[]): string | null {
  if (owner.kind !== 'account') return null;
  if (!owner.id) errors.push({ field: 'ownerId', message: 'Choose the DPIA owner, or say nobody yet' });
  return owner.id || null;
}

const text = (value: string) => value.trim() || null;

/** A new DPIA's body, or the problems found before sending. */
export function newDpiaBodyOf(values: NewDpiaValues): { body: NewDpiaBody; errors: FieldError[] } {
  const errors: FieldError[] = [];
  textProblems(values, errors);
  const ownerId = ownerIdOf(values.owner, errors);
  return { errors, body: { title: values.title.trim(), description: text(values.description), ownerId } };
}

function detailsBody(values: DpiaDetailsValues, errors: FieldError[]): Omit<Required<DpiaChangeBody>, 'version'> {
  textProblems(values, errors);
  if (values.reviewOn && !/^\d{4}-\d{2}-\d{2}$/.test(values.reviewOn)) errors.push({ field: 'reviewOn', message: 'Enter the next review as a date, like 31/03/2027' });
  return {
    title: values.title.trim(),
    description: text(values.description),
    ownerId: ownerIdOf(values.owner, errors),
    necessity: text(values.necessity),
    consultation: text(values.consultation),
    reviewOn: values.reviewOn || null,
  };
}

/** The fields that differ from the values the form was filled from, with the version they rest on. */
export function dpiaChangeBodyOf(read: DpiaDetailsValues, edited: DpiaDetailsValues, version: number): { body: DpiaChangeBody; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const body = detailsBody(edited, errors);
  return { errors, body: { ...changedFields(detailsBody(read, []), body), version } };
}

/** Each detail in words under its label: the DPIA's page lists them, and a colleague's change is shown with them. */
export function dpiaDetailsFacts(dpia: DpiaDetail): Array<Fact<DpiaDetailsField>> {
  const words = (value: string | null) => value ?? 'Not recorded';
  return [
    { field: 'title', key: DPIA_DETAILS_LABELS.title, text: dpia.title },
    { field: 'owner', key: DPIA_DETAILS_LABELS.owner, text: dpia.owner?.name ?? 'Nobody yet' },
    { field: 'description', key: DPIA_DETAILS_LABELS.description, text: words(dpia.description) },
    { field: 'necessity', key: DPIA_DETAILS_LABELS.necessity, text: words(dpia.necessity) },
    { field: 'consultation', key: DPIA_DETAILS_LABELS.consultation, text: words(dpia.consultation) },
    { field: 'reviewOn', key: DPIA_DETAILS_LABELS.reviewOn, text: dayWords(dpia.reviewOn, 'Not set') },
  ];
}

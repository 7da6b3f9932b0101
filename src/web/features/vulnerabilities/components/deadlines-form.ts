// The remediation deadlines form: days per severity as typed (blank for no deadline) and the known
// exploited days, checked before sending; the API's problems (fields critical, kev...) placed beside
// their inputs; a colleague's save in between read from the 409.
import type { DeadlineSettingsAnswer, DeadlineSettingsView } from '../../../../contract/vulnerabilities';
import { ApiError, type FieldError } from '../../../lib/api-client';
import { formProblems, type FormProblems, wholeNumber } from '../../../lib/form-problems';
import { type StaleChange, staleChangeOf } from '../../../lib/versioned-save';
import { SEVERITY_LABELS } from './words';

/** The contract's ceiling: beyond a year a deadline stops meaning anything. */
export const MAX_DEADLINE_DAYS = 365;

export const DEADLINE_FIELDS = ['critical', 'high', 'medium', 'low', 'kev'] as const;
export type DeadlineField = (typeof DEADLINE_FIELDS)[number];
export type DeadlineValues = Record<DeadlineField, string>;

/** What the form saves and reads back: the settings at a version. */
export interface SavedDeadlines {
  settings: DeadlineSettingsView;
  version: number;
}

export const deadlineFieldId = (field: DeadlineField) => `deadline-${field}`;

export function deadlineValuesOf(settings: DeadlineSettingsView): DeadlineValues {
  return Object.fromEntries(DEADLINE_FIELDS.map((field) => [field, settings[field] === null ? '' : String(settings[field])])) as DeadlineValues;
}

const fieldName = (field: DeadlineField) => (field === 'kev' ? 'known exploited vulnerabilities' : `${SEVERITY_LABELS[field].toLowerCase()} findings`);

/** The body to send, or the problems that stop it being sent (in the API's shape, so they show alike). */
export function deadlinesFrom(values: DeadlineValues, version: number): { settings: SavedDeadlines } | { problem: ApiError } {
  const errors: FieldError[] = [];
  const settings = {} as DeadlineSettingsView;
  for (const field of DEADLINE_FIELDS) {
    const text = values[field].trim();
    if (text === '' && field !== 'kev') {
      settings[field] = null;
      continue;
    }
    const days = wholeNumber(text);
    if (days === null || days < 1 || days > MAX_DEADLINE_DAYS) {
      const blank = field === 'kev' ? '' : ', or leave it blank for no deadline';
      errors.push({ field, message: `Enter the days allowed to fix ${fieldName(field)} as a whole number from 1 to ${MAX_DEADLINE_DAYS}${blank}` });
    } else settings[field] = days;
  }
  if (errors.length > 0) return { problem: new ApiError({ status: 422, title: 'Some values need correcting', detail: 'Some deadlines need correcting.', errors }) };
  return { settings: { settings, version } };
}

/** Each problem beside the field it names, in page order. */
export function deadlineProblems(error: unknown): FormProblems | null {
  return formProblems(error, Object.fromEntries(DEADLINE_FIELDS.map((field) => [field, deadlineFieldId(field)])));
}

/** A colleague's save since the form was read: what they saved and when, from a 409; null for anything else. */
export function staleDeadlinesOf(error: unknown): StaleChange<DeadlineSettingsAnswer> | null {
  return staleChangeOf(error, (value): value is DeadlineSettingsAnswer => typeof value === 'object' && value !== null && 'settings' in value && 'version' in value);
}

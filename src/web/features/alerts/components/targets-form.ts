// The triage targets form: minutes per severity as typed, checked before sending, and the API's
// problems (fields such as targets.high) placed beside their inputs; a colleague's save in between
// read from the 409.
import type { AlertSettings, AlertSeverity, TriageTargets } from '../../../../contract/alerts';
import { ApiError, type FieldError, isApiError } from '../../../lib/api-client';
import type { FormProblems } from '../../../lib/form-problems';
import { type StaleChange, staleChangeOf } from '../../../lib/versioned-save';
import { SEVERITY_LABELS, SEVERITY_ORDER } from './words';

/** The contract's ceiling: thirty days. */
export const MAX_TARGET_MINUTES = 60 * 24 * 30;

export type TargetValues = Record<AlertSeverity, string>;

export const targetFieldId = (severity: AlertSeverity) => `target-${severity}`;

export function targetValuesOf(targets: TriageTargets): TargetValues {
  return Object.fromEntries(SEVERITY_ORDER.map((severity) => [severity, String(targets[severity])])) as TargetValues;
}

/** Whole minutes as typed (" 30 "), or null when it is not a number of minutes the API would take. */
export function minutesFrom(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,6}$/.test(trimmed)) return null;
  const minutes = Number(trimmed);
  return minutes >= 1 && minutes <= MAX_TARGET_MINUTES ? minutes : null;
}

/** The body to send, or the problems that stop it being sent (in the API's shape, so they show alike). */
export function settingsFrom(values: TargetValues, version: number): { settings: AlertSettings } | { problem: ApiError } {
  const errors: FieldError[] = [];
  const targets = {} as TriageTargets;
  for (const severity of SEVERITY_ORDER) {
    const minutes = minutesFrom(values[severity]);
    if (minutes === null) {
      errors.push({
        field: `targets.${severity}`,
        message: `Enter the minutes to triage a ${SEVERITY_LABELS[severity].toLowerCase()} alert, a whole number from 1 to ${MAX_TARGET_MINUTES.toLocaleString('en-GB')} (30 days)`,
      });
    } else targets[severity] = minutes;
  }
  if (errors.length > 0) return { problem: new ApiError({ status: 422, title: 'Some values need correcting', detail: 'Some targets need correcting.', errors }) };
  return { settings: { targets, version } };
}

/** Each problem beside the severity it names, in page order; the detail alone when none is named. */
export function targetProblems(error: unknown): FormProblems | null {
  if (!error) return null;
  const apiError = isApiError(error) ? error : new ApiError({ status: 0, title: 'Something went wrong', detail: 'Something went wrong. Try again.' });
  const byField: Record<string, string> = {};
  const placed = apiError.errors.map((fieldError) => {
    const severity = SEVERITY_ORDER.find((candidate) => fieldError.field === `targets.${candidate}`);
    if (severity && !byField[severity]) byField[severity] = fieldError.message;
    return { severity, text: fieldError.message };
  });
  const rank = (severity: AlertSeverity | undefined) => (severity ? SEVERITY_ORDER.indexOf(severity) : SEVERITY_ORDER.length);
  placed.sort((a, b) => rank(a.severity) - rank(b.severity));
  const items = placed.map(({ severity, text }) => (severity ? { text, fieldId: targetFieldId(severity) } : { text }));
  const problems: FormProblems = { title: 'There is a problem', items, byField };
  if (items.length === 0) problems.description = apiError.detail;
  return problems;
}

/** A colleague's save since the form was read: what they saved and when, from a 409; null for anything else. */
export function staleTargetsOf(error: unknown): StaleChange<AlertSettings> | null {
  return staleChangeOf(error, (value): value is AlertSettings => typeof value === 'object' && value !== null && 'targets' in value && 'version' in value);
}

// The incident settings form's values as typed, checked before sending, and the API's problems (whose
// fields are paths such as targets.contain.high) placed beside the input they are about.
import type { IncidentSettings, Severity, TargetMetric } from '../../../../contract/incidents';
import { ApiError, type FieldError, isApiError } from '../../../lib/api-client';
import type { FormProblems } from '../../../lib/form-problems';
import { type StaleChange, staleChangeOf } from '../../../lib/versioned-save';
import { SEVERITY_LABELS, SEVERITY_ORDER, TARGET_METRIC_ORDER } from './words';

export const MAX_TARGET_HOURS = 100_000;

export interface SettingsValues {
  targets: Record<TargetMetric, Record<Severity, string>>;
  dhscLikelihoodAtLeast: string;
  dhscHarmAtLeast: string;
}

export const targetFieldId = (metric: TargetMetric, severity: Severity) => `target-${metric}-${severity}`;
export const THRESHOLD_FIELDS = { dhscLikelihoodAtLeast: 'dhsc-likelihood', dhscHarmAtLeast: 'dhsc-harm' } as const;

/** Every field's id in page order, keyed by the path the API names it by. */
export const FIELD_IDS: Record<string, string> = {
  ...Object.fromEntries(TARGET_METRIC_ORDER.flatMap((metric) => SEVERITY_ORDER.map((severity) => [`targets.${metric}.${severity}`, targetFieldId(metric, severity)]))),
  ...THRESHOLD_FIELDS,
};

export function valuesOf(settings: IncidentSettings): SettingsValues {
  const targets = Object.fromEntries(
    TARGET_METRIC_ORDER.map((metric) => [metric, Object.fromEntries(SEVERITY_ORDER.map((severity) => [severity, hoursText(settings.targets[metric]?.[severity])]))]),
  ) as SettingsValues['targets'];
  return { targets, dhscLikelihoodAtLeast: String(settings.dhscLikelihoodAtLeast), dhscHarmAtLeast: String(settings.dhscHarmAtLeast) };
}

function hoursText(hours: number | undefined): string {
  return hours === undefined ? '' : String(hours);
}

/** Hours as typed ("4", " 0.5 "), or null when it is not a number of hours the API would take. */
export function hoursFrom(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,6}(\.\d{1,2})?$/.test(trimmed)) return null;
  const hours = Number(trimmed);
  return hours > 0 && hours <= MAX_TARGET_HOURS ? hours : null;
}

/** The body to send, or the problems that stop it being sent (in the API's own shape, so they show alike). */
export function settingsFrom(values: SettingsValues, version: number): { settings: IncidentSettings } | { problem: ApiError } {
  const errors: FieldError[] = [];
  const targets = {} as IncidentSettings['targets'];
  for (const metric of TARGET_METRIC_ORDER) {
    const bySeverity = {} as Record<Severity, number>;
    for (const severity of SEVERITY_ORDER) {
      const hours = hoursFrom(values.targets[metric][severity]);
      if (hours === null) {
        errors.push({
          field: `targets.${metric}.${severity}`,
          message: `Enter the hours to ${metric} a ${SEVERITY_LABELS[severity].toLowerCase()}-severity incident, a number above 0 such as 4 or 0.5`,
        });
      } else bySeverity[severity] = hours;
    }
    targets[metric] = bySeverity;
  }
  if (errors.length > 0) return { problem: new ApiError({ status: 422, title: 'Some values need correcting', detail: 'Some targets need correcting.', errors }) };
  return { settings: { targets, dhscLikelihoodAtLeast: Number(values.dhscLikelihoodAtLeast), dhscHarmAtLeast: Number(values.dhscHarmAtLeast), version } };
}

/** Like lib/form-problems, but a problem is placed by its whole path: each target has its own input. */
export function settingsProblems(error: unknown): FormProblems | null {
  if (!error) return null;
  const apiError = isApiError(error) ? error : new ApiError({ status: 0, title: 'Something went wrong', detail: 'Something went wrong. Try again.' });
  const order = Object.keys(FIELD_IDS);
  const byField: Record<string, string> = {};
  const placed = apiError.errors.map((fieldError) => {
    const path = order.find((candidate) => fieldError.field === candidate || fieldError.field.startsWith(`${candidate}.`));
    if (path && !byField[path]) byField[path] = fieldError.message;
    return { path, text: fieldError.message };
  });
  placed.sort((a, b) => rank(order, a.path) - rank(order, b.path));
  const items = placed.map(({ path, text }) => (path ? { text, fieldId: FIELD_IDS[path]! } : { text }));
  const problems: FormProblems = { title: 'There is a problem', items, byField };
  if (items.length === 0) problems.description = apiError.detail;
  return problems;
}

function rank(order: string[], path: string | undefined): number {
  const index = path ? order.indexOf(path) : -1;
  return index === -1 ? order.length : index;
}

/**
 * What someone else saved first, read from a 409 stale-change problem (null when it does not say).
 * Who saved it is left out: for the settings the problem names an account, not a person.
 */
export function staleSettingsOf(error: unknown): StaleChange<IncidentSettings> | null {
  return staleChangeOf(error, isSettings);
}

function isSettings(value: unknown): value is IncidentSettings {
  return typeof value === 'object' && value !== null && 'targets' in value && 'version' in value;
}

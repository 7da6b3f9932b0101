// Turns one cell of an import file into the typed value its column declares, or says in a sentence
// what is wrong with it. Values arrive trimmed; nothing is guessed (dates need their format).
import { isDeliverableAddress } from '../email/addresses.js';
import { parseDate, parseDateTime, parseDateTimeMs } from './dates.js';
import type { ColumnSpec, FieldMapping, FieldValue } from './types.js';

export type Conversion = { ok: true; value: FieldValue } | { ok: false; reason: string };

// C0 controls and DEL. Tab, line feed and carriage return are kept: a multi-line cell holds them.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const WHOLE_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)$/;
const DECIMAL = /^[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?$/i;
const BOOLEANS: ReadonlyMap<string, boolean> = new Map([
  ['yes', true],
  ['y', true],
  ['true', true],
  ['1', true],
  ['no', false],
  ['n', false],
  ['false', false],
  ['0', false],
]);
const CHOICES_LISTED = 20;

function fail(reason: string): Conversion {
  return { ok: false, reason };
}

function controlCharacterIn(raw: string): string | null {
  const found = CONTROL_CHARACTER.exec(raw);
  return found ? `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : null;
}

/** Converts one trimmed cell to the value `spec` declares; dates and times use `mapping.format`. */
export function convertValue(spec: ColumnSpec, raw: string, mapping?: FieldMapping): Conversion {
  const control = controlCharacterIn(raw);
  // PostgreSQL cannot store NUL, and the others only arrive in a damaged or hostile file.
  if (control) return fail(`contains a control character (${control}) that no export should hold`);
  if (raw === '') return spec.required ? fail('is required') : { ok: true, value: null };
  const type = spec.type;
  switch (type.kind) {
    case 'text':
      return convertText(raw, type.maxLength);
    case 'integer':
      return convertInteger(raw, type.min, type.max);
    case 'number':
      return convertNumber(raw);
    case 'boolean': {
      const value = BOOLEANS.get(raw.toLowerCase());
      return value === undefined ? fail('expected yes or no (or true/false, y/n, 1/0)') : { ok: true, value };
    }
    case 'email':
      return isDeliverableAddress(raw) ? { ok: true, value: raw.toLowerCase() } : fail('is not an email address such as name@trust.nhs.uk');
    case 'choice':
      return convertChoice(raw, type.values);
    case 'date':
    case 'datetime': {
      if (!mapping?.format) {
        return fail(`cannot be read: the mapping gives no ${type.kind === 'date' ? 'date' : 'date and time'} format for this column`);
      }
      const parsed = type.kind === 'date' ? parseDate(raw, mapping.format) : type.epochMs ? parseDateTimeMs(raw, mapping.format, mapping.timeZone) : parseDateTime(raw, mapping.format, mapping.timeZone);
      return parsed.ok ? { ok: true, value: parsed.value } : fail(parsed.reason);
    }
  }
}

function convertText(raw: string, maxLength: number | undefined): Conversion {
  if (maxLength !== undefined && raw.length > maxLength) {
    // Counted in characters as a person sees them, so an emoji is one, not two.
    const length = [...raw].length;
    if (length > maxLength) return fail(`is ${length} characters long; at most ${maxLength} are allowed`);
  }
  return { ok: true, value: raw };
}

function withinLimits(value: number, min: number | undefined, max: number | undefined): Conversion {
  if (min !== undefined && value < min) return fail(`must be at least ${min}`);
  if (max !== undefined && value > max) return fail(`must be at most ${max}`);
  // -0 is written as 0 everywhere else, so store it as 0.
  return { ok: true, value: value === 0 ? 0 : value };
}

function convertInteger(raw: string, min: number | undefined, max: number | undefined): Conversion {
  if (!WHOLE_NUMBER.test(raw)) return fail('is not a whole number (such as 42 or 1,234)');
  const value = Number(raw.replaceAll(',', ''));
  if (!Number.isSafeInteger(value)) return fail('is too large a number to hold exactly');
  return withinLimits(value, min, max);
}

function convertNumber(raw: string): Conversion {
  if (!DECIMAL.test(raw)) return fail('is not a number (such as 42, -3.5 or 1,234.5)');
  const value = Number(raw.replaceAll(',', ''));
  if (!Number.isFinite(value)) return fail('is too large a number');
  return withinLimits(value, undefined, undefined);
}

/** A choice as people write it: case and spaces are not what makes two choices differ. */
function choiceKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '');
}

const choiceLookups = new WeakMap<readonly string[], Map<string, string>>();

function convertChoice(raw: string, values: readonly string[]): Conversion {
  let lookup = choiceLookups.get(values);
  if (!lookup) {
    lookup = new Map();
    for (const value of values) if (!lookup.has(choiceKey(value))) lookup.set(choiceKey(value), value);
    choiceLookups.set(values, lookup);
  }
  const canonical = lookup.get(choiceKey(raw));
  if (canonical !== undefined) return { ok: true, value: canonical };
  const listed = values.slice(0, CHOICES_LISTED).map((value) => `"${value}"`);
  const more = values.length > CHOICES_LISTED ? ` and ${values.length - CHOICES_LISTED} more` : '';
  return fail(`is not one of the allowed values: ${listed.join(', ')}${more}`);
}

// Where each field of an import is found in a Trust's file: a saved mapping names the column (and how
// its dates are written); any other field is looked for under its own label. Everything that could
// stop a file being read is found before the first row, and each row is then read into typed values.
import type { FieldProblem } from '../errors.js';
import { convertValue } from './column-types.js';
import { checkDateFormat, checkTimeZone } from './dates.js';
import type { ColumnMapping, ColumnSpec, FieldMapping, FieldValue, RowProblem, SourceRecord } from './types.js';

/** One field to read from each row: which column holds it and how its dates are written. */
export interface PlannedField {
  spec: ColumnSpec;
  /** Position of the column among the file's headers, from 0. */
  index: number;
  /** The column's heading as the file writes it, for row problems. */
  column: string;
  format?: string;
  timeZone?: string;
  /** The mapping entry a date column's values are read with, built once for every row. */
  mapping?: FieldMapping;
}

export type MappingResolution = { ok: true; plan: PlannedField[] } | { ok: false; problems: string[] };

export interface RowReading {
  values: Record<string, FieldValue>;
  problems: RowProblem[];
}

const HEADINGS_LISTED = 30;
const PROBLEM_VALUE_LENGTH = 200;
const MAX_COLUMN_NAME_LENGTH = 200;

/** A heading as people vary it: "E-mail address", "email_address" and "Email Address" are one. */
export function headingKey(heading: string): string {
  return heading.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function named(spec: ColumnSpec): string {
  return `"${spec.label}" (${spec.field})`;
}

function listHeadings(headers: readonly string[]): string {
  if (headers.length === 0) return 'The file has no column headings.';
  const listed = headers.slice(0, HEADINGS_LISTED).map((header) => `"${header}"`);
  const more = headers.length > HEADINGS_LISTED ? ` and ${headers.length - HEADINGS_LISTED} more` : '';
  return `The file's columns are ${listed.join(', ')}${more}.`;
}

function formatExample(kind: 'date' | 'datetime'): string {
  return kind === 'date' ? 'DD/MM/YYYY' : 'DD/MM/YYYY HH:mm';
}

/** What is wrong with one field's entry in a mapping, each problem with the part of the entry it is in. */
function fieldMappingProblems(spec: ColumnSpec, entry: unknown): Array<{ part: 'column' | 'format' | 'timeZone' | null; message: string }> {
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
    return [{ part: null, message: `The mapping for ${named(spec)} must name its column.` }];
  }
  const { column, format, timeZone } = entry as Partial<Record<keyof FieldMapping, unknown>>;
  const problems: Array<{ part: 'column' | 'format' | 'timeZone' | null; message: string }> = [];
  if (typeof column !== 'string' || column.trim() === '') {
    problems.push({ part: 'column', message: `The mapping for ${named(spec)} must name its column.` });
  } else if (column.length > MAX_COLUMN_NAME_LENGTH) {
    problems.push({ part: 'column', message: `The column named for ${named(spec)} is longer than ${MAX_COLUMN_NAME_LENGTH} characters.` });
  }
  const kind = spec.type.kind;
  if (kind === 'date' || kind === 'datetime') {
    if (format === undefined || format === null || format === '') {
      problems.push({ part: 'format', message: `${named(spec)} needs the format its values are written in, e.g. ${formatExample(kind)}.` });
    } else if (typeof format !== 'string') {
      problems.push({ part: 'format', message: `The format for ${named(spec)} must be text, e.g. ${formatExample(kind)}.` });
    } else {
      const checked = checkDateFormat(format, kind);
      if (!checked.ok) problems.push({ part: 'format', message: `The format ${format} for ${named(spec)} cannot be used: ${checked.reason}.` });
    }
  } else if (format !== undefined && format !== null && format !== '') {
    problems.push({ part: 'format', message: `${named(spec)} is not a date, so it takes no format.` });
  }
  if (timeZone !== undefined && timeZone !== null && timeZone !== '') {
    if (kind !== 'datetime') {
      problems.push({ part: 'timeZone', message: `${named(spec)} is not a date and time, so it takes no time zone.` });
    } else {
      const checked = typeof timeZone === 'string' ? checkTimeZone(timeZone) : { ok: false as const, reason: 'a time zone must be text' };
      if (!checked.ok) problems.push({ part: 'timeZone', message: `The time zone for ${named(spec)} cannot be used: ${checked.reason}.` });
    }
  }
  return problems;
}

function unknownFieldMessage(field: string, columns: readonly ColumnSpec[]): string {
  return `The mapping names "${field}", which is not a field of this import; its fields are ${columns.map((spec) => spec.field).join(', ')}.`;
}

function specsByField(columns: readonly ColumnSpec[]): Map<string, ColumnSpec> {
  // A Map, not an object, so a field or mapping key such as "__proto__" or "constructor" is only a name.
  return new Map(columns.map((spec) => [spec.field, spec]));
}

function mappingEntries(mapping: ColumnMapping): Array<[string, unknown]> {
  return Object.keys(mapping).map((field) => [field, (mapping as Record<string, unknown>)[field]]);
}

/**
 * Checks a mapping saved without a file (its fields and formats), for the API that saves named
 * mappings. Each problem's `field` is the mapping's path to it, e.g. `startDate.format`.
 */
export function checkMappingDefinition(columns: readonly ColumnSpec[], mapping: ColumnMapping): FieldProblem[] {
  const specs = specsByField(columns);
  const problems: FieldProblem[] = [];
  for (const [field, entry] of mappingEntries(mapping)) {
    const spec = specs.get(field);
    if (!spec) {
      problems.push({ field, message: unknownFieldMessage(field, columns) });
      continue;
    }
    for (const { part, message } of fieldMappingProblems(spec, entry)) {
      problems.push({ field: part ? `${field}.${part}` : field, message });
    }
  }
  return problems;
}

type ColumnLookup = { found: number } | { missing: true } | { ambiguous: number[] };

/** The one header a name picks: an exact heading first, else one that differs only in case, spaces or punctuation. */
function findColumn(name: string, headers: readonly string[], keys: readonly string[]): ColumnLookup {
  const exact = indexesWhere(headers, (header) => header === name);
  if (exact.length === 1) return { found: exact[0]! };
  if (exact.length > 1) return { ambiguous: exact };
  const key = headingKey(name);
  if (key === '') return { missing: true };
  const alike = indexesWhere(keys, (candidate) => candidate === key);
  if (alike.length === 1) return { found: alike[0]! };
  return alike.length > 1 ? { ambiguous: alike } : { missing: true };
}

function indexesWhere(values: readonly string[], test: (value: string) => boolean): number[] {
  const found: number[] = [];
  values.forEach((value, index) => {
    if (test(value)) found.push(index);
  });
  return found;
}

function ambiguityMessage(spec: ColumnSpec, indexes: number[], headers: readonly string[]): string {
  const which = indexes.map((index) => `"${headers[index]}" (column ${index + 1})`).join(' and ');
  return `${named(spec)} could be read from more than one column: ${which}; map it to one of them.`;
}

/**
 * Works out where each field is in a file with these headers. A field the mapping names is read from
 * its column; any other is looked for under its label (or its field name), ignoring case, spaces and
 * punctuation. Nothing is chosen when two columns fit: that is a problem to resolve in the mapping.
 */
export function resolveMapping(columns: readonly ColumnSpec[], headers: readonly string[], mapping: ColumnMapping): MappingResolution {
  const specs = specsByField(columns);
  const problems: string[] = [];
  for (const [field] of mappingEntries(mapping)) {
    if (!specs.has(field)) problems.push(unknownFieldMessage(field, columns));
  }
  const keys = headers.map(headingKey);
  const plan: PlannedField[] = [];
  for (const spec of columns) {
    const entry: unknown = Object.hasOwn(mapping, spec.field) ? (mapping as Record<string, unknown>)[spec.field] : undefined;
    if (entry !== undefined) {
      const entryProblems = fieldMappingProblems(spec, entry);
      if (entryProblems.length > 0) {
        problems.push(...entryProblems.map((problem) => problem.message));
        continue;
      }
      const { column, format, timeZone } = entry as FieldMapping;
      const lookup = findColumn(column, headers, keys);
      if ('missing' in lookup) {
        problems.push(`${named(spec)} is mapped to the column "${column}", which the file does not have. ${listHeadings(headers)}`);
      } else if ('ambiguous' in lookup) {
        problems.push(ambiguityMessage(spec, lookup.ambiguous, headers));
      } else {
        plan.push(planned(spec, lookup.found, headers, format || undefined, timeZone || undefined));
      }
      continue;
    }
    let lookup = findColumn(spec.label, headers, keys);
    if ('missing' in lookup && headingKey(spec.field) !== headingKey(spec.label)) lookup = findColumn(spec.field, headers, keys);
    if ('missing' in lookup) {
      if (spec.required) {
        problems.push(`No column for ${named(spec)}, which is required: map it to one of the file's columns. ${listHeadings(headers)}`);
      }
      continue;
    }
    if ('ambiguous' in lookup) {
      problems.push(ambiguityMessage(spec, lookup.ambiguous, headers));
      continue;
    }
    const kind = spec.type.kind;
    if (kind === 'date' || kind === 'datetime') {
      problems.push(`${named(spec)} is in the column "${headers[lookup.found]}", but the mapping does not say how its values are written: give its format, e.g. ${formatExample(kind)}.`);
      continue;
    }
    plan.push(planned(spec, lookup.found, headers));
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, plan };
}

function planned(spec: ColumnSpec, index: number, headers: readonly string[], format?: string, timeZone?: string): PlannedField {
  const field: PlannedField = { spec, index, column: headers[index]! };
  if (format !== undefined) {
    field.format = format;
    field.mapping = { column: field.column, format, timeZone };
  }
  if (timeZone !== undefined) field.timeZone = timeZone;
  return field;
}

// Shown, not stored raw: a problem's value goes to screens, JSON and PostgreSQL, none of which should
// carry the NUL or escape a hostile file held. Control Pictures (U+2400…) show which one it was.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

/** A cell as a row problem shows it: at most 200 characters, control characters made visible. */
export function problemValue(raw: string): string {
  const cut = raw.length > PROBLEM_VALUE_LENGTH ? Array.from(raw).slice(0, PROBLEM_VALUE_LENGTH).join('') : raw;
  return cut.replace(CONTROL_CHARACTERS, (control) => String.fromCharCode(0x2400 + control.charCodeAt(0))).replace(/\u007f/g, '\u2421');
}

/**
 * Reads one record by the plan: each field's value, or a problem naming the file's column, the value
 * and the reason. A row with more cells than the header has columns is a problem (a stray delimiter
 * shifts every value after it); a row with fewer is read as empty cells.
 */
export function readRow(plan: readonly PlannedField[], record: SourceRecord, headerCount: number): RowReading {
  const values = Object.create(null) as Record<string, FieldValue>;
  const problems: RowProblem[] = [];
  const cells = record.cells;
  if (cells.length > headerCount) {
    problems.push({
      row: record.row,
      column: '',
      value: problemValue(cells.slice(headerCount).join(', ')),
      reason: `has ${cells.length} values but the header names ${headerCount} columns`,
    });
  }
  for (const field of plan) {
    const raw = cells[field.index] ?? '';
    const converted = convertValue(field.spec, raw, field.mapping);
    if (converted.ok) values[field.spec.field] = converted.value;
    else problems.push({ row: record.row, column: field.column, value: problemValue(raw), reason: converted.reason });
  }
  return { values, problems };
}

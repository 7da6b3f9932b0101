// Each cell of an import file becomes the typed value its column declares, or a sentence saying what
// is wrong with it that a person can act on.
import { describe, expect, it } from 'vitest';
import { convertValue } from '../../../src/platform/imports/column-types.js';
import type { ColumnSpec, ColumnType, FieldMapping, FieldValue } from '../../../src/platform/imports/types.js';

function aColumn(type: ColumnType, overrides: Partial<ColumnSpec> = {}): ColumnSpec {
  return { field: 'value', label: 'Value', type, required: false, ...overrides };
}

const text = aColumn({ kind: 'text', maxLength: 10 });
const integer = aColumn({ kind: 'integer', min: -10, max: 5000 });
const anyInteger = aColumn({ kind: 'integer' });
const number = aColumn({ kind: 'number' });
const boolean = aColumn({ kind: 'boolean' });
const email = aColumn({ kind: 'email' });
const staffGroup = aColumn({ kind: 'choice', values: ['Medical and Dental', 'Nursing and Midwifery Registered', 'Admin and Clerical'] });
const date = aColumn({ kind: 'date' });
const datetime = aColumn({ kind: 'datetime' });
/** Rows are written label, column, cell…; the cell moves second so that the test name shows it. */
function rawSecond<Row extends [string, ColumnSpec, string, ...unknown[]]>(rows: Row[]) {
  return rows.map(([label, spec, raw, ...rest]) => [label, raw, spec, ...rest] as [string, string, Row[1], ...Row extends [string, ColumnSpec, string, ...infer Rest] ? Rest : never]);
}

const ukDates: FieldMapping = { column: 'Value', format: 'DD/MM/YYYY' };
const ukTimes: FieldMapping = { column: 'Value', format: 'DD/MM/YYYY HH:mm' };

describe('converting a cell to its column type', () => {
  it.each(rawSecond<[string, ColumnSpec, string, FieldValue]>([
    ['text as written', text, 'Ward 7', 'Ward 7'],
    ['text at its longest', text, '1234567890', '1234567890'],
    ['text counted in characters, not UTF-16 units', aColumn({ kind: 'text', maxLength: 3 }), '🙂🙂🙂', '🙂🙂🙂'],
    ['text with a tab and a line break', aColumn({ kind: 'text' }), 'line one\tx\r\nline two', 'line one\tx\r\nline two'],
    ['an integer', integer, '42', 42],
    ['an integer with a sign', integer, '-7', -7],
    ['an integer with a plus sign', integer, '+7', 7],
    ['an integer with thousands separators', integer, '1,234', 1234],
    ['an integer at its minimum', integer, '-10', -10],
    ['an integer at its maximum', integer, '5,000', 5000],
    ['minus zero as zero', anyInteger, '-0', 0],
    ['a large integer with separators', anyInteger, '1,234,567', 1234567],
    ['a decimal', number, '3.25', 3.25],
    ['a negative decimal', number, '-0.5', -0.5],
    ['a decimal with no whole part', number, '.5', 0.5],
    ['a decimal with thousands separators', number, '1,234.5', 1234.5],
    ['a number with an exponent', number, '1.5e-7', 1.5e-7],
    ['a whole number as a number', number, '7', 7],
    ['yes', boolean, 'yes', true],
    ['YES', boolean, 'YES', true],
    ['y', boolean, 'Y', true],
    ['true', boolean, 'True', true],
    ['1', boolean, '1', true],
    ['no', boolean, 'No', false],
    ['n', boolean, 'n', false],
    ['FALSE', boolean, 'FALSE', false],
    ['0', boolean, '0', false],
    ['an email address, lower-cased', email, 'Jane.Smith@Trust.NHS.uk', 'jane.smith@trust.nhs.uk'],
    ['an email address with a plus', email, 'it+alerts@trust.nhs.uk', 'it+alerts@trust.nhs.uk'],
    ['a choice as written', staffGroup, 'Admin and Clerical', 'Admin and Clerical'],
    ['a choice in another case', staffGroup, 'ADMIN AND CLERICAL', 'Admin and Clerical'],
    ['a choice with other spacing', staffGroup, 'Medical  and dental', 'Medical and Dental'],
    ['a choice without spaces', staffGroup, 'nursingandmidwiferyregistered', 'Nursing and Midwifery Registered'],
  ]))('%s: %s', (_, raw, spec, expected) => {
    expect(convertValue(spec, raw)).toEqual({ ok: true, value: expected });
  });

  it.each(rawSecond<[string, ColumnSpec, string, FieldMapping, FieldValue]>([
    ['a date in the mapping’s format', date, '05/12/2026', ukDates, '2026-12-05'],
    ['ESR dates', date, '05-Dec-2026', { column: 'Value', format: 'DD-MMM-YYYY' }, '2026-12-05'],
    ['a summer date and time in London', datetime, '01/07/2026 10:00', ukTimes, '2026-07-01T09:00:00.000Z'],
    ['a date and time in the mapping’s zone', datetime, '01/07/2026 10:00', { ...ukTimes, timeZone: 'UTC' }, '2026-07-01T10:00:00.000Z'],
    ['an ISO instant', datetime, '2026-07-01T10:00:00+01:00', { column: 'Value', format: 'YYYY-MM-DDTHH:mm:ssZ' }, '2026-07-01T09:00:00.000Z'],
  ]))('%s: %s', (_, raw, spec, mapping, expected) => {
    expect(convertValue(spec, raw, mapping)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['text', aColumn({ kind: 'text' })],
    ['an integer', integer],
    ['a date', date],
    ['a choice', staffGroup],
  ])('an empty cell is no value for %s that is optional', (_, spec) => {
    expect(convertValue(spec, '', ukDates)).toEqual({ ok: true, value: null });
  });

  it.each([
    ['a required text', aColumn({ kind: 'text' }, { required: true })],
    ['a required date', aColumn({ kind: 'date' }, { required: true })],
    ['a required boolean', aColumn({ kind: 'boolean' }, { required: true })],
  ])('an empty cell for %s is required', (_, spec) => {
    expect(convertValue(spec, '', ukDates)).toEqual({ ok: false, reason: 'is required' });
  });

  it.each([
    ['NUL in text', aColumn({ kind: 'text' }), 'Jane\u0000Smith', 'U+0000'],
    ['a bell in text', aColumn({ kind: 'text' }), 'ding\u0007', 'U+0007'],
    ['an escape in text', aColumn({ kind: 'text' }), '\u001b[31mred', 'U+001B'],
    ['a vertical tab in text', aColumn({ kind: 'text' }), 'a\u000bb', 'U+000B'],
    ['DEL in text', aColumn({ kind: 'text' }), 'a\u007fb', 'U+007F'],
    ['NUL alone in an optional column', aColumn({ kind: 'text' }), '\u0000', 'U+0000'],
    ['NUL in a number', number, '1\u00002', 'U+0000'],
    ['NUL in an email address', email, 'jane@trust.nhs.uk\u0000', 'U+0000'],
  ])('%s is refused', (_, spec, raw, code) => {
    expect(convertValue(spec, raw)).toEqual({ ok: false, reason: `contains a control character (${code}) that no export should hold` });
  });

  it.each(rawSecond<[string, ColumnSpec, string, string | RegExp]>([
    ['text too long', text, '12345678901', 'is 11 characters long; at most 10 are allowed'],
    ['an integer below its minimum', integer, '-11', 'must be at least -10'],
    ['an integer above its maximum', integer, '5,001', 'must be at most 5000'],
    ['a decimal for an integer', integer, '1.5', 'is not a whole number (such as 42 or 1,234)'],
    ['1.0 for an integer', integer, '1.0', 'is not a whole number (such as 42 or 1,234)'],
    ['misplaced thousands separators', integer, '1,23', 'is not a whole number (such as 42 or 1,234)'],
    ['a space as a thousands separator', integer, '1 234', 'is not a whole number (such as 42 or 1,234)'],
    ['words for an integer', integer, 'twelve', 'is not a whole number (such as 42 or 1,234)'],
    ['a sign alone', integer, '-', 'is not a whole number (such as 42 or 1,234)'],
    ['an integer too large to hold exactly', anyInteger, '9007199254740993', 'is too large a number to hold exactly'],
    ['a decimal comma', number, '1,5', 'is not a number (such as 42, -3.5 or 1,234.5)'],
    ['a trailing point', number, '1.', 'is not a number (such as 42, -3.5 or 1,234.5)'],
    ['an exponent alone', number, 'e5', 'is not a number (such as 42, -3.5 or 1,234.5)'],
    ['Infinity', number, 'Infinity', 'is not a number (such as 42, -3.5 or 1,234.5)'],
    ['NaN', number, 'NaN', 'is not a number (such as 42, -3.5 or 1,234.5)'],
    ['hexadecimal', number, '0x10', 'is not a number (such as 42, -3.5 or 1,234.5)'],
    ['a number beyond what can be held', number, '1e999', 'is too large a number'],
    ['a boolean that is neither', boolean, 'maybe', 'expected yes or no (or true/false, y/n, 1/0)'],
    ['2 for a boolean', boolean, '2', 'expected yes or no (or true/false, y/n, 1/0)'],
    ['an email address without a domain', email, 'jane.smith', 'is not an email address such as name@trust.nhs.uk'],
    ['two email addresses', email, 'a@trust.nhs.uk, b@trust.nhs.uk', 'is not an email address such as name@trust.nhs.uk'],
    ['an email address with a display name', email, 'Jane <jane@trust.nhs.uk>', 'is not an email address such as name@trust.nhs.uk'],
    [
      'a choice that is not allowed',
      staffGroup,
      'Estates',
      'is not one of the allowed values: "Medical and Dental", "Nursing and Midwifery Registered", "Admin and Clerical"',
    ],
    ['a date that does not exist', date, '31/02/2025', '31/02/2025 is not a date: February 2025 has 28 days'],
    ['a date in another format', date, '2026-12-05', 'expected DD/MM/YYYY, e.g. 05/12/2026'],
    ['a time the clocks skip', datetime, '29/03/2026 01:30', /^29\/03\/2026 01:30 is not a time in Europe\/London/],
  ]))('%s is refused: %s', (_, raw, spec, reason) => {
    const mapping = spec.type.kind === 'datetime' ? ukTimes : ukDates;
    const result = convertValue(spec, raw, mapping);
    if (typeof reason === 'string') expect(result).toEqual({ ok: false, reason });
    else expect(!result.ok && result.reason).toMatch(reason);
  });

  it('lists at most twenty allowed values, then says how many more', () => {
    const organisation = aColumn({ kind: 'choice', values: Array.from({ length: 25 }, (_, index) => `R${index}`) });
    const result = convertValue(organisation, 'X1');
    expect(!result.ok && result.reason).toMatch(/"R19" and 5 more$/);
    expect(!result.ok && result.reason).not.toMatch(/"R20"/);
  });

  it.each([
    ['a date', date, 'date'],
    ['a date and time', datetime, 'date and time'],
  ])('%s without a format in the mapping cannot be read', (_, spec, kind) => {
    expect(convertValue(spec, '05/12/2026')).toEqual({ ok: false, reason: `cannot be read: the mapping gives no ${kind} format for this column` });
    expect(convertValue(spec, '05/12/2026', { column: 'Value' })).toEqual({
      ok: false,
      reason: `cannot be read: the mapping gives no ${kind} format for this column`,
    });
  });
});

// A Trust's file is matched to an import's fields before the first row is read: every reason the file
// cannot be read is found at once, and each row then becomes typed values or problems that name the
// row, the column heading and the value.
import { describe, expect, it } from 'vitest';
import { checkMappingDefinition, headingKey, readRow, resolveMapping, type PlannedField } from '../../../src/platform/imports/mapping.js';
import type { ColumnMapping, ColumnSpec, SourceRecord } from '../../../src/platform/imports/types.js';

// The fields of a staff-record import, as an ESR extract would feed it.
const staffRecord: ColumnSpec[] = [
  { field: 'assignmentNumber', label: 'Assignment number', type: { kind: 'text', maxLength: 20 }, required: true },
  { field: 'fullName', label: 'Full name', type: { kind: 'text' }, required: true },
  { field: 'email', label: 'Email address', type: { kind: 'email' }, required: false },
  { field: 'startDate', label: 'Start date', type: { kind: 'date' }, required: true },
  { field: 'lastLogon', label: 'Last logon', type: { kind: 'datetime' }, required: false },
  { field: 'hoursPerWeek', label: 'Hours per week', type: { kind: 'number' }, required: false },
];
const esrHeaders = ['Assignment Number', 'Full Name', 'E-mail address', 'Date Started', 'Hours per week'];
const esrMapping: ColumnMapping = { startDate: { column: 'Date Started', format: 'DD-MMM-YYYY' } };

function aRecord(cells: string[], row = 2): SourceRecord {
  return { row, cells };
}

function planFor(columns: ColumnSpec[], headers: string[], mapping: ColumnMapping): PlannedField[] {
  const resolved = resolveMapping(columns, headers, mapping);
  if (!resolved.ok) throw new Error(resolved.problems.join('\n'));
  return resolved.plan;
}

describe('matching a file to the fields of an import', () => {
  it('reads mapped fields from their columns and the others from headings that match their labels', () => {
    const plan = planFor(staffRecord, esrHeaders, esrMapping);
    expect(plan.map(({ spec, index, column, format }) => ({ field: spec.field, index, column, format }))).toEqual([
      { field: 'assignmentNumber', index: 0, column: 'Assignment Number', format: undefined },
      { field: 'fullName', index: 1, column: 'Full Name', format: undefined },
      { field: 'email', index: 2, column: 'E-mail address', format: undefined },
      { field: 'startDate', index: 3, column: 'Date Started', format: 'DD-MMM-YYYY' },
      { field: 'hoursPerWeek', index: 4, column: 'Hours per week', format: undefined },
    ]);
  });

  it.each([
    ['case', 'FULL NAME'],
    ['spaces', 'FullName'],
    ['punctuation', 'full_name:'],
    ['spaces around it', '  Full name '],
    ['the field name', 'fullName'],
  ])('a heading that differs from the label only in %s (%s) is the field’s column', (_, heading) => {
    const plan = planFor(staffRecord, ['Assignment number', heading, 'Start date'], { startDate: { column: 'Start date', format: 'DD/MM/YYYY' } });
    expect(plan.find((field) => field.spec.field === 'fullName')).toMatchObject({ index: 1, column: heading });
  });

  it('prefers the heading the mapping names exactly over one that only looks like it', () => {
    const plan = planFor(staffRecord, ['Assignment number', 'Full name', 'start date', 'Start Date'], {
      startDate: { column: 'Start Date', format: 'DD/MM/YYYY' },
    });
    expect(plan.find((field) => field.spec.field === 'startDate')).toMatchObject({ index: 3 });
  });

  it('carries a date and time field’s zone into the plan', () => {
    const plan = planFor(staffRecord, [...esrHeaders, 'LastLogonTimestamp'], {
      ...esrMapping,
      lastLogon: { column: 'LastLogonTimestamp', format: 'DD/MM/YYYY HH:mm', timeZone: 'UTC' },
    });
    expect(plan.find((field) => field.spec.field === 'lastLogon')).toMatchObject({ index: 5, format: 'DD/MM/YYYY HH:mm', timeZone: 'UTC' });
  });

  it('leaves out an optional field the file does not have', () => {
    const plan = planFor(staffRecord, ['Assignment number', 'Full name', 'Start date'], { startDate: { column: 'Start date', format: 'DD/MM/YYYY' } });
    expect(plan.map((field) => field.spec.field)).toEqual(['assignmentNumber', 'fullName', 'startDate']);
  });

  it.each<[string, string[], ColumnMapping, string[]]>([
    [
      'a required field with no column names the field and lists the file’s headings',
      ['Assignment number', 'Name', 'Start date'],
      { startDate: { column: 'Start date', format: 'DD/MM/YYYY' } },
      ['No column for "Full name" (fullName), which is required: map it to one of the file\'s columns. The file\'s columns are "Assignment number", "Name", "Start date".'],
    ],
    [
      'a mapped column the file does not have',
      ['Assignment number', 'Full name', 'Start'],
      { startDate: { column: 'Date Started', format: 'DD/MM/YYYY' } },
      ['"Start date" (startDate) is mapped to the column "Date Started", which the file does not have. The file\'s columns are "Assignment number", "Full name", "Start".'],
    ],
    [
      'a mapped optional field whose column is missing',
      ['Assignment number', 'Full name', 'Start date'],
      { startDate: { column: 'Start date', format: 'DD/MM/YYYY' }, email: { column: 'Mail' } },
      ['"Email address" (email) is mapped to the column "Mail", which the file does not have. The file\'s columns are "Assignment number", "Full name", "Start date".'],
    ],
    [
      'a date field found by its label but with no format',
      ['Assignment number', 'Full name', 'Start date'],
      {},
      ['"Start date" (startDate) is in the column "Start date", but the mapping does not say how its values are written: give its format, e.g. DD/MM/YYYY.'],
    ],
    [
      'a mapped date field without a format',
      ['Assignment number', 'Full name', 'Start date'],
      { startDate: { column: 'Start date' } },
      ['"Start date" (startDate) needs the format its values are written in, e.g. DD/MM/YYYY.'],
    ],
    [
      'a date format with a two-digit year',
      ['Assignment number', 'Full name', 'Start date'],
      { startDate: { column: 'Start date', format: 'DD/MM/YY' } },
      ['The format DD/MM/YY for "Start date" (startDate) cannot be used: YY (a two-digit year) is not accepted: 05/12/26 could be 1926 or 2026, so write the year as YYYY.'],
    ],
    [
      'a date and time format with no time',
      ['Assignment number', 'Full name', 'Start date', 'Last logon'],
      { startDate: { column: 'Start date', format: 'DD/MM/YYYY' }, lastLogon: { column: 'Last logon', format: 'DD/MM/YYYY' } },
      ['The format DD/MM/YYYY for "Last logon" (lastLogon) cannot be used: a date and time format needs hours (HH or H) and minutes (mm), e.g. DD/MM/YYYY HH:mm.'],
    ],
    [
      'a field the import does not have',
      ['Assignment number', 'Full name', 'Start date'],
      { startDate: { column: 'Start date', format: 'DD/MM/YYYY' }, payBand: { column: 'Band' } },
      ['The mapping names "payBand", which is not a field of this import; its fields are assignmentNumber, fullName, email, startDate, lastLogon, hoursPerWeek.'],
    ],
    [
      'two headings that both fit a label',
      ['Assignment number', 'FULL NAME', 'Full-Name', 'Start date'],
      { startDate: { column: 'Start date', format: 'DD/MM/YYYY' } },
      ['"Full name" (fullName) could be read from more than one column: "FULL NAME" (column 2) and "Full-Name" (column 3); map it to one of them.'],
    ],
    [
      'a mapped heading the file has twice',
      ['Assignment number', 'Full name', 'Start date', 'Start date'],
      { startDate: { column: 'Start date', format: 'DD/MM/YYYY' } },
      ['"Start date" (startDate) could be read from more than one column: "Start date" (column 3) and "Start date" (column 4); map it to one of them.'],
    ],
    [
      'a file with no headings',
      [],
      { startDate: { column: 'Start date', format: 'DD/MM/YYYY' } },
      [
        'No column for "Assignment number" (assignmentNumber), which is required: map it to one of the file\'s columns. The file has no column headings.',
        'No column for "Full name" (fullName), which is required: map it to one of the file\'s columns. The file has no column headings.',
        '"Start date" (startDate) is mapped to the column "Start date", which the file does not have. The file has no column headings.',
      ],
    ],
  ])('%s is a problem', (_, headers, mapping, problems) => {
    expect(resolveMapping(staffRecord, headers, mapping)).toEqual({ ok: false, problems });
  });

  it('finds every problem at once', () => {
    const result = resolveMapping(staffRecord, ['Name'], { startDate: { column: 'Start', format: 'YY' }, grade: { column: 'Grade' } });
    expect(!result.ok && result.problems).toHaveLength(4);
  });

  it('lists at most thirty headings, then says how many more', () => {
    const headers = Array.from({ length: 40 }, (_, index) => `Column ${index + 1}`);
    const result = resolveMapping(staffRecord, headers, esrMapping);
    expect(!result.ok && result.problems[0]).toMatch(/"Column 30" and 10 more\.$/);
  });

  it.each([
    ['E-mail address', 'emailaddress'],
    ['email_address', 'emailaddress'],
    ['\uFEFFEmail Address', 'emailaddress'],
    ['Número de empleado', 'númerodeempleado'],
    ['---', ''],
  ])('the heading %j is matched as %j', (heading, key) => {
    expect(headingKey(heading)).toBe(key);
  });
});

describe('reading a row by the plan', () => {
  const plan = planFor(staffRecord, esrHeaders, esrMapping);

  it('turns each cell into its field’s typed value', () => {
    const reading = readRow(plan, aRecord(['123456-1', 'Jane Smith', 'Jane.Smith@Trust.NHS.uk', '05-Dec-2026', '37.5']), esrHeaders.length);
    expect(reading.problems).toEqual([]);
    expect({ ...reading.values }).toEqual({
      assignmentNumber: '123456-1',
      fullName: 'Jane Smith',
      email: 'jane.smith@trust.nhs.uk',
      startDate: '2026-12-05',
      hoursPerWeek: 37.5,
    });
  });

  it('reads the values into an object with no prototype', () => {
    const reading = readRow(plan, aRecord(['123456-1', 'Jane Smith', '', '05-Dec-2026', '']), esrHeaders.length);
    expect(Object.getPrototypeOf(reading.values)).toBeNull();
    expect(reading.values.email).toBeNull();
  });

  it('reads a row with fewer cells than headings as empty cells', () => {
    const reading = readRow(plan, aRecord(['123456-1', 'Jane Smith', 'jane@trust.nhs.uk', '05-Dec-2026']), esrHeaders.length);
    expect(reading.problems).toEqual([]);
    expect(reading.values.hoursPerWeek).toBeNull();
  });

  it('says a required value is missing when a short row leaves it out', () => {
    const reading = readRow(plan, aRecord(['123456-1', 'Jane Smith'], 7), esrHeaders.length);
    expect(reading.problems).toEqual([{ row: 7, column: 'Date Started', value: '', reason: 'is required' }]);
  });

  it('reports a row with more cells than headings, and what the extra cells hold', () => {
    const reading = readRow(plan, aRecord(['123456-1', 'Smith', ' Jane', 'jane@trust.nhs.uk', '05-Dec-2026', '37.5'], 9), esrHeaders.length);
    expect(reading.problems[0]).toEqual({ row: 9, column: '', value: '37.5', reason: 'has 6 values but the header names 5 columns' });
  });

  it.each([
    ['an impossible date', 3, '31-Feb-2025', 'Date Started', '31-Feb-2025 is not a date: February 2025 has 28 days'],
    ['a date in another format', 3, '2026-12-05', 'Date Started', 'expected DD-MMM-YYYY, e.g. 05-Dec-2026'],
    ['a bad email address', 2, 'jane smith', 'E-mail address', 'is not an email address such as name@trust.nhs.uk'],
    ['hours that are not a number', 4, 'full time', 'Hours per week', 'is not a number (such as 42, -3.5 or 1,234.5)'],
    ['an empty required value', 1, '', 'Full Name', 'is required'],
  ])('%s is a problem naming the row, the file’s column heading, the value and the reason', (_, index, value, column, reason) => {
    const cells = ['123456-1', 'Jane Smith', 'jane@trust.nhs.uk', '05-Dec-2026', '37.5'];
    cells[index] = value;
    const reading = readRow(plan, aRecord(cells, 12), esrHeaders.length);
    expect(reading.problems).toEqual([{ row: 12, column, value, reason }]);
    expect(Object.keys(reading.values)).not.toContain(plan[index]!.spec.field);
  });

  it('cuts a long value in a problem to 200 characters without splitting a character', () => {
    const long = '🙂'.repeat(300);
    const reading = readRow(plan, aRecord([long, 'Jane Smith', '', '05-Dec-2026', '']), esrHeaders.length);
    expect(reading.problems[0]!.reason).toBe('is 300 characters long; at most 20 are allowed');
    expect(reading.problems[0]!.value).toBe('🙂'.repeat(200));
  });

  it('shows a control character in a problem’s value as its picture, so the problem can be stored and read', () => {
    const reading = readRow(plan, aRecord(['123456-1', 'Jane\u0000Smith\u001b', '', '05-Dec-2026', '']), esrHeaders.length);
    expect(reading.problems).toEqual([
      { row: 2, column: 'Full Name', value: 'Jane\u2400Smith\u241b', reason: 'contains a control character (U+0000) that no export should hold' },
    ]);
  });
});

describe('hostile names do not reach object prototypes', () => {
  const hostile: ColumnSpec[] = [
    { field: '__proto__', label: '__proto__', type: { kind: 'text' }, required: true },
    { field: 'constructor', label: 'constructor', type: { kind: 'text' }, required: false },
  ];

  it('reads a field called __proto__ from a column called __proto__ as a plain value', () => {
    const plan = planFor(hostile, ['__proto__', 'constructor'], {});
    const reading = readRow(plan, aRecord(['{"polluted":"yes"}', 'polluted']), 2);
    expect(reading.problems).toEqual([]);
    expect(Object.getOwnPropertyNames(reading.values)).toEqual(['__proto__', 'constructor']);
    expect(reading.values['__proto__']).toBe('{"polluted":"yes"}');
    expect(Object.getPrototypeOf(reading.values)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('treats a mapping key __proto__ from JSON as a field name the import does not have', () => {
    const mapping = JSON.parse('{"__proto__": {"column": "polluted", "polluted": "yes"}}') as ColumnMapping;
    const result = resolveMapping(staffRecord, esrHeaders, { ...esrMapping, ...mapping });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatch(/^The mapping names "__proto__", which is not a field of this import/);
    expect(checkMappingDefinition(staffRecord, mapping)).toMatchObject([{ field: '__proto__' }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('does not read inherited names such as toString from a mapping', () => {
    const withToString: ColumnSpec[] = [{ field: 'toString', label: 'Name', type: { kind: 'text' }, required: true }];
    const plan = planFor(withToString, ['Name'], {});
    expect(plan).toMatchObject([{ index: 0, column: 'Name' }]);
  });

  it('uses a __proto__ mapping entry from JSON for a field of that name', () => {
    const mapping = JSON.parse('{"__proto__": {"column": "Payload"}}') as ColumnMapping;
    const plan = planFor(hostile, ['Payload'], mapping);
    expect(plan).toMatchObject([{ index: 0, column: 'Payload' }]);
    expect(({} as Record<string, unknown>).column).toBeUndefined();
  });
});

describe('checking a mapping saved without a file', () => {
  it('accepts a mapping whose fields exist and whose formats can be used', () => {
    expect(
      checkMappingDefinition(staffRecord, {
        startDate: { column: 'Date Started', format: 'DD-MMM-YYYY' },
        lastLogon: { column: 'lastLogonTimestamp', format: 'YYYY-MM-DDTHH:mm:ssZ' },
        email: { column: 'Mail' },
        fullName: { column: 'Name' },
      }),
    ).toEqual([]);
  });

  it.each<[string, ColumnMapping, Array<{ field: string; message: string | RegExp }>]>([
    ['an unknown field', { grade: { column: 'Grade' } }, [{ field: 'grade', message: /^The mapping names "grade", which is not a field of this import/ }]],
    ['an empty column', { fullName: { column: ' ' } }, [{ field: 'fullName.column', message: 'The mapping for "Full name" (fullName) must name its column.' }]],
    ['a column that is not text', { fullName: { column: 7 } as unknown as { column: string } }, [{ field: 'fullName.column', message: /must name its column/ }]],
    ['an entry that is not an object', { fullName: 'Name' } as unknown as ColumnMapping, [{ field: 'fullName', message: /must name its column/ }]],
    ['a very long column name', { fullName: { column: 'x'.repeat(201) } }, [{ field: 'fullName.column', message: /longer than 200 characters/ }]],
    ['a date without a format', { startDate: { column: 'Start' } }, [{ field: 'startDate.format', message: /needs the format its values are written in, e\.g\. DD\/MM\/YYYY/ }]],
    ['a date and time without a format', { lastLogon: { column: 'Logon' } }, [{ field: 'lastLogon.format', message: /e\.g\. DD\/MM\/YYYY HH:mm\.$/ }]],
    ['a format with an unknown token', { startDate: { column: 'Start', format: 'DD/MM/YYYY Q' } }, [{ field: 'startDate.format', message: /"Q" is not a date format token/ }]],
    ['a format with YY', { startDate: { column: 'Start', format: 'YY-MM-DD' } }, [{ field: 'startDate.format', message: /YY \(a two-digit year\)/ }]],
    ['a format on a field that is not a date', { fullName: { column: 'Name', format: 'DD/MM/YYYY' } }, [{ field: 'fullName.format', message: /is not a date, so it takes no format/ }]],
    ['a time zone that does not exist', { lastLogon: { column: 'Logon', format: 'DD/MM/YYYY HH:mm', timeZone: 'Mars/Olympus' } }, [{ field: 'lastLogon.timeZone', message: /"Mars\/Olympus" is not a time zone/ }]],
    ['a time zone on a date', { startDate: { column: 'Start', format: 'DD/MM/YYYY', timeZone: 'UTC' } }, [{ field: 'startDate.timeZone', message: /is not a date and time, so it takes no time zone/ }]],
  ])('%s is a problem at its place in the mapping', (_, mapping, expected) => {
    const problems = checkMappingDefinition(staffRecord, mapping);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((problem, index) => {
      expect(problems[index]!.field).toBe(problem.field);
      if (typeof problem.message === 'string') expect(problems[index]!.message).toBe(problem.message);
      else expect(problems[index]!.message).toMatch(problem.message);
    });
  });
});

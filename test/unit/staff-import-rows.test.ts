// One row of an ESR extract checked on its own: the fields an assignment needs, ESR's words kept as
// written, and the problems a row can have without looking at the database; and the ESR mapping
// reading whichever of ESR's headings the file uses.
import { describe, expect, it } from 'vitest';
import { checkStaffRow, staffImport } from '../../src/modules/workforce/staff-import.js';
import type { FieldValue } from '../../src/platform/imports/types.js';

const columnOf = (field: string) => field;
const row = (more: Record<string, FieldValue> = {}): Record<string, FieldValue> => ({
  employeeNumber: '10000001',
  assignmentNumber: '10000001-2',
  firstName: 'Alice',
  lastName: 'Ahmed',
  knownAs: null,
  division: 'Medicine',
  department: 'Ward 7',
  organisation: '123 Northshire Acute',
  position: 'Nurse, Band 5',
  staffGroup: 'Additional Professional Scientific and Technic',
  category: 'Honorary',
  primary: true,
  startDate: '2020-01-01',
  endDate: null,
  email: null,
  fte: 0.5,
  supervisorEmployeeNumber: null,
  ...more,
});

describe('an ESR row', () => {
  it('keeps the category and staff group as ESR writes them', () => {
    const checked = checkStaffRow(row(), 2, columnOf);
    expect(checked.ok && [checked.value.category, checked.value.staffGroup, checked.value.position]).toEqual(['Honorary', 'Additional Professional Scientific and Technic', 'Nurse, Band 5']);
  });

  it('a row that leaves the primary flag blank is not the primary assignment', () => {
    const checked = checkStaffRow(row({ primary: null }), 2, columnOf);
    expect(checked.ok && checked.value.primary).toBe(false);
  });

  it('keeps the line manager’s employee number, trimmed; blank is none', () => {
    const managed = checkStaffRow(row({ supervisorEmployeeNumber: ' 10000042 ' }), 2, columnOf);
    expect(managed.ok && managed.value.supervisorEmployeeNumber).toBe('10000042');
    const unmanaged = checkStaffRow(row({ supervisorEmployeeNumber: '' }), 2, columnOf);
    expect(unmanaged.ok && unmanaged.value.supervisorEmployeeNumber).toBeNull();
  });

  it('an end on the start day is a one-day assignment, not a problem', () => {
    expect(checkStaffRow(row({ endDate: '2020-01-01' }), 2, columnOf).ok).toBe(true);
  });

  it.each([
    ['an end before the start', { endDate: '2019-12-31' }, 'endDate', "is before the assignment's start (2020-01-01): the end date is the last day worked"],
    ['an FTE above 2', { fte: 2.5 }, 'fte', 'is not a full-time equivalent between 0 and 2'],
    ['a negative FTE', { fte: -1 }, 'fte', 'is not a full-time equivalent between 0 and 2'],
  ])('%s is a problem naming its column', (_, more, column, reason) => {
    const checked = checkStaffRow(row(more), 7, columnOf);
    expect(checked.ok ? [] : checked.problems.map((p) => ({ row: p.row, column: p.column, reason: p.reason }))).toEqual([{ row: 7, column, reason }]);
  });
});

describe('the ESR mapping', () => {
  const esr = staffImport.presets!.esr!;
  it.each([
    ['organisation levels', ['Org L3', 'Org L4', 'Projected Assignment End Date'], { division: 'Org L3', department: 'Org L4', endDate: 'Projected Assignment End Date' }],
    ['plain names', ['Division', 'Department', 'Assignment End Date'], { division: 'Division', department: 'Department', endDate: 'Assignment End Date', supervisor: 'Supervisor Employee Number' }],
    ['a line manager heading', ['Org L3', 'Org L4', 'Line Manager Employee Number'], { division: 'Org L3', department: 'Org L4', endDate: 'Assignment End Date', supervisor: 'Line Manager Employee Number' }],
  ])('reads %s', (_, headers, expected) => {
    const mapping = esr.mapping('csv', headers);
    expect({ division: mapping.division!.column, department: mapping.department!.column, endDate: mapping.endDate!.column, supervisor: mapping.supervisorEmployeeNumber!.column }).toEqual({ supervisor: 'Supervisor Employee Number', ...expected });
    expect([mapping.startDate!.format, mapping.endDate!.format]).toEqual(['DD/MM/YYYY', 'DD/MM/YYYY']);
  });
});

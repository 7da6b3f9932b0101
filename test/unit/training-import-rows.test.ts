// One row of an e-learning export checked on its own, its key, and the OLM mapping reading whichever
// of the export's headings the file uses.
import { describe, expect, it } from 'vitest';
import { checkTrainingRow, completionKey, trainingImport } from '../../src/modules/training/training-import.js';
import type { FieldValue } from '../../src/platform/imports/types.js';

const columnOf = (field: string) => field;
const row = (more: Record<string, FieldValue> = {}): Record<string, FieldValue> => ({
  employeeNumber: '30000001',
  personName: 'Mary Moss',
  courseName: 'Data Security Awareness - Level 1',
  completedOn: '2025-06-10',
  expiresOn: null,
  cpdHours: null,
  ...more,
});

describe('a completion row', () => {
  it('an agency worker with no employee number is kept with the name', () => {
    const checked = checkTrainingRow(row({ employeeNumber: '' }), 2, columnOf);
    expect(checked.ok && [checked.value.employeeNumber, checked.value.personName]).toEqual([null, 'Mary Moss']);
  });

  it.each([
    ['no employee number and no name', { employeeNumber: '', personName: null }, 'employeeNumber', 'is blank and so is the name: a completion must say whose it is'],
    ['an expiry before the completion', { expiresOn: '2025-06-09' }, 'expiresOn', 'is before the completion (2025-06-10)'],
    ['negative CPD hours', { cpdHours: -1 }, 'cpdHours', 'is not a number of hours from 0 to 1000'],
  ])('%s is a problem naming its column', (_, more, column, reason) => {
    const checked = checkTrainingRow(row(more), 9, columnOf);
    expect(checked.ok ? [] : checked.problems.map((p) => ({ row: p.row, column: p.column, reason: p.reason }))).toEqual([{ row: 9, column, reason }]);
  });
});

describe('the completion key', () => {
  const base = { employeeNumber: '30000001', personName: 'Mary Moss', courseName: 'DSA', completedOn: '2025-06-10' };
  it.each([
    ['another name for the same employee number is the same completion', { personName: 'M Moss' }, true],
    ['another course name as written is another completion', { courseName: 'DSA Level 1' }, false],
    ['another day is another completion', { completedOn: '2025-06-11' }, false],
  ])('%s', (_, more, same) => {
    expect(completionKey({ ...base, ...more }) === completionKey(base)).toBe(same);
  });

  it('without an employee number, the name decides, whatever its case and spacing', () => {
    const agency = { ...base, employeeNumber: null, personName: 'Bola  Adebayo' };
    expect(completionKey({ ...agency, personName: 'bola adebayo' })).toBe(completionKey(agency));
    expect(completionKey({ ...agency, personName: 'Bola Ade' })).not.toBe(completionKey(agency));
  });
});

describe('the OLM mapping', () => {
  const olm = trainingImport.presets!.olm!;
  it.each([
    ['the competence export', ['Employee Number', 'Full Name', 'Competence Name', 'Achievement Date', 'Expiry Date', 'CPD Hours'], ['Full Name', 'Competence Name', 'Achievement Date', 'CPD Hours']],
    ['a course export', ['Employee Number', 'Employee Name', 'Course Name', 'Completion Date', 'Duration'], ['Employee Name', 'Course Name', 'Completion Date', 'Duration']],
  ])('reads %s, dates day first', (_, headers, expected) => {
    const mapping = olm.mapping('csv', headers);
    expect([mapping.personName!.column, mapping.courseName!.column, mapping.completedOn!.column, mapping.cpdHours!.column]).toEqual(expected);
    expect([mapping.completedOn!.format, mapping.expiresOn!.format]).toEqual(['DD/MM/YYYY', 'DD/MM/YYYY']);
  });
});

// The checks the asset and supplier imports make on a row before the database is asked: words as
// registers write them, DSPT years, and columns the file lacks left alone.
import { describe, expect, it } from 'vitest';
import { checkAssetRow } from '../../src/modules/information-assets/assets-import.js';
import { checkSupplierRow, dsptStatusOf, dsptYearOf } from '../../src/modules/information-assets/suppliers-import.js';

const columnOf = (field: string) => `[${field}]`;

describe('supplier rows', () => {
  it.each([
    ['2024-25', '2024-25'],
    ['2024/25', '2024-25'],
    ['2024/2025', '2024-25'],
    ['1999-00', '1999-00'],
    ['2024-26', null],
    ['24-25', null],
  ])('the DSPT year %s is read as %s', (text, year) => expect(dsptYearOf(text)).toBe(year));

  it.each([
    ['Standards Met', 'standards-met'],
    ['standards exceeded', 'standards-exceeded'],
    ['Approaching', 'approaching-standards'],
    ['Not met', 'standards-not-met'],
    ['Not published', 'not-published'],
    ['Excellent', null],
  ])('the DSPT status “%s” is %s', (text, status) => expect(dsptStatusOf(text)).toBe(status));

  it('refuses another certificate without its scheme named, naming the column', () => {
    const checked = checkSupplierRow({ name: 'Acme Ltd', otherCertification: null, otherNumber: 'X-1' }, 7, columnOf);
    expect(checked).toEqual({ ok: false, problems: [{ row: 7, column: '[otherCertification]', value: '', reason: 'is blank, but the row gives another certificate: name its scheme' }] });
  });
});

describe('asset rows', () => {
  it.each([
    ['type', 'Database', 'dataset'],
    ['type', 'Paper', 'paper-records'],
    ['hosting', 'On-prem', 'on-premises'],
    ['hosting', 'SaaS', 'supplier-hosted'],
    ['mfa', 'N/A', 'not-applicable'],
    ['encryptionAtRest', 'Unknown', 'unknown'],
  ])('reads %s written “%s” as %s', (field, text, id) => {
    const checked = checkAssetRow({ name: 'PAS', type: 'System', criticality: 'High', [field]: text }, 2, columnOf);
    expect(checked.ok && (checked.value.details as Record<string, unknown>)[field]).toBe(id);
  });

  it('refuses words it does not know, each naming its column, and N/A for encryption', () => {
    const checked = checkAssetRow({ name: 'PAS', type: 'Spreadsheet', criticality: 'Vital', encryptionAtRest: 'N/A' }, 4, columnOf);
    expect(checked.ok ? [] : checked.problems.map((p) => [p.column, p.value])).toEqual([
      ['[type]', 'Spreadsheet'],
      ['[criticality]', 'Vital'],
      ['[encryptionAtRest]', 'N/A'],
    ]);
  });

  it('leaves alone what the file has no column for, and clears what a blank cell clears', () => {
    const checked = checkAssetRow({ name: 'PAS', type: 'System', criticality: 'High', notes: null, owner: 'Head of IT', supplier: null }, 2, columnOf);
    expect(checked).toEqual({
      ok: true,
      value: { name: 'PAS', details: { type: 'system', criticality: 'high', notes: null }, supplierName: null, owner: { name: 'Head of IT' }, administrator: undefined },
    });
  });
});

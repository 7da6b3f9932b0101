// The organisation import's row rules, without a database: types and DSPT categories as people write
// them, ODS codes checked for the type, and each problem naming the file's own column.
import { describe, expect, it } from 'vitest';
import { checkOrganisationRow, dsptCategoryFrom, organisationTypeFrom } from '../../src/modules/organisations/organisations-import.js';

const columnOf = (field: string) => ({ odsCode: 'Code', name: 'Site', type: 'Kind', parentOdsCode: 'Parent', dsptCategory: 'Category' })[field] ?? field;
const row = (values: Record<string, string | null>) => checkOrganisationRow({ odsCode: null, name: null, type: null, parentOdsCode: null, dsptCategory: null, ...values }, 7, columnOf);

describe('organisationTypeFrom', () => {
  it.each([
    ['nhs-trust', 'nhs-trust'],
    ['NHS Trust', 'nhs-trust'],
    ['nhs trust', 'nhs-trust'],
    ['Site', 'site'],
    ['DEPARTMENT', 'department'],
    ['castle', null],
    ['', null],
  ])('%s → %s', (text, id) => expect(organisationTypeFrom(text)).toBe(id));
});

describe('dsptCategoryFrom', () => {
  it.each([
    ['category-1', 'category-1'],
    ['Category 2', 'category-2'],
    ['3', 'category-3'],
    ['CATEGORY-4', 'category-4'],
    ['category 7', null],
    ['5', null],
    ['high', null],
  ])('%s → %s', (text, id) => expect(dsptCategoryFrom(text)).toBe(id));
});

describe('checkOrganisationRow', () => {
  it('upper-cases codes and tidies the name', () => {
    expect(row({ odsCode: 'rzz07', name: 'Northshire  Eye   Centre', type: 'site', parentOdsCode: 'rzz' })).toEqual({
      ok: true,
      value: { odsCode: 'RZZ07', name: 'Northshire Eye Centre', type: 'site', parentOdsCode: 'RZZ', dsptCategory: null },
    });
  });

  it.each([
    ['an unknown type', { odsCode: 'RZZ07', name: 'X', type: 'castle' }, 'Kind', 'castle', /not a type of organisation/],
    ['a site code of the wrong shape', { odsCode: 'RZZ7', name: 'X', type: 'site' }, 'Code', 'RZZ7', /expected 5 characters/],
    ['a trust code that does not start R or T', { odsCode: 'AZZ', name: 'X', type: 'nhs-trust' }, 'Code', 'AZZ', /starting R or T/],
    ['a parent code with punctuation', { odsCode: 'RZZ07', name: 'X', type: 'site', parentOdsCode: 'RZ-Z' }, 'Parent', 'RZ-Z', /not an ODS code/],
    ['a DSPT category out of range', { odsCode: 'RZZ07', name: 'X', type: 'site', dsptCategory: '9' }, 'Category', '9', /not a DSPT category/],
  ])('refuses %s, naming the column and value', (_, values, column, value, reason) => {
    const result = row(values);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([{ row: 7, column, value, reason: expect.stringMatching(reason) }]);
  });
});

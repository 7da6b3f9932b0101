// The checks the data flows import makes on a row before the database is asked: legal bases as
// registers write them, lists of categories and subjects, unknown words named, and columns the file
// lacks left alone while blank cells clear.
import { describe, expect, it } from 'vitest';
import {
  checkFlowRow,
  cldcBasisOf,
  dataCategoryOf,
  lawfulBasisOf,
  listOf,
  specialCategoryConditionOf,
  transferSafeguardOf,
} from '../../src/modules/information-assets/flows-import.js';

const columnOf = (field: string) => `[${field}]`;
const aRow = (cells: Record<string, string | number | boolean | null> = {}) => ({ name: 'Discharge summaries', from: 'EPR', to: 'GP practices', ...cells });

describe('legal bases as people write them', () => {
  it.each([
    ['6(1)(e)', 'public-task'],
    ['Public task', 'public-task'],
    ['public-task', 'public-task'],
    ['6(1)(e) Public task', 'public-task'],
    ['Art 6(1)(c)', 'legal-obligation'],
    ['Article 6(1)(a)', 'consent'],
    ['UK GDPR Art. 6(1)(f)', 'legitimate-interests'],
    ['6(1)(g)', null],
    ['Statutory duty', null],
  ])('the Article 6 basis “%s” is %s', (text, id) => expect(lawfulBasisOf(text)).toBe(id));

  it.each([
    ['9(2)(h)', 'health-or-social-care'],
    ['Health or social care', 'health-or-social-care'],
    ['health and social care', 'health-or-social-care'],
    ['9(2)(h) Health or social care', 'health-or-social-care'],
    ['Art. 9(2)(j)', 'archiving-research-statistics'],
    ['Explicit consent', 'explicit-consent'],
    ['9(2)(k)', null],
  ])('the Article 9 condition “%s” is %s', (text, id) => expect(specialCategoryConditionOf(text)).toBe(id));

  it.each([
    ['Implied consent', 'implied-consent-direct-care'],
    ['s251', 's251-support'],
    ['Section 251', 's251-support'],
    ['S251 support', 's251-support'],
    ['Overriding public interest', 'overriding-public-interest'],
    ['Consent', null],
  ])('the common law basis “%s” is %s', (text, id) => expect(cldcBasisOf(text)).toBe(id));

  it.each([
    ['IDTA', 'idta'],
    ['Adequacy', 'adequacy-regulations'],
    ['UK Addendum', 'uk-addendum-to-sccs'],
    ['BCRs', 'binding-corporate-rules'],
    ['Privacy Shield', null],
  ])('the transfer safeguard “%s” is %s', (text, id) => expect(transferSafeguardOf(text)).toBe(id));
});

describe('lists in one cell', () => {
  it.each([
    ['Identifiers; Health', ['identifiers', 'health'], []],
    ['identifiers, health, contact details', ['identifiers', 'health', 'contact-details'], []],
    ['Health;; health ;', ['health'], []],
    ['Ethnicity; Religion', ['racial-or-ethnic-origin', 'religious-beliefs'], []],
    ['Health; Blood group; Shoe size', ['health'], ['Blood group', 'Shoe size']],
    ['', [], []],
  ])('“%s” names %j and does not know %j', (cell, ids, unknown) => expect(listOf(cell, dataCategoryOf)).toEqual({ ids, unknown }));
});

describe('flow rows', () => {
  it('refuses a category or subject it does not know, naming the words, the row and the column', () => {
    const checked = checkFlowRow(aRow({ dataCategories: 'Health; Blood group', dataSubjects: 'Patients; Visitors' }), 6, columnOf);
    expect(checked).toEqual({
      ok: false,
      problems: [
        { row: 6, column: '[dataCategories]', value: 'Health; Blood group', reason: expect.stringMatching(/^names “Blood group”, which is not a category of data: use Identifiers, Contact details, Demographics, …/) },
        { row: 6, column: '[dataSubjects]', value: 'Patients; Visitors', reason: expect.stringMatching(/^names “Visitors”, which is not a group of people data is about/) },
      ],
    });
  });

  it('refuses words it does not know for the bases and the transfer, each naming its column', () => {
    const checked = checkFlowRow(aRow({ lawfulBasis: '6(1)(g)', specialCategoryCondition: 'Vital', cldcBasis: 'Consent', transferMethod: 'Pigeon', encryptedInTransit: 'Mostly', transferSafeguard: 'Privacy Shield' }), 3, columnOf);
    expect(checked.ok ? [] : checked.problems.map((p) => [p.column, p.value])).toEqual([
      ['[lawfulBasis]', '6(1)(g)'],
      ['[specialCategoryCondition]', 'Vital'],
      ['[cldcBasis]', 'Consent'],
      ['[transferMethod]', 'Pigeon'],
      ['[encryptedInTransit]', 'Mostly'],
      ['[transferSafeguard]', 'Privacy Shield'],
    ]);
  });

  it('reads a full row, with names tidied and the Special category data column kept aside to check against the categories', () => {
    const checked = checkFlowRow(
      aRow({ name: '  Discharge   summaries ', from: 'EPR ', dataCategories: 'Identifiers; Health', specialCategoryData: true, patientData: true, lawfulBasis: 'Public task', specialCategoryCondition: '9(2)(h)', cldcBasis: 'Implied consent', transferMethod: 'NHSmail', frequency: 'Daily', agreementType: 'ISA', transferSafeguard: null }),
      2,
      columnOf,
    );
    expect(checked).toEqual({
      ok: true,
      value: {
        name: 'Discharge summaries',
        from: 'EPR',
        to: 'GP practices',
        details: {
          dataCategories: ['identifiers', 'health'],
          patientData: true,
          lawfulBasis: 'public-task',
          specialCategoryCondition: 'health-or-social-care',
          cldcBasis: 'implied-consent-direct-care',
          transferMethod: 'nhsmail',
          frequency: 'daily',
          agreementType: 'data-sharing-agreement',
          transferSafeguard: null,
        },
        saidSpecialCategory: true,
      },
    });
  });

  it('leaves alone what the file has no column for, and clears what a blank cell clears', () => {
    const checked = checkFlowRow(aRow({ dataCategories: null, lawfulBasis: null, encryptedInTransit: null, personalData: null, notes: null }), 2, columnOf);
    expect(checked).toEqual({
      ok: true,
      value: { name: 'Discharge summaries', from: 'EPR', to: 'GP practices', details: { dataCategories: [], personalData: false, lawfulBasis: null, encryptedInTransit: 'unknown', notes: null }, saidSpecialCategory: undefined },
    });
  });
});

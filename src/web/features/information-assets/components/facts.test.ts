// Records in words, and what a colleague changed shown field by field.
import { describe, expect, it } from 'vitest';
import { assetFacts } from './asset-facts';
import { changedFacts } from './facts';
import { certificationWords, dsptWords, supplierFacts } from './supplier-facts';
import { anAsset, aSupplier } from './test-records';
import { dayWords, personalDataWords } from './words';

const asset = anAsset({
  name: 'Pathology archive',
  type: 'dataset',
  administrator: { id: null, name: 'Sam Patel' },
  criticality: 'high',
  personalData: true,
  patientData: true,
  recordVolume: 250_000,
  mfa: 'not-applicable',
  backupRestoreTestedOn: '2025-11-03',
});

describe('an asset in words', () => {
  it('says every field, with nobody, nothing and never in words', () => {
    const words = Object.fromEntries(assetFacts(asset).map((fact) => [fact.key, fact.text]));
    expect(words).toMatchObject({
      Type: 'Database or dataset',
      'Information Asset Owner': 'No owner',
      'Information Asset Administrator': 'Sam Patel (no account in Bulwark)',
      'Support ends': 'Not recorded',
      'Number of records': '250,000',
      'Multi-factor authentication': 'Not applicable',
      'Restore from backup last tested': '3 November 2025',
    });
    expect(assetFacts(asset)).toHaveLength(20);
  });

  it.each([
    ['nothing personal', { personalData: false, specialCategoryData: false, patientData: false }, 'None'],
    ['personal data alone', { personalData: true, specialCategoryData: false, patientData: false }, 'Personal data'],
    ['patient data', { personalData: true, specialCategoryData: false, patientData: true }, 'Personal and patient data'],
    ['all three', { personalData: true, specialCategoryData: true, patientData: true }, 'Personal, special category and patient data'],
    ['special category without the personal flag is still personal', { personalData: false, specialCategoryData: true, patientData: false }, 'Personal and special category data'],
  ])('says what personal data it holds: %s', (_, held, words) => expect(personalDataWords(held)).toBe(words));

  it('writes a day as the UK does, whatever the zone', () => expect(dayWords('2026-03-29')).toBe('29 March 2026'));
});

describe('what a colleague changed', () => {
  it('lists only the fields whose words differ, what was read beside what is there now', () => {
    const theirs = { ...asset, supportEndsOn: '2025-06-30', owner: { id: 'u-1', name: 'Grace Mensah' }, version: 2 };
    expect(changedFacts(assetFacts(asset), assetFacts(theirs))).toEqual([
      { field: 'owner', key: 'Information Asset Owner', read: 'No owner', now: 'Grace Mensah' },
      { field: 'supportEndsOn', key: 'Support ends', read: 'Not recorded', now: '30 June 2025' },
    ]);
  });

  it('finds nothing when only the version moved', () => expect(changedFacts(assetFacts(asset), assetFacts({ ...asset, version: 5 }))).toEqual([]));
});

describe('a supplier in words', () => {
  const supplier = aSupplier({
    contractEndsOn: '2026-03-31',
    certifications: [
      { scheme: 'cyber-essentials-plus', name: null, number: 'CEP-5521', expiresOn: '2026-07-15' },
      { scheme: 'other', name: 'DTAC', number: null, expiresOn: null },
    ],
  });

  it.each([
    ['a scheme of ours with its number and expiry', supplier.certifications[0]!, 'Cyber Essentials Plus (CEP-5521), expires 15 July 2026'],
    ['another scheme by its name, without a date', supplier.certifications[1]!, 'DTAC, no expiry recorded'],
  ])('says a certification: %s', (_, certification, words) => expect(certificationWords(certification)).toBe(words));

  it.each([
    ['nothing recorded', { dsptStatus: null, dsptYear: null }, 'Not recorded'],
    ['a status for a year', { dsptStatus: 'standards-not-met' as const, dsptYear: '2024-25' }, 'Standards not met (2024-25)'],
    ['a status without its year', { dsptStatus: 'standards-met' as const, dsptYear: null }, 'Standards met'],
  ])('says the DSPT status: %s', (_, dspt, words) => expect(dsptWords(dspt)).toBe(words));

  it('says its contract end as a UK day', () => {
    expect(supplierFacts(supplier).find((fact) => fact.field === 'contractEndsOn')?.text).toBe('31 March 2026');
  });
});

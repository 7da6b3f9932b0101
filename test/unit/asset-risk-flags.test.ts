// The register's risk flags, one rule at a time, with the boundary dates written out as rows.
import { describe, expect, it } from 'vitest';
import type { FlagRule } from '../../src/contract/information-assets.js';
import { type AssetFacts, assetFlags, flagCounts, flagKey, monthsBefore, type SupplierFacts, supplierFlags } from '../../src/modules/information-assets/domain/risk-flags.js';

const AS_OF = '2026-06-30';

/** A well-kept asset that raises no flag; each row changes what its rule looks at. */
const anAsset = (facts: Partial<AssetFacts> = {}): AssetFacts => ({
  id: 'a1',
  name: 'Patient administration system',
  type: 'system',
  hasOwner: true,
  criticality: 'high',
  supportEndsOn: null,
  personalData: false,
  specialCategoryData: false,
  patientData: false,
  encryptionAtRest: 'yes',
  backupRestoreTestedOn: null,
  continuityPlan: false,
  ...facts,
});

const aSupplier = (facts: Partial<SupplierFacts> = {}): SupplierFacts => ({
  id: 's1',
  name: 'Northway Health Systems Ltd',
  contractEndsOn: null,
  dsptStatus: 'standards-met',
  dsptYear: '2025-26',
  certifications: [],
  dependants: [],
  ...facts,
});

const rulesOf = (flags: Array<{ rule: FlagRule }>) => flags.map((f) => f.rule);

describe('asset flags', () => {
  it.each<[string, Partial<AssetFacts>, FlagRule[]]>([
    ['a well-kept asset raises nothing', {}, []],
    // Support: ended before the as-of date, ends on it, or within 180 days.
    ['support ended the day before, holding patient data: unsupported with personal data', { supportEndsOn: '2026-06-29', patientData: true }, ['unsupported-with-personal-data']],
    ['support ended the day before, holding personal data only', { supportEndsOn: '2026-06-29', personalData: true }, ['unsupported-with-personal-data']],
    ['support ended the day before, holding special-category data only', { supportEndsOn: '2026-06-29', specialCategoryData: true }, ['unsupported-with-personal-data']],
    ['support ended the day before, no personal data: unsupported', { supportEndsOn: '2026-06-29' }, ['unsupported']],
    ['support ending on the as-of date is still support: a warning', { supportEndsOn: '2026-06-30', patientData: true }, ['support-ending']],
    ['support ending exactly 180 days later: a warning', { supportEndsOn: '2026-12-27' }, ['support-ending']],
    ['support ending 181 days later: nothing yet', { supportEndsOn: '2026-12-28' }, []],
    // Owner.
    ['no Information Asset Owner', { hasOwner: false }, ['no-owner']],
    // Encryption of personal data.
    ['personal data not encrypted at rest', { personalData: true, encryptionAtRest: 'no' }, ['personal-data-unencrypted']],
    ['patient data with encryption unknown', { patientData: true, encryptionAtRest: 'unknown' }, ['personal-data-unencrypted']],
    ['personal data encrypted at rest', { personalData: true, encryptionAtRest: 'yes' }, []],
    ['no personal data, not encrypted: not this rule', { encryptionAtRest: 'no' }, []],
    ['paper records holding patient data: paper cannot be encrypted, so not this rule', { type: 'paper-records', patientData: true, encryptionAtRest: 'no' }, []],
    // Critical assets: restore tested within 12 months, and a continuity plan.
    ['critical, restore tested exactly 12 months before, with a plan', { criticality: 'critical', backupRestoreTestedOn: '2025-06-30', continuityPlan: true }, []],
    ['critical, restore tested 12 months and a day before', { criticality: 'critical', backupRestoreTestedOn: '2025-06-29', continuityPlan: true }, ['critical-restore-untested']],
    ['critical, restore never tested', { criticality: 'critical', continuityPlan: true }, ['critical-restore-untested']],
    ['critical, tested recently but no continuity plan', { criticality: 'critical', backupRestoreTestedOn: '2026-03-01', continuityPlan: false }, ['critical-without-continuity-plan']],
    ['high, never tested and no plan: the critical rules do not apply', { criticality: 'high' }, []],
  ])('%s', (_, facts, rules) => {
    expect(rulesOf(assetFlags(anAsset(facts), AS_OF))).toEqual(rules);
  });

  it('names the asset and says why, with the date, in the flag', () => {
    const [flag] = assetFlags(anAsset({ supportEndsOn: '2025-10-14', patientData: true }), AS_OF);
    expect(flag).toEqual({
      key: 'unsupported-with-personal-data:asset:a1',
      rule: 'unsupported-with-personal-data',
      severity: 'high',
      subject: { kind: 'asset', id: 'a1', name: 'Patient administration system' },
      reason: 'Its support ended on 2025-10-14 and it holds patient data: replace it, buy extended support or move the data off it.',
    });
  });

  it.each([
    ['not encrypted', 'no', 'high'],
    ['nobody knows', 'unknown', 'medium'],
  ] as const)('personal data %s at rest is %s severity', (_, encryptionAtRest, severity) => {
    expect(assetFlags(anAsset({ personalData: true, encryptionAtRest }), AS_OF)[0]?.severity).toBe(severity);
  });
});

describe('supplier flags', () => {
  const patientAsset = { name: 'Electronic patient record', patientData: true };
  const otherAsset = { name: 'Car parking', patientData: false };
  const ce = (expiresOn: string) => ({ certifications: [{ scheme: 'cyber-essentials-plus' as const, name: null, number: 'CEP-1', expiresOn }] });

  it.each<[string, Partial<SupplierFacts>, FlagRule[]]>([
    ['a supplier in good standing raises nothing', { dependants: [patientAsset] }, []],
    // Certifications: expired before the as-of date, expiring on it or within 60 days.
    ['certificate expired the day before', ce('2026-06-29'), ['certification-expired']],
    ['certificate expiring on the as-of date', ce('2026-06-30'), ['certification-expiring']],
    ['certificate expiring exactly 60 days later', ce('2026-08-29'), ['certification-expiring']],
    ['certificate expiring 61 days later', ce('2026-08-30'), []],
    ['certificate with no expiry date', { certifications: [{ scheme: 'iso-27001', name: null, number: 'IS 1234', expiresOn: null }] }, []],
    // Contract ended while assets depend on it.
    ['contract ended the day before, an asset depends on it', { contractEndsOn: '2026-06-29', dependants: [otherAsset] }, ['contract-ended-with-dependants']],
    ['contract ending on the as-of date', { contractEndsOn: '2026-06-30', dependants: [otherAsset] }, []],
    ['contract ended, nothing depends on it', { contractEndsOn: '2026-06-29' }, []],
    // DSPT status of a supplier of patient-data assets.
    ['standards not met, supplying patient data', { dsptStatus: 'standards-not-met', dependants: [patientAsset] }, ['supplier-dspt-not-met']],
    ['not published, supplying patient data', { dsptStatus: 'not-published', dependants: [patientAsset] }, ['supplier-dspt-not-met']],
    ['no status recorded, supplying patient data', { dsptStatus: null, dependants: [patientAsset] }, ['supplier-dspt-not-met']],
    ['approaching standards, supplying patient data', { dsptStatus: 'approaching-standards', dependants: [patientAsset] }, []],
    ['standards not met, supplying no patient data', { dsptStatus: 'standards-not-met', dependants: [otherAsset] }, []],
  ])('%s', (_, facts, rules) => {
    expect(rulesOf(supplierFlags(aSupplier(facts), AS_OF))).toEqual(rules);
  });

  it('names the assets that still depend on an ended contract', () => {
    const [flag] = supplierFlags(aSupplier({ contractEndsOn: '2026-03-31', dependants: [patientAsset, otherAsset] }), AS_OF);
    expect(flag?.reason).toBe('Its contract ended on 2026-03-31 but 2 assets still depend on it (Electronic patient record, Car parking): renew, replace or record the exit.');
    expect(flag?.subject).toEqual({ kind: 'supplier', id: 's1', name: 'Northway Health Systems Ltd' });
  });
});

describe('flag keys', () => {
  it('is the rule, the kind of subject and its id', () => {
    expect(flagKey('no-owner', { kind: 'asset', id: 'a1' })).toBe('no-owner:asset:a1');
    expect(assetFlags(anAsset({ hasOwner: false, criticality: 'critical' }), AS_OF).map((f) => f.key)).toEqual([
      'no-owner:asset:a1',
      'critical-restore-untested:asset:a1',
      'critical-without-continuity-plan:asset:a1',
    ]);
  });

  it('tells apart two certificates of one supplier that raise the same rule, by scheme or, for another scheme, by its name', () => {
    const certifications: SupplierFacts['certifications'] = [
      { scheme: 'cyber-essentials', name: null, number: 'CE-1', expiresOn: '2026-05-01' },
      { scheme: 'cyber-essentials-plus', name: null, number: 'CEP-1', expiresOn: '2026-05-01' },
      { scheme: 'other', name: 'DTAC  Assessment', number: null, expiresOn: '2026-05-01' },
      { scheme: 'other', name: 'Penetration test', number: null, expiresOn: '2026-05-01' },
    ];
    const keys = supplierFlags(aSupplier({ certifications }), AS_OF).map((f) => f.key);
    expect(keys).toEqual([
      'certification-expired:supplier:s1:cyber-essentials',
      'certification-expired:supplier:s1:cyber-essentials-plus',
      'certification-expired:supplier:s1:other:dtac assessment',
      'certification-expired:supplier:s1:other:penetration test',
    ]);
    expect(new Set(keys).size).toBe(4);
  });

  it('stays the same from day to day while the same thing is wrong, so an action made from it is found again', () => {
    const facts = aSupplier({ certifications: [{ scheme: 'iso-27001', name: null, number: 'IS 1', expiresOn: '2026-05-01' }] });
    expect(supplierFlags(facts, '2026-06-30')[0]!.key).toBe(supplierFlags(facts, '2026-09-30')[0]!.key);
    // Another scheme's name is folded for case and spacing: written again differently, it is the same certificate.
    const named = (name: string) => supplierFlags(aSupplier({ certifications: [{ scheme: 'other', name, number: null, expiresOn: '2026-05-01' }] }), AS_OF)[0]!.key;
    expect(named(' dtac ')).toBe(named('DTAC'));
  });
});

describe('dates and counts', () => {
  it.each([
    ['2026-06-30', 12, '2025-06-30'],
    ['2028-02-29', 12, '2027-02-28'],
    ['2026-03-31', 1, '2026-02-28'],
    ['2026-01-15', 1, '2025-12-15'],
  ])('%s less %i months is %s', (date, months, expected) => expect(monthsBefore(date, months)).toBe(expected));

  it('counts every rule, naming those that raised nothing with zero', () => {
    const counts = flagCounts(assetFlags(anAsset({ hasOwner: false, criticality: 'critical' }), AS_OF));
    // The assets' and suppliers' 11 rules, the data flows' 10 and the DPIAs' 2.
    expect(counts).toHaveLength(23);
    expect(counts.filter((c) => c.count).map((c) => [c.rule, c.count])).toEqual([
      ['no-owner', 1],
      ['critical-restore-untested', 1],
      ['critical-without-continuity-plan', 1],
    ]);
  });
});

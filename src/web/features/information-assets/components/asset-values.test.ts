// The asset form: filled from an asset, checked before sending, and a change sending only what changed.
import { describe, expect, it } from 'vitest';
import { anAsset } from './test-records';
import { assetChangeBody, assetValuesOf, EMPTY_ASSET, newAssetBody, recordCountOf } from './asset-values';

const epr = anAsset({
  owner: { id: 'u-1', name: 'Grace Mensah' },
  administrator: { id: null, name: 'Sam Patel' },
  criticality: 'critical',
  hosting: 'supplier-hosted',
  supplier: { id: 's-1', name: 'Northway Health Systems Ltd' },
  supportEndsOn: '2027-03-31',
  personalData: true,
  specialCategoryData: true,
  patientData: true,
  recordVolume: 1_250_000,
  encryptionAtRest: 'yes',
  mfa: 'no',
  continuityPlan: true,
  continuityPlanReference: 'BCP-12',
  version: 3,
});

describe('the asset form filled from an asset', () => {
  it('tells an owner with an account from one named without, and lists the data held', () => {
    const values = assetValuesOf(epr);
    expect(values.owner).toEqual({ kind: 'account', id: 'u-1', name: '' });
    expect(values.administrator).toEqual({ kind: 'name', id: '', name: 'Sam Patel' });
    expect(values.holds).toEqual(['personal', 'special-category', 'patient']);
    expect(values.recordVolume).toBe('1250000');
    expect(values.continuityPlan).toBe('yes');
  });

  it('has nobody for an asset without an owner', () => {
    expect(assetValuesOf({ ...epr, owner: null }).owner.kind).toBe('none');
  });
});

describe('counts of records as typed', () => {
  it.each([
    ['blank', '  ', null],
    ['with thousands separators', '1,250,000', 1_250_000],
    ['with spaces', ' 250 000 ', 250_000],
    ['not a number', 'about a million', undefined],
    ['a fraction', '12.5', undefined],
  ])('%s', (_, text, count) => expect(recordCountOf(text)).toBe(count));
});

describe('a new asset', () => {
  it('is refused before sending without a name, a type or a criticality, each named', () => {
    const { errors } = newAssetBody(EMPTY_ASSET);
    expect(errors.map((error) => error.field)).toEqual(['name', 'type', 'criticality']);
  });

  it('needs the person chosen, or their name written, once the kind of owner is chosen', () => {
    const { errors } = newAssetBody({ ...EMPTY_ASSET, name: 'PACS', type: 'system', criticality: 'high', owner: { kind: 'account', id: '', name: '' }, administrator: { kind: 'name', id: '', name: ' ' } });
    expect(errors).toEqual([
      { field: 'ownerId', message: 'Choose the Information Asset Owner' },
      { field: 'administratorName', message: 'Write the name of the Information Asset Administrator' },
    ]);
  });

  it('sends one of the owner’s account or name, never both, and blanks as nothing recorded', () => {
    const { body, errors } = newAssetBody({
      ...EMPTY_ASSET,
      name: ' PACS ',
      type: 'system',
      criticality: 'high',
      owner: { kind: 'name', id: 'u-9', name: ' Dr A Jones ' },
      holds: ['patient'],
      recordVolume: '40,000',
      continuityPlan: 'no',
      continuityPlanReference: 'BCP-1',
    });
    expect(errors).toEqual([]);
    expect(body).toMatchObject({ name: 'PACS', ownerId: null, ownerName: 'Dr A Jones', administratorId: null, administratorName: null, supplierId: null, supportEndsOn: null, patientData: true, recordVolume: 40_000 });
    // A reference is to the plan that covers it: none when no plan does.
    expect(body.continuityPlanReference).toBeNull();
  });
});

describe('a change', () => {
  it('sends only the fields changed, with the version they rest on', () => {
    const from = assetValuesOf(epr);
    const { body, errors } = assetChangeBody(from, { ...from, supportEndsOn: '2025-12-31', holds: ['personal', 'patient'] }, 3);
    expect(errors).toEqual([]);
    expect(body).toEqual({ supportEndsOn: '2025-12-31', specialCategoryData: false, version: 3 });
  });

  it('sends both halves of the owner when it moves from an account to a written name', () => {
    const from = assetValuesOf(epr);
    const { body } = assetChangeBody(from, { ...from, owner: { kind: 'name', id: 'u-1', name: 'Dr A Jones' } }, 3);
    expect(body).toEqual({ ownerId: null, ownerName: 'Dr A Jones', version: 3 });
  });

  it('sends the version alone when nothing changed', () => {
    const from = assetValuesOf(epr);
    expect(assetChangeBody(from, { ...from }, 7).body).toEqual({ version: 7 });
  });
});

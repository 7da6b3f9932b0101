// The supplier form: certification rows checked and sent, the API's row fields named as the form's,
// and a change sending only what changed.
import { describe, expect, it } from 'vitest';
import { aSupplier } from './test-records';
import { BLANK_CERTIFICATION, certificationFieldOf, EMPTY_SUPPLIER, supplierBody, supplierChangeBody, supplierValuesOf } from './supplier-values';

const northway = aSupplier({
  companiesHouseNumber: '01234567',
  contactEmail: 'accounts@northway.example',
  services: 'Patient record hosting',
  contractStartsOn: '2021-04-01',
  contractEndsOn: '2026-03-31',
  dsptStatus: 'standards-met',
  dsptYear: '2024-25',
  certifications: [{ scheme: 'cyber-essentials-plus', name: null, number: 'CEP-5521', expiresOn: '2026-07-15' }],
  version: 2,
});

describe('certification rows', () => {
  it('leaves out a wholly blank row and sends the rest as the API takes them', () => {
    const { body, errors } = supplierBody({
      ...EMPTY_SUPPLIER,
      name: 'Acme',
      certifications: [BLANK_CERTIFICATION, { scheme: 'other', name: ' DTAC ', number: '', expiresOn: '' }, { scheme: 'iso-27001', name: 'ignored', number: ' ISO-1 ', expiresOn: '2027-01-31' }],
    });
    expect(errors).toEqual([]);
    expect(body.certifications).toEqual([
      { scheme: 'other', name: 'DTAC', number: null, expiresOn: null },
      { scheme: 'iso-27001', name: null, number: 'ISO-1', expiresOn: '2027-01-31' },
    ]);
  });

  it('names the row whose scheme is missing, and an other scheme without its name', () => {
    const { errors } = supplierBody({
      ...EMPTY_SUPPLIER,
      name: 'Acme',
      certifications: [{ ...BLANK_CERTIFICATION, number: 'X-1' }, { ...BLANK_CERTIFICATION, scheme: 'other' }],
    });
    expect(errors).toEqual([
      { field: 'certifications-1-scheme', message: 'Choose the scheme of certification 1' },
      { field: 'certifications-2-name', message: 'Name the scheme of certification 2' },
    ]);
  });

  it.each([
    ['a row’s name', 'certifications.0.name', 'certifications-1-name'],
    ['a row’s expiry', 'certifications.3.expiresOn', 'certifications-4-expiresOn'],
    ['the list as a whole', 'certifications', undefined],
    ['another field', 'contractEndsOn', undefined],
  ])('reads the API’s name for %s', (_, apiField, formField) => expect(certificationFieldOf(apiField)).toBe(formField));
});

describe('a supplier change', () => {
  it('sends the certifications as a whole when one changed, and nothing else unchanged', () => {
    const from = supplierValuesOf(northway);
    const edited = { ...from, certifications: [...from.certifications, { scheme: 'cyber-essentials' as const, name: '', number: 'CE-1', expiresOn: '2026-09-30' }] };
    const { body } = supplierChangeBody(from, edited, 2);
    expect(body).toEqual({
      certifications: [
        { scheme: 'cyber-essentials-plus', name: null, number: 'CEP-5521', expiresOn: '2026-07-15' },
        { scheme: 'cyber-essentials', name: null, number: 'CE-1', expiresOn: '2026-09-30' },
      ],
      version: 2,
    });
  });

  it('clears a field emptied in the form', () => {
    const from = supplierValuesOf(northway);
    expect(supplierChangeBody(from, { ...from, contactEmail: ' ' }, 2).body).toEqual({ contactEmail: null, version: 2 });
  });
});

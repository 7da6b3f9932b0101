import { describe, expect, it } from 'vitest';
import type { RopaDetails } from '../../../../contract/records-of-processing';
import { ropaDetailsBodyOf, ropaDetailsFacts, ropaDetailsValuesOf } from './ropa-values';

const details: RopaDetails = {
  controllerContact: 'Northshire Acute, Hospital Road',
  dpoName: null,
  dpoContact: 'dpo@northshire-acute.example',
  representative: null,
  jointControllers: null,
  dpoRoleHolders: [],
  version: 3,
  updatedAt: null,
  updatedBy: null,
};

describe('the record of processing details form', () => {
  it('sends every field, blanks as null, trimmed, on the version given', () => {
    const values = { ...ropaDetailsValuesOf(details), dpoName: '  Priya Shah ', controllerContact: '   ' };
    const { body, errors } = ropaDetailsBodyOf(values, values, 4);
    expect(errors).toEqual([]);
    expect(body).toEqual({ controllerContact: null, dpoName: 'Priya Shah', dpoContact: 'dpo@northshire-acute.example', representative: null, jointControllers: null, version: 4 });
  });

  it('names a field longer than the API takes before sending', () => {
    const values = { ...ropaDetailsValuesOf(details), dpoName: 'x'.repeat(201) };
    expect(ropaDetailsBodyOf(values, values, 3).errors).toEqual([{ field: 'dpoName', message: 'Data Protection Officer’s name must be 200 characters or fewer' }]);
  });

  it('reads nothing recorded as an empty box and as "Not recorded" in words', () => {
    expect(ropaDetailsValuesOf(details).dpoName).toBe('');
    expect(ropaDetailsFacts(details).find((fact) => fact.field === 'dpoName')?.text).toBe('Not recorded');
  });
});

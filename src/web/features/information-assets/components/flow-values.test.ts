import { describe, expect, it } from 'vitest';
import { EMPTY_FLOW, flowChangeBody, flowValuesOf, newFlowBody } from './flow-values';
import { aFlow } from './test-records';

const filled = { ...EMPTY_FLOW, name: ' Discharge summaries ', from: { ...EMPTY_FLOW.from, kind: 'asset' as const, assetId: 'a-1' }, to: { ...EMPTY_FLOW.to, kind: 'party' as const, party: ' GP practices ' } };

describe('a data flow form’s values as the API takes them', () => {
  it('sends each end as the one thing chosen for it, names trimmed', () => {
    const { body, errors } = newFlowBody(filled);
    expect(errors).toEqual([]);
    expect(body.name).toBe('Discharge summaries');
    expect(body.from).toEqual({ assetId: 'a-1' });
    expect(body.to).toEqual({ party: 'GP practices' });
  });

  it.each([
    ['no kind chosen', { kind: '' as const }, 'Say where the data goes: an information asset, a supplier or another organisation'],
    ['an asset with none chosen', { kind: 'asset' as const }, 'Choose the information asset the data goes to'],
    ['a supplier with none chosen', { kind: 'supplier' as const }, 'Choose the supplier the data goes to'],
    ['another organisation without a name', { kind: 'party' as const, party: '  ' }, 'Enter the name of the organisation the data goes to'],
  ])('refuses an end with %s, naming it', (_, end, message) => {
    const { errors } = newFlowBody({ ...filled, to: { ...EMPTY_FLOW.to, ...end } });
    expect(errors).toEqual([{ field: 'to', message }]);
  });

  it('refuses a number of records that is not a whole number, and reads one with commas', () => {
    expect(newFlowBody({ ...filled, recordVolume: 'lots' }).errors.map((error) => error.field)).toEqual(['recordVolume']);
    expect(newFlowBody({ ...filled, recordVolume: '120,000' }).body.recordVolume).toBe(120000);
  });

  it('sends a CAG reference only with s251 support, and a country and safeguard only with an international transfer', () => {
    const other = newFlowBody({ ...filled, cldcBasis: 'explicit-consent', cagReference: '21/CAG/0123', internationalTransfer: 'no', destinationCountry: 'India', transferSafeguard: 'idta' }).body;
    expect([other.cagReference, other.destinationCountry, other.transferSafeguard]).toEqual([null, null, null]);
    const s251 = newFlowBody({ ...filled, cldcBasis: 's251-support', cagReference: ' 21/CAG/0123 ', internationalTransfer: 'yes', destinationCountry: 'India', transferSafeguard: 'idta' }).body;
    expect([s251.cagReference, s251.destinationCountry, s251.transferSafeguard]).toEqual(['21/CAG/0123', 'India', 'idta']);
  });

  it('sends on a change only what differs from the flow read, with its version', () => {
    const flow = aFlow({ encryptedInTransit: 'no', lawfulBasis: 'public-task', dataCategories: ['health'], personalData: true, specialCategoryData: true });
    const read = flowValuesOf(flow);
    expect(flowChangeBody(read, read, 3).body).toEqual({ version: 3 });
    expect(flowChangeBody(read, { ...read, encryptedInTransit: 'yes' }, 3).body).toEqual({ encryptedInTransit: 'yes', version: 3 });
    expect(flowChangeBody(read, { ...read, to: { ...read.to, kind: 'supplier', supplierId: 's-9' } }, 3).body).toEqual({ to: { supplierId: 's-9' }, version: 3 });
  });

  it('fills the form from a flow: its ends, what it carries and its answers', () => {
    const values = flowValuesOf(aFlow({ personalData: true, patientData: true, directCare: true, recordVolume: 5000 }));
    expect(values.from).toEqual({ kind: 'asset', assetId: 'a-1', supplierId: '', party: '' });
    expect(values.to).toEqual({ kind: 'party', assetId: '', supplierId: '', party: 'GP practices in Northshire' });
    expect(values.carries).toEqual(['personal', 'patient']);
    expect([values.directCare, values.recordVolume]).toEqual(['yes', '5000']);
  });
});

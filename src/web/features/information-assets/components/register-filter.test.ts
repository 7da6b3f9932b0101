import { describe, expect, it } from 'vitest';
import { filterFromParams, isFiltered, paramsFromFilter } from './register-filter';

describe('the register filters in the address', () => {
  it.each([
    ['nothing asked: the whole register', '', {}],
    ['a type and a criticality', 'type=dataset&criticality=critical', { type: 'dataset', criticality: 'critical' }],
    ['a supplier and flagged only', 'supplierId=abc-123&flagged=true', { supplierId: 'abc-123', flagged: true }],
    ['words, trimmed', 'q=%20pathology%20', { q: 'pathology' }],
    ['a type the register does not know is dropped', 'type=spreadsheet', {}],
    ['a criticality it does not know is dropped', 'criticality=urgent', {}],
    ['flagged other than true is not a filter', 'flagged=false', {}],
    ['blank values are not filters', 'q=%20&supplierId=', {}],
    ['an inherited name is not a type', 'type=constructor', {}],
  ])('%s', (_, query, expected) => {
    expect(filterFromParams(new URLSearchParams(query))).toEqual(expected);
  });

  it('writes a filter back as the same address it was read from', () => {
    const query = 'type=system&criticality=high&supplierId=s-1&flagged=true&q=patient+record';
    expect(paramsFromFilter(filterFromParams(new URLSearchParams(query))).toString()).toBe(query);
  });

  it('tells a filtered register from the whole one', () => {
    expect(isFiltered({})).toBe(false);
    expect(isFiltered({ q: '  ' })).toBe(false);
    expect(isFiltered({ flagged: true })).toBe(true);
  });
});

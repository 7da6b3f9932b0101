import { describe, expect, it } from 'vitest';
import { flowFilterFromParams, flowQueryOf, isFlowFiltered, paramsFromFlowFilter } from './flow-filter';

describe('the data flow filters in the address', () => {
  it.each([
    ['nothing asked: every flow', '', { checks: [] }],
    ['checks, in the order the form lists them', 'unencrypted=true&personal=true', { checks: ['personal', 'unencrypted'] }],
    ['an asset and words, trimmed', 'assetId=a-1&q=%20discharge%20', { checks: [], assetId: 'a-1', q: 'discharge' }],
    ['a check other than true is not a filter', 'lackingBasis=false&external=yes', { checks: [] }],
    ['a name it does not know is dropped', 'flagged=true&view=table', { checks: [] }],
  ])('%s', (_, query, expected) => {
    const filter = flowFilterFromParams(new URLSearchParams(query));
    expect(filter).toEqual(expected);
    expect(isFlowFiltered(filter)).toBe(query !== '' && (expected.checks.length > 0 || 'assetId' in expected));
  });

  it('asks the API with the same names, and keeps the map’s view in the address', () => {
    const filter = { checks: ['specialCategory' as const, 'lackingBasis' as const], q: 'gp' };
    expect(flowQueryOf(filter)).toEqual({ specialCategory: 'true', lackingBasis: 'true', q: 'gp' });
    expect(paramsFromFlowFilter(filter, { view: 'table' }).toString()).toBe('specialCategory=true&lackingBasis=true&q=gp&view=table');
  });
});

import { describe, expect, it } from 'vitest';
import { findingFilterFromParams, isFindingFiltered, paramsFromFindingFilter, withFilter } from './finding-filter';

describe('the findings list filters in the address', () => {
  it.each([
    ['nothing asked: every finding now', '', {}],
    ['open critical findings past due', 'state=open&severity=critical&pastDue=true', { state: 'open', severity: 'critical', pastDue: 'true' }],
    ['known exploited and ransomware-linked', 'kevListed=true&knownRansomwareUse=true', { kevListed: 'true', knownRansomwareUse: 'true' }],
    ['those the catalogue does not list', 'kevListed=false', { kevListed: 'false' }],
    ['a host, a CVE and an asset, trimmed', 'host=%20pacs-srv-01%20&cveId=CVE-2024-3400&assetId=a-1', { host: 'pacs-srv-01', cveId: 'CVE-2024-3400', assetId: 'a-1' }],
    ['a day to work the deadlines out at', 'asOf=2025-05-01', { asOf: '2025-05-01' }],
    ['a severity the list does not know is dropped', 'severity=severe', {}],
    ['an inherited name is not a state', 'state=constructor', {}],
    ['past due is only ever true', 'pastDue=false', {}],
    ['known exploited must be true or false', 'kevListed=yes', {}],
    ['page 1 is the first page, said by nothing', 'page=1', {}],
    ['a later page', 'page=3', { page: 3 }],
    ['a page that is not a whole number is dropped', 'page=2.5', {}],
    ['blank values are not filters', 'host=%20&cveId=', {}],
  ])('%s', (_, query, expected) => {
    expect(findingFilterFromParams(new URLSearchParams(query))).toEqual(expected);
  });

  it('writes a filter back as the same address it was read from', () => {
    const query = 'asOf=2025-05-01&state=open&severity=high&host=ward-pc-17&cveId=CVE-2024-10003&kevListed=true&knownRansomwareUse=false&pastDue=true&assetId=a-9&page=2';
    expect(paramsFromFindingFilter(findingFilterFromParams(new URLSearchParams(query))).toString()).toBe(query);
  });

  it.each([
    ['the whole list', {}, false],
    ['another day alone', { asOf: '2025-01-01' }, false],
    ['another page alone', { page: 2 }, false],
    ['blank host', { host: '  ' }, false],
    ['a severity', { severity: 'low' as const }, true],
    ['past due', { pastDue: 'true' as const }, true],
    ['an asset', { assetId: 'a-1' }, true],
  ])('%s is filtered: %s', (_, filter, expected) => {
    expect(isFindingFiltered(filter)).toBe(expected);
  });

  it('narrowing a filter starts again from the first page and keeps the day', () => {
    expect(withFilter({ asOf: '2025-05-01', state: 'open', page: 4 }, { severity: 'high' })).toEqual({ asOf: '2025-05-01', state: 'open', severity: 'high' });
  });
});

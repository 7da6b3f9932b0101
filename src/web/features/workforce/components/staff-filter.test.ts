import { describe, expect, it } from 'vitest';
import { accountFilterFromParams, isAccountFiltered, paramsFromAccountFilter } from './account-filter';
import { isStaffFiltered, paramsFromStaffFilter, staffFilterFromParams } from './staff-filter';

describe('the staff register filters in the address', () => {
  it.each([
    ['nothing asked: the whole register today', '', {}],
    ['leavers on a day', 'status=leaver&asOf=2026-03-31', { status: 'leaver', asOf: '2026-03-31' }],
    ['new starters are a filter of their own', 'status=new', { status: 'new' }],
    ['department, staff group and words, trimmed', 'department=%20Pharmacy%20&staffGroup=Nursing&q=%20ali', { department: 'Pharmacy', staffGroup: 'Nursing', q: 'ali' }],
    ['a status the register does not know is dropped', 'status=retired', {}],
    ['an inherited name is not a status', 'status=constructor', {}],
    ['page 1 is the first page, said by nothing', 'page=1', {}],
    ['a later page', 'page=3', { page: 3 }],
    ['a page that is not a whole number is dropped', 'page=2.5', {}],
    ['a negative page is dropped', 'page=-2', {}],
    ['blank values are not filters', 'q=%20&department=', {}],
  ])('%s', (_, query, expected) => {
    expect(staffFilterFromParams(new URLSearchParams(query))).toEqual(expected);
  });

  it('writes a filter back as the same address it was read from', () => {
    const query = 'asOf=2026-01-05&status=current&department=Emergency+Department&staffGroup=Nursing&q=ann&page=2';
    expect(paramsFromStaffFilter(staffFilterFromParams(new URLSearchParams(query))).toString()).toBe(query);
  });

  it.each([
    ['the whole register', {}, false],
    ['another day alone', { asOf: '2026-01-01' }, false],
    ['another page alone', { page: 2 }, false],
    ['blank words', { q: '  ' }, false],
    ['a status', { status: 'leaver' as const }, true],
    ['a department', { department: 'Pharmacy' }, true],
  ])('%s is filtered: %s', (_, filter, expected) => {
    expect(isStaffFiltered(filter)).toBe(expected);
  });
});

describe('the accounts list filters in the address', () => {
  it.each([
    ['nothing asked: accounts in the directory', '', {}],
    ['a finding and a kind', 'finding=dormant&kind=admin', { finding: 'dormant', kind: 'admin' }],
    ['gone accounts', 'state=gone', { state: 'gone' }],
    ['present is the default and not written', 'state=present', {}],
    ['a finding the API does not know is dropped', 'finding=old-accounts', {}],
    ['a kind it does not know is dropped', 'kind=robot', {}],
    ['a directory and words, trimmed', 'directory=abc&q=%20svc%20', { directory: 'abc', q: 'svc' }],
    ['a later page on a day', 'page=4&asOf=2026-02-01', { page: 4, asOf: '2026-02-01' }],
  ])('%s', (_, query, expected) => {
    expect(accountFilterFromParams(new URLSearchParams(query))).toEqual(expected);
  });

  it('writes a filter back as the same address it was read from', () => {
    const query = 'asOf=2026-02-01&directory=d-1&kind=service&finding=leaver-enabled&state=all&q=svc&page=2';
    expect(paramsFromAccountFilter(accountFilterFromParams(new URLSearchParams(query))).toString()).toBe(query);
  });

  it('tells a filtered list from the whole one', () => {
    expect(isAccountFiltered({ asOf: '2026-01-01', page: 3 })).toBe(false);
    expect(isAccountFiltered({ state: 'gone' })).toBe(true);
  });
});

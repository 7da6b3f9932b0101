import { describe, expect, it } from 'vitest';
import { checkOdsCode } from '../../src/modules/organisations/domain/ods-code.js';
import { checkOrganisation, flattenTree } from '../../src/modules/organisations/domain/organisation-rules.js';

describe('ODS codes', () => {
  it.each([
    ['rzz', 'nhs-trust', 'RZZ'],
    [' TAD ', 'nhs-trust', 'TAD'],
    ['QZZ', 'icb', 'QZZ'],
    ['a12345', 'gp-practice', 'A12345'],
    ['RZZ01', 'site', 'RZZ01'],
    ['8J234', 'social-care-provider', '8J234'],
  ] as const)('%s is a valid code for a %s', (raw, type, code) => {
    expect(checkOdsCode(raw, type)).toEqual({ ok: true, code });
  });
  it.each([
    ['QZZ', 'nhs-trust', /starting R or T/],
    ['A1234', 'gp-practice', /a letter then 5 digits/],
    ['R-Z', 'supplier', /letters and digits/],
    ['RZ', 'supplier', /3 to 10/],
  ] as const)('%s is refused for a %s', (raw, type, reason) => {
    const r = checkOdsCode(raw, type);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
});

describe('where organisations may sit', () => {
  it.each([
    ['an ICS at the top', 'ics', null, true],
    ['a trust under an ICS', 'nhs-trust', 'ics', true],
    ['a site under a trust', 'site', 'nhs-trust', true],
    ['a department under a site', 'department', 'site', true],
    ['a site directly under an ICS', 'site', 'ics', false],
    ['a trust under a trust', 'nhs-trust', 'nhs-trust', false],
    ['an ICS under a trust', 'ics', 'nhs-trust', false],
  ])('%s: %s', (_, type, parent, ok) => {
    expect(checkOrganisation({ name: 'X', type }, parent).ok).toBe(ok);
  });

  it('names every bad field at once', () => {
    const r = checkOrganisation({ name: ' ', type: 'nhs-trust', odsCode: 'Q1', dsptCategory: 'category-9' }, 'ics');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.field)).toEqual(['name', 'odsCode', 'dsptCategory']);
  });
});

describe('tree order', () => {
  it('is depth-first with siblings by name', () => {
    const rows = [
      { id: 'r', parent_id: null, name: 'Root' },
      { id: 'b', parent_id: 'r', name: 'Beta' },
      { id: 'a', parent_id: 'r', name: 'Alpha' },
      { id: 'a1', parent_id: 'a', name: 'Alpha site' },
    ];
    expect(flattenTree(rows, 'r').map((n) => `${n.depth}:${n.name}`)).toEqual(['0:Root', '1:Alpha', '2:Alpha site', '1:Beta']);
  });
});

describe('organisation path ranges', () => {
  it('cover the organisation and its descendants, not a sibling whose id starts the same', async () => {
    const { pathUpperBound } = await import('../../src/platform/db/tree-path.js');
    const prefix = '/ics/b/';
    const upper = pathUpperBound(prefix);
    const inRange = (p: string) => p >= prefix && p < upper;
    expect(['/ics/b/', '/ics/b/site/', '/ics/b/site/dept/'].every(inRange)).toBe(true);
    expect(['/ics/', '/ics/bc/', '/ics/a/', '/ics/c/'].some(inRange)).toBe(false);
  });
});

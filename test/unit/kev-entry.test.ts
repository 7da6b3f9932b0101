// The checks on one entry of the known exploited vulnerabilities catalogue, and which catalogue may
// replace the one held.
import { describe, expect, it } from 'vitest';
import { type CatalogueVersion, catalogueOf, checkKevEntry, decideCatalogue, readCveId, readCwes, readRansomwareUse, tidyName } from '../../src/modules/vulnerabilities/service.js';

describe('reading a CVE id', () => {
  it.each([
    ['the usual form', 'CVE-2024-3400', 'CVE-2024-3400'],
    ['five or more digits', 'CVE-2021-44228', 'CVE-2021-44228'],
    ['lower case, with spaces around', ' cve-2023-12345 ', 'CVE-2023-12345'],
  ])('reads %s', (_case, text, expected) => {
    expect(readCveId(text)).toEqual({ ok: true, value: expected });
  });
  it.each([
    ['a two-digit year', 'CVE-24-1234', /not a CVE id/],
    ['fewer than four digits', 'CVE-2024-123', /not a CVE id/],
    ['another scheme', 'GHSA-2024-1234', /not a CVE id/],
    ['an empty value', '', /not a CVE id/],
    ['a year before CVE ids began', 'CVE-1998-1234', /before 1999/],
  ])('refuses %s', (_case, text, reason) => {
    const read = readCveId(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toMatch(reason);
  });
});

describe('reading the other values', () => {
  it.each([
    ['Known', { ok: true, value: true }],
    ['Unknown', { ok: true, value: false }],
    [' known ', { ok: true, value: true }],
    ['Maybe', { ok: false, reason: 'is not a known ransomware use: expected Known or Unknown' }],
    ['', { ok: false, reason: 'is not a known ransomware use: expected Known or Unknown' }],
  ])('known ransomware use %j reads as %j', (text, expected) => {
    expect(readRansomwareUse(text)).toEqual(expected);
  });

  it.each([
    ['nothing', '', []],
    ['an empty JSON list', '[]', []],
    ['a JSON list, as the JSON catalogue writes it', '["CWE-787","CWE-416"]', ['CWE-787', 'CWE-416']],
    ['ids separated by commas, as the CSV writes them', 'CWE-787, CWE-416', ['CWE-787', 'CWE-416']],
    ['NVD placeholders and lower case, repeats once', 'nvd-cwe-noinfo; cwe-20; CWE-20', ['NVD-CWE-noinfo', 'CWE-20']],
  ])('CWEs from %s', (_case, text, expected) => {
    expect(readCwes(text)).toEqual({ ok: true, value: expected });
  });
  it.each([['a word', 'overflow'], ['a JSON object', '{"a":1}'], ['JSON that cannot be read', '["CWE-1"']])('refuses CWEs written as %s', (_case, text) => {
    expect(readCwes(text).ok).toBe(false);
  });

  it.each([
    ['spaces at the ends', '  Microsoft ', 'Microsoft'],
    ['runs of spaces inside', 'Palo   Alto\tNetworks', 'Palo Alto Networks'],
    ['nothing to tidy', 'Fortinet', 'Fortinet'],
  ])('tidies a vendor or product name with %s', (_case, text, expected) => {
    expect(tidyName(text)).toBe(expected);
  });
});

describe('checking an entry', () => {
  const columnOf = (field: string) => field;
  const values = { cveId: 'CVE-2024-3400', vendor: ' Northwind ', product: 'Gateway', name: 'A flaw', dateAdded: '2025-03-01', dueDate: '2025-03-22', knownRansomwareUse: 'Unknown', description: '', requiredAction: '', notes: '', cwes: 'CWE-78' };

  it('gives the entry with its names tidied and its values read', () => {
    expect(checkKevEntry(values, 2, columnOf)).toEqual({
      ok: true,
      value: { cveId: 'CVE-2024-3400', vendor: 'Northwind', product: 'Gateway', name: 'A flaw', dateAdded: '2025-03-01', dueDate: '2025-03-22', knownRansomwareUse: false, description: '', requiredAction: '', notes: '', cwes: ['CWE-78'] },
    });
  });

  it.each([
    ['a due date before the date added', { dueDate: '2025-02-28' }, 'dueDate', 'is before the date the entry was added (2025-03-01)'],
    ['a due date on the day added is allowed', { dueDate: '2025-03-01' }, null, null],
    ['a vendor of spaces only', { vendor: '   ' }, 'vendor', 'is empty: every entry names its vendor or project'],
    ['an unknown ransomware value', { knownRansomwareUse: 'yes' }, 'knownRansomwareUse', 'is not a known ransomware use: expected Known or Unknown'],
  ])('%s', (_case, change, column, reason) => {
    const checked = checkKevEntry({ ...values, ...change }, 5, columnOf);
    if (column === null) expect(checked.ok).toBe(true);
    else expect(checked).toEqual({ ok: false, problems: [{ row: 5, column, value: Object.values(change)[0], reason }] });
  });
});

describe('which catalogue an import brings', () => {
  it('is the version and release the file names', () => {
    expect(catalogueOf({ catalogVersion: '2025.08.25', dateReleased: '2025-08-25T15:00:12.1234Z' }, '2025-08-22')).toEqual({ ok: true, value: { version: '2025.08.25', published: true, releasedAt: '2025-08-25T15:00:12.123Z', latestDateAdded: '2025-08-22' } });
  });
  it('is its latest date added, written as a version, when the file names none (the CSV)', () => {
    expect(catalogueOf({}, '2025-08-22')).toEqual({ ok: true, value: { version: '2025.08.22', published: false, releasedAt: '2025-08-22T00:00:00.000Z', latestDateAdded: '2025-08-22' } });
  });
  it.each([
    ['a version in another form', { catalogVersion: 'v5', dateReleased: '2025-08-25T15:00:00Z' }, /not in the form YYYY\.MM\.DD/],
    ['a release that is not a date and time', { catalogVersion: '2025.08.25', dateReleased: 'Monday' }, /not a date and time/],
    ['a release without a version', { dateReleased: '2025-08-25T15:00:00Z' }, /not in the form YYYY\.MM\.DD/],
  ])('refuses %s', (_case, properties, reason) => {
    const read = catalogueOf(properties, '2025-08-22');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toMatch(reason);
  });
});

describe('whether a catalogue replaces the one held', () => {
  const json = (version: string, latest: string, released = `${version.replaceAll('.', '-')}T15:00:00.000Z`): CatalogueVersion => ({ version, published: true, releasedAt: released, latestDateAdded: latest });
  const csv = (latest: string): CatalogueVersion => ({ version: latest.replaceAll('-', '.'), published: false, releasedAt: `${latest}T00:00:00.000Z`, latestDateAdded: latest });
  it.each([
    ['the first catalogue', null, json('2025.08.25', '2025-08-22'), 'replace'],
    ['a newer published version', json('2025.08.25', '2025-08-22'), json('2025.08.26', '2025-08-22'), 'replace'],
    ['the same published version again', json('2025.08.25', '2025-08-22'), json('2025.08.25', '2025-08-22'), 'keep-held'],
    ['the CSV of the catalogue held as JSON', json('2025.08.25', '2025-08-22'), csv('2025-08-22'), 'keep-held'],
    ['the JSON of the catalogue held as CSV', csv('2025-08-22'), json('2025.08.25', '2025-08-22'), 'replace'],
    ['a CSV with later entries', csv('2025-08-22'), csv('2025-08-29'), 'replace'],
    ['an older published version', json('2025.08.25', '2025-08-22'), json('2025.08.20', '2025-08-22'), 'refuse'],
    ['a CSV whose latest entry is older', json('2025.08.25', '2025-08-22'), csv('2025-08-15'), 'refuse'],
    ['a published version whose latest entry is older', csv('2025-08-22'), json('2025.08.30', '2025-08-15'), 'refuse'],
  ])('%s: %s', (_case, held, incoming, take) => {
    expect(decideCatalogue(held, incoming).take).toBe(take);
  });
});

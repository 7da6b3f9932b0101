// The checks on one row of a scanner's export: severity on one scale, the CVE list, the host known by
// its name or address, and the values a finding cannot have.
import { describe, expect, it } from 'vitest';
import { checkScannerFinding, isIpAddress, readCveList, readSeverity, severityOfScore } from '../../src/modules/vulnerabilities/service.js';
import type { FieldValue } from '../../src/platform/imports/types.js';

describe('severity on one scale', () => {
  it.each([
    ['Nessus Critical', 'Critical', 'critical'],
    ['Nessus None', 'None', 'info'],
    ['OpenVAS Log', 'Log', 'info'],
    ['Defender Medium, any case', ' medium ', 'medium'],
    ['Informational', 'Informational', 'info'],
    ['a word no scanner uses', 'Severe', null],
  ])('reads %s', (_case, text, expected) => {
    expect(readSeverity(text)).toBe(expected);
  });
  it.each([
    ['9.0 and above', 9, 'critical'],
    ['just below 9', 8.9, 'high'],
    ['7.0', 7, 'high'],
    ['4.0', 4, 'medium'],
    ['just above nothing', 0.1, 'low'],
    ['nothing', 0, 'info'],
  ])('gives a CVSS score of %s its band', (_case, score, expected) => {
    expect(severityOfScore(score)).toBe(expected);
  });
});

describe('the CVEs in one cell', () => {
  it.each([
    ['one', 'CVE-2024-3400', ['CVE-2024-3400']],
    ['several, commas and spaces, one repeated, lower case', 'CVE-2024-1111, cve-2024-2222,CVE-2024-1111', ['CVE-2024-1111', 'CVE-2024-2222']],
    ['semicolons', 'CVE-2024-1111;CVE-2024-2222', ['CVE-2024-1111', 'CVE-2024-2222']],
    ['none', '', ['']],
    ['OpenVAS’s NOCVE', 'NOCVE', ['']],
  ])('reads %s', (_case, text, expected) => {
    expect(readCveList(text)).toEqual({ ok: true, value: expected });
  });
  it('names the one that is not a CVE id', () => {
    expect(readCveList('CVE-2024-1111, CVE-24-1')).toEqual({ ok: false, reason: expect.stringMatching(/"CVE-24-1", which is not a CVE id/) as string });
  });
});

describe('an IP address', () => {
  it.each([
    ['IPv4', '10.20.0.5', true],
    ['IPv6', 'fe80::1', true],
    ['a part over 255', '10.20.0.256', false],
    ['a host name', 'ward-pc-17', false],
    ['a name with a colon-free hex look', 'deadbeef', false],
  ])('%s', (_case, text, expected) => {
    expect(isIpAddress(text)).toBe(expected);
  });
});

const columnOf = (field: string) => field;
const check = (values: Record<string, FieldValue>) => checkScannerFinding({ host: 'ward-pc-17', checkId: '100003', severity: 'Medium', ...values }, 2, columnOf);

describe('one row', () => {
  it.each([
    ['a host name with spaces at the end is tidied, and keyed in lower case', { host: '  WARD-PC-17  ' }, { hostName: 'WARD-PC-17', ip: null, hostKey: 'ward-pc-17' }],
    ['a Host holding an address is the host’s address', { host: '10.20.0.5' }, { hostName: null, ip: '10.20.0.5', hostKey: '10.20.0.5' }],
    ['a name and an address: known by the name', { host: 'lab-srv-02', ip: '10.30.0.9' }, { hostName: 'lab-srv-02', ip: '10.30.0.9', hostKey: 'lab-srv-02' }],
    ['no name: known by the address', { host: null, ip: '10.30.0.9' }, { hostName: null, hostKey: '10.30.0.9' }],
    ['no severity: from the CVSS score', { severity: '', cvss: 9.8 }, { severity: 'critical', cvss: 9.8 }],
    ['several CVEs', { cves: 'CVE-2024-1111 CVE-2024-2222' }, { cves: ['CVE-2024-1111', 'CVE-2024-2222'] }],
  ])('%s', (_case, values, expected) => {
    const read = check(values);
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.value).toMatchObject(expected);
  });

  it.each([
    ['a CVSS score above 10', { cvss: 11 }, 'cvss', /outside 0 to 10/],
    ['a negative CVSS score', { cvss: -1 }, 'cvss', /outside 0 to 10/],
    ['no host at all', { host: '  ', ip: null }, 'host', /needs the host/],
    ['an address that is not one', { ip: '10.1' }, 'ip', /not an IP address/],
    ['no check', { checkId: ' ' }, 'checkId', /plugin or check/],
    ['neither severity nor score', { severity: '' }, 'severity', /one or the other/],
    ['an unknown severity', { severity: 'Severe' }, 'severity', /not a severity/],
    ['last seen before first seen', { firstSeen: '2025-04-02T00:00:00.000Z', lastSeen: '2025-04-01T00:00:00.000Z' }, 'lastSeen', /before the first seen/],
  ])('refuses %s, naming the column', (_case, values, column, reason) => {
    const read = check(values);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems).toEqual([expect.objectContaining({ row: 2, column, reason: expect.stringMatching(reason) as string })]);
  });
});

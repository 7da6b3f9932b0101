// `bulwark import vulns FILE --org ORG --format nessus|openvas --json` as a security lead's script runs
// it: the product named picks the built-in mapping and the scope, --into names another scope, --as-of
// is the scan's date (what a later scan fixes on), a bad row refused with a non-zero exit, and
// `bulwark vulns list` and `bulwark vulns report` reading what was imported.
import { describe, expect, it } from 'vitest';
import type { ExposureReport, FindingList } from '../../src/contract/vulnerabilities.js';
import { demoDatabaseForCommands, runBulwark } from '../support/cli.js';
import { nessusCsv, nessusRow, openvasCsv } from '../fixtures/vulns/scanner-files.js';

const cli = demoDatabaseForCommands('vulns-cli');
const write = (name: string, text: string) => cli.write(name, text);

const listed = async (...args: string[]) => {
  const result = await runBulwark(['vulns', 'list', '--org', 'RZZ', '--json', ...args], cli.env);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as FindingList;
};

describe('bulwark import vulns', () => {
  it('imports a Nessus export with --format nessus, and a later scan fixes what it leaves out on its date', async () => {
    const first = write('scan-1.csv', nessusCsv([nessusRow('100001', 'pacs-srv-01', { CVE: 'CVE-2024-10001', Risk: 'High' }), nessusRow('100003', 'ward-pc-17', { CVE: 'CVE-2024-10003', Risk: 'Low' })], { bom: true, crlf: true }));
    const result = await runBulwark(['import', 'vulns', first, '--org', 'RZZ', '--format', 'nessus', '--as-of', '2025-04-01T09:00:00Z', '--json'], cli.env);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, kind: 'vulns', status: 'applied', rowsRead: 2, rejected: 0 });

    const second = write('scan-2.csv', nessusCsv([nessusRow('100001', 'pacs-srv-01', { CVE: 'CVE-2024-10001', Risk: 'High' })]));
    expect((await runBulwark(['import', 'vulns', second, '--org', 'RZZ', '--format', 'nessus', '--as-of', '2025-04-08T09:00:00Z', '--json'], cli.env)).code).toBe(0);
    expect((await listed('--state', 'fixed')).items.map((f) => [f.host.name, f.cveId, f.fixedAt, f.scope])).toEqual([['ward-pc-17', 'CVE-2024-10003', '2025-04-08T09:00:00.000Z', 'Nessus']]);
  });

  it('names another scope with --into, and leaves the Nessus scope alone', async () => {
    const file = write('lab.csv', openvasCsv([{ IP: '10.30.0.9', Hostname: 'lab-srv-02', 'NVT OID': '1.3.6.1.4.1.25623.1.0.900001', CVSS: '7.5', Severity: 'High', CVEs: 'CVE-2024-10004,CVE-2024-10005' }]));
    const result = await runBulwark(['import', 'vulns', file, '--org', 'RZZ', '--format', 'openvas', '--into', 'Laboratory', '--json'], cli.env);
    expect(result.code, result.stderr).toBe(0);
    const open = await listed('--state', 'open');
    // All high: by host, then CVE.
    expect(open.items.map((f) => [f.cveId, f.scope])).toEqual([
      ['CVE-2024-10004', 'Laboratory'],
      ['CVE-2024-10005', 'Laboratory'],
      ['CVE-2024-10001', 'Nessus'],
    ]);
  });

  it('refuses a file with a CVSS score of 11 with a non-zero exit, naming the row', async () => {
    const file = write('bad.csv', nessusCsv([nessusRow('100009', 'ward-pc-18', { CVE: 'CVE-2024-10009', 'CVSS v3.0 Base Score': '11', Risk: 'High' })]));
    const result = await runBulwark(['import', 'vulns', file, '--org', 'RZZ', '--format', 'nessus'], cli.env);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/row 2.*CVSS v3\.0 Base Score.*outside 0 to 10/s);
    expect((await listed('--host', 'ward-pc-18')).total).toBe(0);
  });

  it('reports the exposure at an as-of date: past due, fixed in time, not yet seen', async () => {
    // At the end of 20 April 2025: pacs-srv-01's high finding, seen 1 April, was due 15 April; ward-pc-17's
    // low one was fixed in 7 days; the laboratory scan, imported without --as-of, had not happened.
    const result = await runBulwark(['vulns', 'report', '--org', 'RZZ', '--as-of', '2025-04-20', '--json'], cli.env);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as ExposureReport & { organisation: { name: string } };
    expect(report.open).toMatchObject({ total: 1, pastDue: 1, bySeverity: { critical: 0, high: 1, medium: 0, low: 0, info: 0 } });
    expect(report.pastDueFindings.map((f) => [f.host.name, f.cveId, f.dueOn, f.daysOverdue])).toEqual([['pacs-srv-01', 'CVE-2024-10001', '2025-04-15', 5]]);
    expect(report.remediation).toMatchObject({ fixed: 1, decided: 2, withinDeadline: 1, meanDaysToRemediate: 7 });

    const text = await runBulwark(['vulns', 'report', '--org', 'RZZ', '--as-of', '2025-04-20'], cli.env);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/Open: 1 \(critical 0, high 1/);
    expect(text.stdout).toMatch(/pacs-srv-01\s+CVE-2024-10001\s+high\s+due 2025-04-15, 5 days overdue/);

    const pastDue = await listed('--past-due', '--as-of', '2025-04-20');
    expect(pastDue.items.map((f) => [f.host.name, f.deadline?.daysOverdue])).toEqual([['pacs-srv-01', 5]]);
  });
});

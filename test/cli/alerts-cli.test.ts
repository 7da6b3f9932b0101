// `bulwark import alerts` and `bulwark alerts report` run as a person runs them, against a real
// database on the engine under test: Sentinel's portal export brought in with its counts, a file
// with bad rows kept in part with the rejects written out, and the triage report over what came in.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlertReport } from '../../src/contract/alerts.js';
import { openSource } from '../../src/platform/imports/open-source.js';
import { type CliTestApp, createCliTestApp, runBulwark } from '../support/cli.js';
import { IMPORT_AS_OF, SENTINEL_BAD_ROWS, SENTINEL_CSV } from '../fixtures/alerts/alert-exports.js';

// Each command starts its own process, which takes some seconds on a busy machine.
let cli: CliTestApp;
let env: Record<string, string>;
let scratch: string;

beforeAll(async () => {
  cli = await createCliTestApp('alerts-cli');
  ({ env, scratch } = cli);
});
afterAll(() => cli.close());

const importAlerts = (file: string, ...extra: string[]) => runBulwark(['--as-of', IMPORT_AS_OF, 'import', 'alerts', file, '--org', 'RZZ', '--format', 'sentinel', ...extra], env);

interface ImportJson {
  ok: boolean;
  status: string;
  imported: number;
  duplicates: number;
  rejected: number;
  firstErrors: Array<{ row: number; column: string; value: string; reason: string }>;
}

describe('bulwark import alerts', { timeout: 120_000 }, () => {
  it('brings in a Sentinel export, saying how many alerts came in and how many rows repeated one', async () => {
    const result = await importAlerts(SENTINEL_CSV, '--json');
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, status: 'applied', rowsRead: 12, imported: 6, duplicates: 6, rejected: 0, firstErrors: [] });
  });

  it('refuses a file with bad rows whole, listing each, and exits non-zero', async () => {
    const result = await importAlerts(SENTINEL_BAD_ROWS, '--json');
    expect(result.code).not.toBe(0);
    const failure = JSON.parse(result.stdout) as { ok: boolean; problems: Array<{ row: number; column: string }> };
    expect(failure.ok).toBe(false);
    expect(failure.problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'CreatedTime [UTC]'],
      [4, 'ClosedTime [UTC]'],
      [5, 'Classification'],
      [6, 'Severity'],
    ]);
  });

  it('with --skip-invalid keeps the two good rows and writes the four bad ones, each with its problem, to the rejects file', async () => {
    const rejects = path.join(scratch, 'rejected.csv');
    const result = await importAlerts(SENTINEL_BAD_ROWS, '--skip-invalid', '--rejects', rejects, '--json');
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as ImportJson;
    expect(json).toMatchObject({ ok: true, status: 'applied', imported: 2, duplicates: 0, rejected: 4 });
    expect(json.firstErrors.map(({ row, column, value }) => [row, column, value])).toEqual([
      [3, 'CreatedTime [UTC]', '10/11/2026 10:00:00'],
      [4, 'ClosedTime [UTC]', '2026-11-11T09:00:00.000Z'],
      [5, 'Classification', 'Suspicious'],
      [6, 'Severity', 'Urgent'],
    ]);

    // Read back as an import would read it: the export's own columns, then Problem.
    const source = await openSource({ open: () => fs.createReadStream(rejects), format: 'csv' });
    const rows: string[][] = [];
    for await (const record of source.records) rows.push(record.cells);
    expect(source.headers[2]).toBe('IncidentNumber');
    expect(source.headers.at(-1)).toBe('Problem');
    expect(source.headers.at(-2)).toBe('ProviderName');
    expect(rows.map((cells) => [cells[2], cells.at(-1)])).toEqual([
      ['3002', 'CreatedTime [UTC]: expected YYYY-MM-DDTHH:mm:ss.SSSZ, e.g. 2026-12-05T14:30:00.000Z'],
      ['3003', 'ClosedTime [UTC]: closed before it was created (2026-11-11T10:00:00.000Z)'],
      ['3004', expect.stringMatching(/^Classification: is not a classification/)],
      ['3005', expect.stringMatching(/^Severity: is not a severity/)],
    ]);
    // The owner's JSON comes back out as it went in.
    expect(rows[1]![9]).toBe('{"objectId":"1c8d2f63-4e7b-4a1f-8b2c-6d3e9f5a7b82","email":"ben.oduya@northshire-acute.example","assignedTo":"Ben Oduya","userPrincipalName":"ben.oduya@northshire-acute.example"}');
  });
});

describe('bulwark alerts report', { timeout: 120_000 }, () => {
  const reportArgs = ['--as-of', IMPORT_AS_OF, 'alerts', 'report', '--org', 'RZZ', '--from', '2026-11-01', '--to', '2026-11-30'];

  it('prints the triage analytics over the eight alerts imported', async () => {
    const result = await runBulwark([...reportArgs, '--json'], env);
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as AlertReport & { organisation: { name: string } };
    expect(json.organisation.name).toBe('Northshire Hospitals NHS Foundation Trust');
    // Six from the export, 3001 and 3006 from the file with bad rows. Open: 1003 and 3006 (active),
    // 1004 (new). Classified: 1001 and 3001 false, 1002 benign, 1005 true, 1006 undetermined.
    expect(json.totals).toMatchObject({ alerts: 8, open: 3, classified: 5, falsePositiveRate: 0.4, benignRate: 0.2, triageBreaches: 1 });
    // 1004 was never triaged: past the medium target of four hours long before the as-of instant.
    expect(json.breaches.map((b) => [b.alertId, b.severity, b.triaged])).toEqual([['1004', 'medium', null]]);
    expect(json.rules.map((r) => [r.rule, r.alerts])).toEqual([
      ['Encoded PowerShell command', 2],
      ['Many failed sign-ins to one account', 2],
      ['Sign-in from an unfamiliar country, then MFA denied', 2],
      ['Mailbox forwarding rule to an outside address', 1],
      ['Malware blocked on an endpoint', 1],
    ]);
  });

  it('prints a summary for a person', async () => {
    const result = await runBulwark(reportArgs, env);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Northshire Hospitals NHS Foundation Trust: 8 alerts from 2026-11-01T00:00:00.000Z to 2026-11-30T23:59:59.999Z/);
    expect(result.stdout).toMatch(/False positives 40%, benign 20% of 5 classified/);
    expect(result.stdout).toMatch(/1 past their triage target/);
  });
});

// `bulwark import suppliers|assets` and `bulwark assets` run as a person runs them, against a real
// database on the engine under test: the Trust's supplier list and register imported with their
// columns and date formats given on the command line, the bad rows refused whole or skipped, the flags
// as of a date, and the register written out.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlagReport } from '../../src/contract/information-assets.js';
import { orgId, signIn } from '../support/app.js';
import { type CliTestApp, createCliTestApp, runBulwark } from '../support/cli.js';
import { ASSET_REGISTER, ASSET_REGISTER_MAPPING, SUPPLIER_LIST, SUPPLIER_LIST_MAPPING } from '../fixtures/asset-register/register-files.js';
import { mappingArguments } from '../fixtures/incident-import/incident-log.js';

let cli: CliTestApp;
let env: Record<string, string>;

beforeAll(async () => {
  cli = await createCliTestApp('assets-cli');
  ({ env } = cli);
});
afterAll(() => cli.close());

interface RunJson {
  ok: boolean;
  status: string;
  inserted: number;
  rejected: number;
  firstErrors: Array<{ row: number; column: string; value: string; reason: string }>;
}

const importRegister = (...extra: string[]) => runBulwark(['import', 'assets', ASSET_REGISTER, '--org', 'RZZ', ...mappingArguments(ASSET_REGISTER_MAPPING), '--json', ...extra], env);

describe('bulwark import suppliers and assets', { timeout: 120_000 }, () => {
  it('imports the supplier list with its date formats given on the command line', async () => {
    const result = await runBulwark(['import', 'suppliers', SUPPLIER_LIST, '--org', 'RZZ', ...mappingArguments(SUPPLIER_LIST_MAPPING), '--json'], env);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout) as RunJson).toMatchObject({ ok: true, status: 'applied', inserted: 3, rejected: 0 });
  });

  it('refuses the register whole for its two bad rows, naming row, column and value, and exits non-zero', async () => {
    const result = await importRegister();
    expect(result.code).not.toBe(0);
    const failure = JSON.parse(result.stdout) as { ok: boolean; message: string; problems: Array<{ field: string; message: string }> };
    expect(failure.ok).toBe(false);
    expect(failure.message).toMatch(/2 of 6 rows have problems, so nothing was imported/);
    expect(JSON.stringify(failure.problems)).toMatch(/Theatreline Ltd/);
    const count = await cli.t.app.db.selectFrom('information_assets').select('id').execute();
    expect(count).toHaveLength(0);
  });

  it('with --skip-invalid keeps the good rows and writes the rejected ones', async () => {
    const rejects = path.join(cli.scratch, 'rejected.csv');
    const result = await importRegister('--skip-invalid', '--rejects', rejects);
    expect(result.code, result.stderr).toBe(0);
    const run = JSON.parse(result.stdout) as RunJson;
    expect(run).toMatchObject({ ok: true, inserted: 4, rejected: 2 });
    expect(run.firstErrors.map((p) => [p.row, p.column, p.value])).toEqual([
      [3, 'Last restore test', '31/04/2025'],
      [5, 'Supplier', 'Theatreline Ltd'],
    ]);
    expect(fs.readFileSync(rejects, 'utf8')).toMatch(/Theatre scheduling.*names no supplier of this organisation/);
  });

  it('prints the flags as of a date and writes the register as CSV', async () => {
    const flags = await runBulwark(['assets', 'flags', '--org', 'RZZ', '--as-of', '2026-06-30', '--json'], env);
    expect(flags.code, flags.stderr).toBe(0);
    const report = JSON.parse(flags.stdout) as FlagReport;
    expect(report.flags.filter((f) => f.subject.name === 'Staff car park permits').map((f) => f.rule)).toEqual(['no-owner', 'personal-data-unencrypted']);
    expect(report.flags.filter((f) => f.subject.kind === 'supplier').map((f) => [f.subject.name, f.rule])).toEqual([
      ['Brightwater Print Services', 'contract-ended-with-dependants'],
      ['Brightwater Print Services', 'supplier-dspt-not-met'],
    ]);

    // The text shows where the action made from each flag stands, a dash where none has been made.
    const iglead = await signIn(cli.t.server, 'iglead@northshire-acute.example');
    const contractEnded = report.flags.find((f) => f.rule === 'contract-ended-with-dependants')!;
    const made = await iglead.post(`/api/v1/orgs/${await orgId(cli.t.app, 'RZZ')}/register-actions`, { flagKey: contractEnded.key, asOf: '2026-06-30' });
    expect(made.statusCode, made.body).toBe(201);
    const text = await runBulwark(['assets', 'flags', '--org', 'RZZ', '--as-of', '2026-06-30'], env);
    expect(text.stdout.split('\n').filter((line) => line.includes('Brightwater Print Services:'))).toEqual([
      expect.stringMatching(/^high {3}Open {8}Brightwater Print Services: Supplier contract ended while assets depend on it\. /),
      expect.stringMatching(/^high {3}- {11}Brightwater Print Services: Supplier of patient-data assets without DSPT standards met\. /),
    ]);

    const out = path.join(cli.scratch, 'register.csv');
    const written = await runBulwark(['assets', 'export', '--org', 'RZZ', '--format', 'csv', '--out', out], env);
    expect(written.code, written.stderr).toBe(0);
    expect(fs.readFileSync(out, 'utf8').split('\r\n').filter(Boolean)).toHaveLength(5);
  });
});

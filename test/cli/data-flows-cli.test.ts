// `bulwark import flows` and `bulwark flows export` run as a person runs them, against a real database
// on the engine under test: the Trust's data flow register imported with its columns and date format
// given on the command line, refused whole for its bad rows or with them skipped, the flows' flags in
// the register's report, and the flows written out.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlagReport } from '../../src/contract/information-assets.js';
import { orgId, signIn } from '../support/app.js';
import { type CliTestApp, createCliTestApp, runBulwark } from '../support/cli.js';
import { FLOW_REGISTER, FLOW_REGISTER_MAPPING, REGISTER_ASSETS, REGISTER_SUPPLIERS } from '../fixtures/data-flows/flow-files.js';
import { mappingArguments } from '../fixtures/incident-import/incident-log.js';

let cli: CliTestApp;
let env: Record<string, string>;

beforeAll(async () => {
  cli = await createCliTestApp('flows-cli');
  ({ env } = cli);
  const acute = await orgId(cli.t.app, 'RZZ');
  const iglead = await signIn(cli.t.server, 'iglead@northshire-acute.example');
  for (const name of REGISTER_SUPPLIERS) expect((await iglead.post(`/api/v1/orgs/${acute}/suppliers`, { name })).statusCode).toBe(201);
  for (const name of REGISTER_ASSETS) expect((await iglead.post(`/api/v1/orgs/${acute}/assets`, { name, type: 'system', criticality: 'high', ownerName: 'Head of IT', encryptionAtRest: 'yes' })).statusCode).toBe(201);
});
afterAll(() => cli.close());

const importRegister = (...extra: string[]) => runBulwark(['import', 'flows', FLOW_REGISTER, '--org', 'RZZ', ...mappingArguments(FLOW_REGISTER_MAPPING), '--json', ...extra], env);

describe('bulwark import flows and bulwark flows export', { timeout: 120_000 }, () => {
  it('refuses the register whole for its two bad rows, naming them, and exits non-zero', async () => {
    const result = await importRegister();
    expect(result.code).not.toBe(0);
    const failure = JSON.parse(result.stdout) as { ok: boolean; message: string; problems: Array<{ field: string; message: string }> };
    expect(failure.ok).toBe(false);
    expect(failure.message).toMatch(/2 of 7 rows have problems, so nothing was imported/);
    expect(failure.problems.map((p) => p.field)).toEqual(['row 3, Agreement end', 'row 8, Flow name']);
    expect(await cli.t.app.db.selectFrom('data_flows').select('id').execute()).toHaveLength(0);
  });

  it('with --skip-invalid keeps the good rows and writes the rejected ones', async () => {
    const rejects = path.join(cli.scratch, 'rejected.csv');
    const result = await importRegister('--skip-invalid', '--rejects', rejects);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, status: 'applied', inserted: 5, rejected: 2 });
    expect(fs.readFileSync(rejects, 'utf8')).toMatch(/Discharge summaries to GPs.*April 2026 has 30 days/);
  });

  it('puts the flows’ flags in the register’s report and writes the flows as CSV', async () => {
    const flags = await runBulwark(['assets', 'flags', '--org', 'RZZ', '--as-of', '2026-06-30', '--json'], env);
    expect(flags.code, flags.stderr).toBe(0);
    const report = JSON.parse(flags.stdout) as FlagReport;
    expect(report.flags.filter((f) => f.subject.name === 'Old PAS extract to the EPR').map((f) => [f.subject.kind, f.rule])).toEqual([
      ['flow', 'flow-unencrypted'],
      ['flow', 'flow-agreement-missing'],
    ]);

    const out = path.join(cli.scratch, 'flows.csv');
    const written = await runBulwark(['flows', 'export', '--org', 'RZZ', '--format', 'csv', '--out', out, '--as-of', '2026-06-30'], env);
    expect(written.code, written.stderr).toBe(0);
    const lines = fs.readFileSync(out, 'utf8').split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(6);
    expect(lines.find((l) => l.startsWith('Old PAS extract'))).toMatch(/,Legacy PAS,Electronic Patient Record \(EPR\),/);
  });
});

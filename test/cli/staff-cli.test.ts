// `bulwark import staff --mapping esr` and `bulwark staff list` run as a person runs them: an ESR
// extract with an impossible date kept in part with its counts (rows, imported, duplicates, rejected
// with the first reasons), and the register it gives for two different days.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffList } from '../../src/contract/staff.js';
import { type CliTestApp, createCliTestApp, runBulwark } from '../support/cli.js';
import { AS_OF, esrExtract, FIRST_COUNTS, FIRST_FILE_ROWS, IMPOSSIBLE_DATE_ROW } from '../fixtures/staff/esr-extracts.js';

let cli: CliTestApp;

beforeAll(async () => {
  cli = await createCliTestApp('staff-cli');
});
afterAll(() => cli.close());

describe('bulwark import staff and bulwark staff list', { timeout: 120_000 }, () => {
  it('imports an ESR extract, keeping the good rows and counting the duplicate, then lists the register for a day', async () => {
    const file = path.join(cli.scratch, 'esr.csv');
    fs.writeFileSync(file, esrExtract([...FIRST_FILE_ROWS, IMPOSSIBLE_DATE_ROW]));
    const imported = await runBulwark(['--as-of', AS_OF, 'import', 'staff', file, '--org', 'RZZ', '--mapping', 'esr', '--skip-invalid', '--json'], cli.env);
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({
      ok: true,
      status: 'applied',
      rowsRead: 12,
      imported: 10,
      duplicates: 1,
      rejected: 1,
      firstErrors: [{ row: 13, column: 'Assignment Start Date', value: '31/02/2025', reason: '31/02/2025 is not a date: February 2025 has 28 days' }],
    });

    const listed = await runBulwark(['staff', 'list', '--org', 'RZZ', '--as-of', AS_OF, '--json'], cli.env);
    expect(listed.code, listed.stderr).toBe(0);
    expect(JSON.parse(listed.stdout).counts).toEqual(FIRST_COUNTS);

    const leavers = await runBulwark(['staff', 'list', '--org', 'RZZ', '--as-of', '2026-04-01', '--status', 'leaver', '--json'], cli.env);
    expect((JSON.parse(leavers.stdout) as StaffList).items.map((p) => p.lastName)).toEqual(['Evans', 'Khan']);
  });
});

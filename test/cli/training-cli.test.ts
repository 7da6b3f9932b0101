// `bulwark import training --mapping olm` run as a person runs it: an e-learning export with an
// impossible date and a repeated row kept in part with its counts (rows, imported, duplicates,
// rejected with the first reasons), after the staff register it is read against.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliTestApp, createCliTestApp, runBulwark } from '../support/cli.js';
import { esrExtract } from '../fixtures/staff/esr-extracts.js';
import { AS_OF, COMPLETIONS, FILE_ROWS, IMPOSSIBLE_DATE_ROW, olmExport, TRAINING_STAFF } from '../fixtures/training/elearning-exports.js';

let cli: CliTestApp;

beforeAll(async () => {
  cli = await createCliTestApp('training-cli');
});
afterAll(() => cli.close());

describe('bulwark import training', { timeout: 120_000 }, () => {
  it('imports an OLM export, keeping the good rows and counting the duplicate; the same file again is a repeat', async () => {
    const staff = path.join(cli.scratch, 'esr.csv');
    fs.writeFileSync(staff, esrExtract(TRAINING_STAFF));
    expect((await runBulwark(['--as-of', AS_OF, 'import', 'staff', staff, '--org', 'RZZ', '--mapping', 'esr', '--json'], cli.env)).code).toBe(0);

    const file = path.join(cli.scratch, 'olm.csv');
    fs.writeFileSync(file, olmExport([...FILE_ROWS, IMPOSSIBLE_DATE_ROW]));
    const imported = await runBulwark(['--as-of', AS_OF, 'import', 'training', file, '--org', 'RZZ', '--mapping', 'olm', '--skip-invalid', '--json'], cli.env);
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({
      ok: true,
      status: 'applied',
      rowsRead: FILE_ROWS.length + 1,
      imported: COMPLETIONS.length,
      duplicates: 1,
      rejected: 1,
      firstErrors: [{ row: FILE_ROWS.length + 2, column: 'Achievement Date', value: '31/02/2026', reason: '31/02/2026 is not a date: February 2026 has 28 days' }],
    });

    const again = await runBulwark(['--as-of', AS_OF, 'import', 'training', file, '--org', 'RZZ', '--mapping', 'olm', '--skip-invalid', '--json'], cli.env);
    expect(JSON.parse(again.stdout)).toMatchObject({ status: 'repeat' });
  });
});

// `bulwark import` run as a person runs it, against a real database on the engine under test: a file
// with bad rows is refused whole by default; --skip-invalid keeps the good rows and writes the rejected
// ones, safe to open in a spreadsheet; --as-of is recorded; saved mappings are used by name.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/platform/db/database.js';
import { demoDatabaseForCommands, runBulwark } from '../support/cli.js';

const cli = demoDatabaseForCommands('import-cli');
const write = (name: string, text: string) => cli.write(name, text);

async function odsCodesBelowRiverside(): Promise<string[]> {
  const handle = openDatabase(cli.database.target);
  try {
    const rows = await handle.db.selectFrom('organisations').select('ods_code').where('ods_code', 'like', 'RZZ02%').orderBy('ods_code').execute();
    return rows.map((r) => r.ods_code!);
  } finally {
    await handle.close();
  }
}

// Departments of Riverside Community Hospital; one row carries a formula where a name should be.
const departments = ['ODS code,Name,Type,Parent ODS code', 'RZZ02A,Outpatients,department,RZZ02', 'RZZ02B,"=HYPERLINK(""http://evil.example"")",castle,RZZ02', 'RZZ02C,Physiotherapy,department,RZZ02'].join('\r\n');

describe('bulwark import', () => {
  it('refuses a file with a bad row whole, naming the row, column and value, and exits non-zero', async () => {
    const file = write('departments.csv', departments);
    const result = await runBulwark(['import', 'organisations', file, '--org', 'RZZ'], cli.env);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/1 of 3 rows have problems, so nothing was imported/);
    expect(result.stderr).toMatch(/row 3, Type: .*not a type of organisation/);
    expect(await odsCodesBelowRiverside()).toEqual(['RZZ02']);
  });

  it('with --skip-invalid keeps the good rows and writes the rejected ones to a rejects file that spreadsheets read as text', async () => {
    const file = write('departments.csv', departments);
    const rejects = path.join(cli.scratch, 'rejects.csv');
    const result = await runBulwark(['import', 'organisations', file, '--org', 'RZZ', '--skip-invalid', '--rejects', rejects, '--as-of', '2026-11-30', '--json'], cli.env);
    expect(result.code, result.stderr).toBe(0);
    const run = JSON.parse(result.stdout) as { status: string; inserted: number; rejected: number; asOf: string };
    expect(run).toMatchObject({ status: 'applied', inserted: 2, rejected: 1 });
    expect(run.asOf.startsWith('2026-11-30T23:59:59')).toBe(true);
    expect(await odsCodesBelowRiverside()).toEqual(['RZZ02', 'RZZ02A', 'RZZ02C']);

    const text = fs.readFileSync(rejects, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('ODS code,Name,Type,Parent ODS code,Problem');
    expect(lines).toHaveLength(2);
    // The formula is written so a spreadsheet shows it as text and never runs it.
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(lines[1]).toMatch(/Type: .*not a type of organisation/);
  });

  it('reads a file through a mapping saved by name', async () => {
    const save = await runBulwark(['import', 'mappings', 'save', 'organisations', 'Estates', '--org', 'RZZ', '--map', 'odsCode=Code', '--map', 'name=Department', '--map', 'type=Kind', '--map', 'parentOdsCode=Within'], cli.env);
    expect(save.code, save.stderr).toBe(0);
    const file = write('estates.csv', 'Code,Department,Kind,Within\nRZZ02D,Radiology,department,RZZ02\n');
    const result = await runBulwark(['import', 'organisations', file, '--org', 'RZZ', '--mapping', 'Estates'], cli.env);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/1 added/);
    expect(await odsCodesBelowRiverside()).toContain('RZZ02D');

    const runs = await runBulwark(['import', 'runs', '--org', 'RZZ', '--json'], cli.env);
    expect((JSON.parse(runs.stdout) as Array<{ mappingName: string | null }>)[0]!.mappingName).toBe('Estates');
  });

  it('refuses an --as-of that is not a date, before reading anything', async () => {
    const file = write('one.csv', 'ODS code,Name,Type,Parent ODS code\nRZZ02E,Pharmacy,department,RZZ02\n');
    const result = await runBulwark(['import', 'organisations', file, '--org', 'RZZ', '--as-of', '2026-02-30', '--json'], cli.env);
    expect(result.code).not.toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, error: 'validation-failed' });
    expect(await odsCodesBelowRiverside()).not.toContain('RZZ02E');
  });
});

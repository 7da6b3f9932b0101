// `bulwark assessment` run as a person runs it: the demo trust's assessments listed with their
// status, and exported as files that open with what the screen shows.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBulwark } from '../support/cli.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { pdfText } from '../support/pdf-text.js';

let database: TestDatabase;
let env: Record<string, string>;
let scratch: string;

interface Listed {
  id: string;
  catalogue: string;
  period: string;
  state: string;
  outcomes: number;
  answered: number;
  countsByLevel: Record<string, number>;
  status: { label: string; state: string; provisional: boolean; below: number };
}

beforeAll(async () => {
  database = await createTestDatabase();
  const target = database.target;
  env = { ...(target.engine === 'sqlite' ? { BULWARK_DATA_DIR: path.dirname(target.file) } : { DATABASE_URL: target.url }), BULWARK_DEMO_PASSWORD: 'demo-password-for-tests-only' };
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-assessment-cli-'));
  const demo = await runBulwark(['demo'], env);
  expect(demo.code, demo.stderr).toBe(0);
}, 120_000);
afterAll(async () => {
  fs.rmSync(scratch, { recursive: true, force: true });
  await database.drop();
});

describe('bulwark assessment', () => {
  let listed: Listed[];

  it('list --json gives each assessment with its catalogue, period, state, counts per level and status', async () => {
    const result = await runBulwark(['assessment', 'list', '--org', 'RZZ', '--json', '--as-of', '2026-12-05'], env);
    expect(result.code, result.stderr).toBe(0);
    listed = JSON.parse(result.stdout) as Listed[];
    expect(listed.map((a) => [a.catalogue, a.period, a.state])).toEqual([
      ['dspt@2025-26', '2025-26', 'in-review'],
      ['dspt@2024-25', '2024-25', 'submitted'],
    ]);
    const current = listed[0]!;
    expect(current).toMatchObject({ outcomes: 47, answered: 32, status: { label: 'Standards Not Met', state: 'below', provisional: true, below: 4 } });
    expect(Object.values(current.countsByLevel).reduce((a, b) => a + b, 0)).toBe(47);
    expect(current.countsByLevel.unanswered).toBe(15);
  }, 60_000);

  it('export writes a workbook and a PDF that open with the outcomes, levels and the review', async () => {
    const id = listed[0]!.id;
    const xlsx = path.join(scratch, 'dspt.xlsx');
    expect((await runBulwark(['assessment', 'export', id, '--format', 'xlsx', '--out', xlsx], env)).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const sheet = book.getWorksheet('Outcomes')!;
    expect(sheet.rowCount).toBe(48);
    expect(sheet.getRow(2).getCell(1).value).toBe('A1.a');

    const pdf = path.join(scratch, 'dspt.pdf');
    const result = await runBulwark(['assessment', 'export', id, '--format', 'pdf', '--out', pdf, '--json'], env);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, format: 'pdf' });
    const text = (await pdfText(new Uint8Array(fs.readFileSync(pdf)))).join('\n');
    expect(text).toContain('Standards Not Met');
    expect(text).toContain('Moderate assurance');
    expect(text).toContain('3 outcomes are rated differently by the reviewer.');
  }, 60_000);

  it('an unknown id is refused with a message saying where ids are found', async () => {
    const result = await runBulwark(['assessment', 'export', 'nope', '--format', 'csv', '--out', path.join(scratch, 'x.csv')], env);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('bulwark assessment list');
    expect(fs.existsSync(path.join(scratch, 'x.csv'))).toBe(false);
  }, 60_000);
});

// `bulwark ropa show` and `bulwark ropa export` run as a person runs them, against a real database: a
// flow of personal data added through the API appears in the record shown as JSON, and the record
// written as an XLSX workbook and a PDF opens with the activity and the controller in it.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordOfProcessing } from '../../src/contract/records-of-processing.js';
import { orgId, signIn } from '../support/app.js';
import { type CliTestApp, createCliTestApp, runBulwark } from '../support/cli.js';
import { pdfText } from '../support/pdf-text.js';

let cli: CliTestApp;
let env: Record<string, string>;
const AS_OF = '2030-06-30';

beforeAll(async () => {
  cli = await createCliTestApp('ropa-cli');
  ({ env } = cli);
  const acute = await orgId(cli.t.app, 'RZZ');
  const iglead = await signIn(cli.t.server, 'iglead@northshire-acute.example');
  const asset = await iglead.post(`/api/v1/orgs/${acute}/assets`, { name: 'Maternity system', type: 'system', criticality: 'high', patientData: true, encryptionAtRest: 'yes' });
  expect(asset.statusCode, asset.body).toBe(201);
  const flow = await iglead.post(`/api/v1/orgs/${acute}/data-flows`, {
    name: 'Maternity data set to NHS England',
    from: { assetId: asset.json<{ id: string }>().id },
    to: { party: 'NHS England' },
    dataCategories: ['identifiers', 'health'],
    purpose: 'National maternity statistics',
    retention: 'As the national data set says',
  });
  expect(flow.statusCode, flow.body).toBe(201);
});
afterAll(() => cli.close());

describe('bulwark ropa', { timeout: 120_000 }, () => {
  it('shows the record as JSON, with the flow as a processing activity', async () => {
    const shown = await runBulwark(['ropa', 'show', '--org', 'RZZ', '--json', '--as-of', AS_OF], env);
    expect(shown.code, shown.stderr).toBe(0);
    const record = JSON.parse(shown.stdout) as RecordOfProcessing;
    expect(record.controller.dpo).toBe('Fatima Begum (dpo@northshire-acute.example)');
    expect(record.activities.find((a) => a.name === 'Maternity data set to NHS England')).toMatchObject({ recipients: 'NHS England', dataCategories: 'Identifiers; Health (special category)' });
  });

  it('writes the record as an XLSX workbook of three sheets', async () => {
    const out = path.join(cli.scratch, 'ropa.xlsx');
    const written = await runBulwark(['ropa', 'export', '--org', 'RZZ', '--format', 'xlsx', '--out', out, '--as-of', AS_OF], env);
    expect(written.code, written.stderr).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Controller', 'Processing activities', 'Assets without flows']);
    const activities = workbook.getWorksheet('Processing activities')!;
    expect(activities.getRow(1).getCell(3).text).toBe('(b) Purpose');
    expect(activities.getRow(2).getCell(1).text).toBe('Maternity data set to NHS England');
  });

  it('writes the record as a PDF naming the controller and the activity', async () => {
    const out = path.join(cli.scratch, 'ropa.pdf');
    const written = await runBulwark(['ropa', 'export', '--org', 'RZZ', '--format', 'pdf', '--out', out, '--as-of', AS_OF], env);
    expect(written.code, written.stderr).toBe(0);
    const text = (await pdfText(new Uint8Array(fs.readFileSync(out)))).join('\n');
    expect(text).toContain('Northshire Hospitals NHS Foundation Trust');
    expect(text).toContain('Maternity data set to NHS England');
    expect(text).toContain('(b) Purpose National maternity statistics');
  });

  it('refuses a format it does not write', async () => {
    const refused = await runBulwark(['ropa', 'export', '--org', 'RZZ', '--format', 'docx', '--out', path.join(cli.scratch, 'x.docx')], env);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/docx/);
  });
});

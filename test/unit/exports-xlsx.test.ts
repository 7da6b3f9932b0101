// An exported workbook reopened as Excel would read it: the sheets, headers and values are there,
// and text that would start a formula is only text.
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ExportCell } from '../../src/platform/exports/export-table.js';
import { MAX_CELL_TEXT_LENGTH, writeXlsx, xlsxBuffer, type XlsxSheet } from '../../src/platform/exports/xlsx-writer.js';
import { DEFAULT_IDENTITY } from '../../src/platform/identity/deployment-identity.js';

const BULWARK = { identity: DEFAULT_IDENTITY };

async function reopened(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** Every row of a sheet as plain values, column A first. */
function valuesOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    rows.push(Array.from({ length: sheet.columnCount }, (_, index) => row.getCell(index + 1).value));
  });
  return rows;
}

const assessment: XlsxSheet = {
  name: 'Assessment 2025/26',
  columns: [{ header: 'Reference', width: 12 }, { header: 'Requirement', width: 60 }, { header: 'Met' }, { header: 'Score' }, { header: 'Reviewed' }],
  rows: [
    ['1.1.1', 'Staff have signed the data security policy', true, 3, new Date('2026-03-31T09:30:00Z')],
    ['1.1.2', 'Zoë checked the Information Asset Register', false, -2, null],
  ],
};

describe('writing an XLSX export', () => {
  it('holds each sheet with its headers and values, in order', async () => {
    const workbook = await reopened(
      await xlsxBuffer([assessment, { name: 'Evidence', columns: [{ header: 'Document' }], rows: [['Policy v3.pdf']] }], BULWARK),
    );
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Assessment 2025-26', 'Evidence']);
    const [first, second] = workbook.worksheets;
    expect(valuesOf(first!)).toEqual([
      ['Reference', 'Requirement', 'Met', 'Score', 'Reviewed'],
      ['1.1.1', 'Staff have signed the data security policy', true, 3, '2026-03-31T09:30:00.000Z'],
      ['1.1.2', 'Zoë checked the Information Asset Register', false, -2, null],
    ]);
    expect(valuesOf(second!)).toEqual([['Document'], ['Policy v3.pdf']]);
  });

  it.each([
    ['a DDE payload', "=cmd|' /C calc'!A0"],
    ['a plus sign', '+1'],
    ['a minus sign', '-2'],
    ['an at sign', '@SUM(A1)'],
    ['a tab before a formula', '\t=1+1'],
  ])('shows %s as text starting with an apostrophe, never as a formula', async (_, text) => {
    const workbook = await reopened(await xlsxBuffer([{ name: 'Hostile', columns: [{ header: text }], rows: [[text]] }], BULWARK));
    for (const row of [1, 2]) {
      const cell = workbook.worksheets[0]!.getCell(row, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(`'${text}`);
    }
  });

  it('keeps numbers the export produced, negative ones too, as numbers', async () => {
    const workbook = await reopened(await xlsxBuffer([{ name: 'Scores', columns: [{ header: 'Change' }], rows: [[-5], [Number.NaN]] }], BULWARK));
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('A2').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell('A2').value).toBe(-5);
    expect(sheet.getCell('A3').value).toBeNull();
  });

  it.each([
    ['Bulwark by default', DEFAULT_IDENTITY, 'Bulwark'],
    ['the organisation running the service when it is named', { serviceName: 'Cyber Hub', organisationName: 'Northshire Care Ltd' }, 'Northshire Care Ltd'],
  ])('is authored by %s', async (_, identity, author) => {
    const workbook = await reopened(await xlsxBuffer([assessment], { identity }));
    expect(workbook.creator).toBe(author);
    expect(workbook.lastModifiedBy).toBe(author);
  });

  it('is made by Bulwark, with the header row frozen and filter buttons on it', async () => {
    const workbook = await reopened(await xlsxBuffer([assessment], { created: new Date('2026-12-05T14:03:00Z'), identity: DEFAULT_IDENTITY }));
    expect(workbook.creator).toBe('Bulwark');
    expect(workbook.created.toISOString()).toBe('2026-12-05T14:03:00.000Z');
    const sheet = workbook.worksheets[0]!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:E1');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getColumn(2).width).toBe(60);
  });

  it('leaves the header free and unfiltered when asked', async () => {
    const workbook = await reopened(await xlsxBuffer([{ ...assessment, freezeHeader: false, autoFilter: false }], BULWARK));
    const sheet = workbook.worksheets[0]!;
    expect((sheet.views ?? []).some((view) => view.state === 'frozen')).toBe(false);
    expect(sheet.autoFilter).toBeUndefined();
  });

  it('gives two sheets asking for the same name different names', async () => {
    const sheet = { columns: [{ header: 'A' }], rows: [] };
    const workbook = await reopened(await xlsxBuffer([{ ...sheet, name: 'Findings' }, { ...sheet, name: 'findings' }], BULWARK));
    expect(workbook.worksheets.map((each) => each.name)).toEqual(['Findings', 'findings (2)']);
  });

  it('cuts text longer than Excel holds in a cell, and says so with an ellipsis', async () => {
    const workbook = await reopened(await xlsxBuffer([{ name: 'Long', columns: [{ header: 'Narrative' }], rows: [['x'.repeat(40_000)]] }], BULWARK));
    const value = workbook.worksheets[0]!.getCell('A2').value as string;
    expect(value).toHaveLength(MAX_CELL_TEXT_LENGTH);
    expect(value.endsWith('x…')).toBe(true);
  });

  it('streams rows from an async source into a slow output, every row arriving in order', async () => {
    const chunks: Buffer[] = [];
    let timesFull = 0;
    const output = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        setImmediate(done);
      },
    });
    output.on('drain', () => (timesFull += 1));
    async function* rows(): AsyncGenerator<ExportCell[]> {
      for (let index = 1; index <= 3000; index += 1) yield [index, `Asset ${index}`];
    }
    await writeXlsx(output, [{ name: 'Assets', columns: [{ header: 'Number' }, { header: 'Name' }], rows: rows() }], BULWARK);
    expect(output.writableFinished).toBe(true);
    expect(timesFull).toBeGreaterThan(0);
    const values = valuesOf((await reopened(Buffer.concat(chunks))).worksheets[0]!);
    expect(values).toHaveLength(3001);
    expect(values[1]).toEqual([1, 'Asset 1']);
    expect(values[3000]).toEqual([3000, 'Asset 3000']);
  });
});

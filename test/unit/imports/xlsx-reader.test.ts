// Reading one sheet of a workbook as a source, and refusing the workbooks built to hurt the reader.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ValidationFailed } from '../../../src/platform/errors.js';
import type { SourceRecord } from '../../../src/platform/imports/types.js';
import { readXlsx, type XlsxReadOptions } from '../../../src/platform/imports/xlsx-reader.js';
import { zipOf } from '../../support/zip-archive.js';

type CellSpec = string | number | boolean | null | Date | { value: ExcelJS.CellValue; numFmt: string };

/** A workbook written by the spreadsheet library, one sheet per entry, rows from row 1. */
async function workbookOf(sheets: Record<string, CellSpec[][]>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((row, r) =>
      row.forEach((spec, c) => {
        if (spec === null) return;
        const cell = sheet.getCell(r + 1, c + 1);
        if (typeof spec === 'object' && !(spec instanceof Date)) {
          cell.value = spec.value;
          cell.numFmt = spec.numFmt;
        } else cell.value = spec;
      }),
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function xlsx(bytes: Buffer, options: XlsxReadOptions = {}) {
  const reader = await readXlsx(bytes, options);
  const records: SourceRecord[] = [];
  for await (const record of reader.records) records.push(record);
  return { headers: reader.headers, records };
}

async function refusal(bytes: Buffer, options: XlsxReadOptions = {}): Promise<ValidationFailed> {
  const error = await xlsx(bytes, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error instanceof ValidationFailed) return error;
  throw new Error(`expected a ValidationFailed, got ${String(error)}`);
}

const december5 = (hours = 0, minutes = 0) => new Date(Date.UTC(2026, 11, 5, hours, minutes));

describe('reading a sheet of a workbook', () => {
  it('takes the first row with a value as the headings and numbers rows as the sheet does', async () => {
    const bytes = await workbookOf({
      Staff: [[], ['  Employee number ', 'Email', 'Ward'], [1001, ' a@trust.nhs.uk ', 'Ward 5'], [], [1002, 'b@trust.nhs.uk']],
    });
    const { headers, records } = await xlsx(bytes);
    expect(headers).toEqual(['Employee number', 'Email', 'Ward']);
    expect(records).toEqual([
      { row: 3, cells: ['1001', 'a@trust.nhs.uk', 'Ward 5'] },
      // The sheet leaves out the empty cell at the end: it is an empty value, not a short row.
      { row: 5, cells: ['1002', 'b@trust.nhs.uk', ''] },
    ]);
  });

  it('passes a row with values beyond the headings on as a longer row', async () => {
    const { records } = await xlsx(await workbookOf({ Staff: [['a', 'b'], [1, 2, 3]] }));
    expect(records[0]!.cells).toEqual(['1', '2', '3']);
  });

  it('reads the sheet named, by its name on the tab, and says which sheets there are when it is missing', async () => {
    const bytes = await workbookOf({ Notes: [['Read me']], 'Staff list': [['Name'], ['Priya']] });
    expect((await xlsx(bytes, { sheet: 'Staff list' })).records).toEqual([{ row: 2, cells: ['Priya'] }]);
    expect((await xlsx(bytes, { sheet: 'staff LIST' })).headers).toEqual(['Name']);
    expect((await xlsx(bytes)).headers).toEqual(['Read me']);
    const error = await refusal(bytes, { sheet: 'Leavers' });
    expect(error.errors[0]).toMatchObject({ field: 'sheet', value: 'Leavers', message: 'The workbook has no sheet called "Leavers". Its sheets are: "Notes", "Staff list".' });
  });

  it('gives dates as the person who made the sheet sees them', async () => {
    const bytes = await workbookOf({
      Training: [
        ['Course', 'Completed', 'Completed at', 'Due', 'Expires'],
        [
          'Data Security Awareness',
          { value: december5(), numFmt: 'dd/mm/yyyy' },
          { value: december5(9, 15), numFmt: 'dd/mm/yyyy hh:mm' },
          { value: december5(), numFmt: 'mm-dd-yy' },
          { value: december5(), numFmt: 'd mmm yyyy' },
        ],
      ],
    });
    const { records } = await xlsx(bytes);
    expect(records[0]!.cells).toEqual(['Data Security Awareness', '05/12/2026', '05/12/2026 09:15', '05/12/2026', '5 Dec 2026']);
  });

  it('gives __proto__ and constructor headings no power over any object', async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const { headers, records } = await xlsx(await workbookOf({ S: [['__proto__', 'constructor'], ['{"polluted":true}', 'x']] }));
    expect(headers).toEqual(['__proto__', 'constructor']);
    expect(records[0]!.cells).toEqual(['{"polluted":true}', 'x']);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
  });
});

describe('refusing workbooks that cannot be read safely or as they are', () => {
  it('refuses a zip bomb before the spreadsheet library sees it', async () => {
    const bomb = zipOf([
      { name: '[Content_Types].xml', content: Buffer.from('<Types/>') },
      { name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(100 * 1024 * 1024, 0x20) },
    ]);
    const error = await refusal(bomb, { fileLabel: 'staff.xlsx' });
    expect(error.message).toBe('staff.xlsx cannot be read safely');
    expect(error.errors[0]!.message).toMatch(/unpacks to 100\.0 MiB/);
  });

  it('refuses a workbook whose XML declares a DTD (an entity attack)', async () => {
    const xxe = zipOf([
      { name: '[Content_Types].xml', content: Buffer.from('<Types/>') },
      { name: 'xl/workbook.xml', content: Buffer.from('<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]><workbook>&x;</workbook>') },
    ]);
    const error = await refusal(xxe);
    expect(error.errors[0]).toMatchObject({ field: 'part "xl/workbook.xml"' });
    expect(error.errors[0]!.message).toMatch(/DTD or entities/);
  });

  it('refuses a file that is not a workbook at all', async () => {
    expect((await refusal(Buffer.from('Name,Email\n'))).errors[0]!.message).toMatch(/not an \.xlsx workbook/);
  });

  it('refuses an empty sheet, a column without a heading and two columns with the same one', async () => {
    expect((await refusal(await workbookOf({ Empty: [] }))).errors[0]!.message).toMatch(/Sheet "Empty" is empty/);
    expect((await refusal(await workbookOf({ S: [['a', null, 'c']] }))).errors[0]).toMatchObject({ row: 1, column: 'B' });
    expect((await refusal(await workbookOf({ S: [[], ['Email', 'EMAIL']] }))).errors[0]).toMatchObject({ row: 2, column: 'B (EMAIL)' });
  });

  it('refuses more rows than the limit, naming the first row past it', async () => {
    const bytes = await workbookOf({ S: [['a'], [1], [2], [], [3]] });
    expect((await xlsx(bytes, { limits: { maxRows: 3 } })).records).toHaveLength(3);
    expect((await refusal(bytes, { limits: { maxRows: 2 } })).errors[0]).toMatchObject({ row: 5 });
  });

  it('refuses more columns than the limit, and a value beyond them rather than dropping it', async () => {
    expect((await refusal(await workbookOf({ S: [['a', 'b', 'c', 'd']] }), { limits: { maxColumns: 3 } })).errors[0]!.message).toBe('A sheet has a row of more than 3 cells; this import accepts at most 3 columns.');
    const error = await refusal(await workbookOf({ S: [['a', 'b'], [1, null, null, null, 'stray']] }), { limits: { maxColumns: 3 } });
    expect(error.errors[0]).toMatchObject({ row: 2, column: 'E' });
    expect(error.errors[0]!.message).toBe('Sheet "S" has a value in column E, beyond the 3 columns accepted.');
  });

  it('refuses a value longer than the limit, naming its row and column', async () => {
    const error = await refusal(await workbookOf({ S: [['Name', 'Note'], ['x', 'y'.repeat(11)]] }), { limits: { maxFieldChars: 10 } });
    expect(error.errors[0]).toMatchObject({ row: 2, column: 'B (Note)' });
  });

  it('refuses a workbook larger than the byte limit', async () => {
    const bytes = await workbookOf({ S: [['a'], ['b']] });
    expect((await refusal(bytes, { limits: { maxBytes: 1000 } })).errors[0]!.message).toMatch(/larger than 1000 bytes, the most accepted for a workbook/);
  });
});

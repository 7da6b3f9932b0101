// Opening a file for import: the reader is chosen by its format, and a workbook is read into memory
// only up to the workbook limit.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ValidationFailed } from '../../../src/platform/errors.js';
import { formatFromName, openSource, type SourceInput } from '../../../src/platform/imports/open-source.js';
import { MAX_XLSX_BYTES } from '../../../src/platform/imports/safe-xlsx.js';
import type { SourceFormat, SourceReader, SourceRecord } from '../../../src/platform/imports/types.js';

const once = (content: string | Buffer) => () => Readable.from([Buffer.from(content)], { objectMode: false });

async function all(reader: SourceReader): Promise<SourceRecord[]> {
  const records: SourceRecord[] = [];
  for await (const record of reader.records) records.push(record);
  return records;
}

async function refusal(input: SourceInput): Promise<ValidationFailed> {
  // A fault is found when the file is opened or as its records are read, whichever reaches it first.
  const error = await openSource(input)
    .then(async (reader) => {
      await all(reader);
    })
    .then(
      () => undefined,
      (e: unknown) => e,
    );
  if (error instanceof ValidationFailed) return error;
  throw new Error(`expected a ValidationFailed, got ${String(error)}`);
}

describe('opening a file for import', () => {
  it.each([
    ['staff.csv', 'csv'],
    ['ESR extract.TXT', 'csv'],
    ['Training 2026.xlsx', 'xlsx'],
    ['sentinel-alerts.ndjson', 'ndjson'],
    ['splunk.jsonl', 'ndjson'],
    ['old.xls', undefined],
    ['kev.json', 'json'],
    ['no-extension', undefined],
    ['archive.csv.zip', undefined],
    ['x.__proto__', undefined],
  ])('the name %s says the format is %s', (name, format) => {
    expect(formatFromName(name)).toBe(format as SourceFormat | undefined);
  });

  it('reads CSV with the declared delimiter and encoding', async () => {
    const reader = await openSource({ open: once(Buffer.from([0x61, 0x3b, 0x62, 0x0a, 0xa3, 0x35, 0x3b, 0xe9, 0x0a])), format: 'csv', delimiter: ';', encoding: 'windows-1252' });
    expect(reader.headers).toEqual(['a', 'b']);
    expect(await all(reader)).toEqual([{ row: 2, cells: ['£5', 'é'] }]);
  });

  it('reads NDJSON with the fields asked for', async () => {
    const reader = await openSource({ open: once('{"a":1,"b":2}\n'), format: 'ndjson', fields: ['b'] });
    expect(await all(reader)).toEqual([{ row: 1, cells: ['2'] }]);
  });

  it('reads a workbook from a stream, the sheet asked for', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Cover').addRow(['Extract of 5 December']);
    const staff = workbook.addWorksheet('Staff');
    staff.addRow(['Name']);
    staff.addRow(['Priya Shah']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const reader = await openSource({ open: once(bytes), format: 'xlsx', sheet: 'Staff' });
    expect(await all(reader)).toEqual([{ row: 2, cells: ['Priya Shah'] }]);
    expect(reader.bytesRead()).toBe(bytes.length);
  });

  it('stops reading a workbook stream as soon as it passes the workbook limit', async () => {
    let produced = 0;
    const chunk = Buffer.alloc(256 * 1024, 0x50);
    async function* huge() {
      for (let sent = 0; sent < 4 * MAX_XLSX_BYTES; sent += chunk.length) {
        produced += chunk.length;
        yield chunk;
      }
    }
    const error = await refusal({ open: () => Readable.from(huge(), { objectMode: false }), format: 'xlsx', fileLabel: 'staff.xlsx' });
    expect(error.message).toBe('staff.xlsx cannot be read');
    expect(error.errors[0]!.message).toBe('The workbook is larger than 10 MiB, the most accepted for a workbook. Save the sheet as "CSV UTF-8 (Comma delimited)" and import that instead.');
    expect(produced).toBeLessThanOrEqual(MAX_XLSX_BYTES + 2 * chunk.length);
  });

  it('names the file in its refusals, with the row and column where the fault is', async () => {
    const error = await refusal({ open: once('Name,Email\n1,"open\n'), format: 'csv', fileLabel: 'staff.csv' });
    expect(error.message).toBe('staff.csv cannot be read');
    expect(error.errors[0]).toMatchObject({ field: 'row 2, column B (Email)', row: 2, column: 'B (Email)' });
  });

  it('refuses a format it does not read, and limits looser than the defaults', async () => {
    expect((await refusal({ open: once('x'), format: 'yaml' as SourceFormat })).errors[0]).toMatchObject({ field: 'format', value: 'yaml' });
    expect((await refusal({ open: once('a\n1\n'), format: 'csv', limits: { maxRows: 10_000_001 } })).errors[0]).toMatchObject({ field: 'limits.maxRows' });
  });
});

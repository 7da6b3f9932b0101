// CSV exports. The writer the import pipeline uses for rejects files already does what an export
// needs (byte order mark, CRLF, RFC 4180 quoting, neutralised cells), so this wraps it rather than
// keeping a second copy: a table goes in, the file comes out.
import type { Writable } from 'node:stream';
import { createCsvWriter } from '../imports/csv-writer.js';
import { plainCell, type ExportTable } from './export-table.js';
import { memoryOutput } from './memory-output.js';

export { createCsvWriter, csvLine, type CsvWriter } from '../imports/csv-writer.js';

/** Writes the table to `output` as CSV (header line, then one line per row) and ends the stream. */
export async function writeCsv(output: Writable, table: ExportTable): Promise<void> {
  const writer = createCsvWriter(output);
  await writer.writeRow(table.columns.map((column) => column.header));
  for await (const row of table.rows) await writer.writeRow(row.map(plainCell));
  await writer.end();
}

/** The table as CSV bytes, for a response small enough to hold in memory. */
export async function csvBuffer(table: ExportTable): Promise<Buffer> {
  const { output, bytes } = memoryOutput();
  await writeCsv(output, table);
  return bytes();
}

// A file an export hands back: its name, media type and bytes, and one table written as a CSV file or
// a one-sheet workbook, so every module's list exports name and type their files the same way.
import { csvBuffer } from './csv-export.js';
import type { IdentityNames } from '../identity/deployment-identity.js';
import type { ExportTable } from './export-table.js';
import { xlsxBuffer } from './xlsx-writer.js';

export interface ExportedFile {
  fileName: string;
  mediaType: string;
  bytes: Buffer;
}

export const MEDIA_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
} as const;

/** The formats a list exports as. */
export const LIST_FORMATS = ['xlsx', 'csv'] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

/** A table as `<name>-<as-of date>.csv`, or `.xlsx` with one sheet called `sheet`, the deployment's workbook. */
export async function tableFile(name: string, sheet: string, table: ExportTable, format: ListFormat, asOf: Date, identity: IdentityNames): Promise<ExportedFile> {
  const fileName = `${name}-${asOf.toISOString().slice(0, 10)}.${format}`;
  if (format === 'csv') return { fileName, mediaType: MEDIA_TYPES.csv, bytes: await csvBuffer(table) };
  return { fileName, mediaType: MEDIA_TYPES.xlsx, bytes: await xlsxBuffer([{ name: sheet, ...table }], { created: asOf, identity }) };
}

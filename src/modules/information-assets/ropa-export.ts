// The record of processing as a file: an XLSX workbook (the controller, the processing activities,
// the assets without flows), a CSV file of the activities, or an A4 PDF with the controller's block,
// one table per activity (a wide table of nineteen columns does not read on A4) and the assets
// without flows. Every format holds the same words, Art 30 letters in the headings.
import {
  ROPA_ACTIVITY_FIELDS,
  ROPA_ACTIVITY_HEADINGS,
  ROPA_ASSET_FIELDS,
  ROPA_ASSET_HEADINGS,
  ROPA_CONTROLLER_FIELDS,
  ROPA_CONTROLLER_HEADINGS,
  type RecordOfProcessing,
  type RopaExportFormat,
} from '../../contract/records-of-processing.js';
import type { Db } from '../../platform/db/database.js';
import { csvBuffer } from '../../platform/exports/csv-export.js';
import type { ExportTable } from '../../platform/exports/export-table.js';
import { type ExportedFile, MEDIA_TYPES } from '../../platform/exports/exported-file.js';
import { renderPdfReport } from '../../platform/exports/pdf-report.js';
import { xlsxBuffer } from '../../platform/exports/xlsx-writer.js';
import { completeActivities } from './domain/ropa.js';
import { recordOfProcessing } from './ropa-reading.js';
import type { IdentityNames } from '../../platform/identity/deployment-identity.js';

export const ROPA_TITLE = 'Record of processing activities';
const AS_OF_HEADING = 'Record as of';
const asOfDay = (record: RecordOfProcessing) => record.asOf.slice(0, 10);

function controllerRows(record: RecordOfProcessing): Array<[string, string]> {
  return [...ROPA_CONTROLLER_FIELDS.map((f): [string, string] => [ROPA_CONTROLLER_HEADINGS[f], record.controller[f]]), [AS_OF_HEADING, record.asOf]];
}

export function activitiesTable(record: RecordOfProcessing): ExportTable {
  return {
    columns: ROPA_ACTIVITY_FIELDS.map((f) => ({ header: ROPA_ACTIVITY_HEADINGS[f], width: f === 'security' || f === 'dataCategories' ? 50 : 30 })),
    rows: record.activities.map((a) => ROPA_ACTIVITY_FIELDS.map((f) => a[f])),
  };
}

function unflowedTable(record: RecordOfProcessing): ExportTable {
  return {
    columns: ROPA_ASSET_FIELDS.map((f) => ({ header: ROPA_ASSET_HEADINGS[f], width: f === 'security' ? 50 : 30 })),
    rows: record.unflowedAssets.map((a) => ROPA_ASSET_FIELDS.map((f) => a[f])),
  };
}

async function workbook(record: RecordOfProcessing, identity: IdentityNames): Promise<Buffer> {
  const controller: ExportTable = { columns: [{ header: 'Art 30(1)(a)', width: 40 }, { header: 'Recorded', width: 60 }], rows: controllerRows(record) };
  return xlsxBuffer(
    [
      { name: 'Controller', ...controller, autoFilter: false },
      { name: 'Processing activities', ...activitiesTable(record) },
      { name: 'Assets without flows', ...unflowedTable(record) },
    ],
    { created: new Date(record.asOf), identity },
  );
}

async function pdf(record: RecordOfProcessing, identity: IdentityNames): Promise<Buffer> {
  const { complete, of } = completeActivities(record.activities);
  const twoColumns = [
    { header: 'Field', width: 0.35 },
    { header: 'Recorded', width: 0.65 },
  ];
  const activityFields = ROPA_ACTIVITY_FIELDS.filter((f) => f !== 'name');
  const bytes = await renderPdfReport({
    identity,
    title: ROPA_TITLE,
    subtitle: record.controller.controller,
    subject: `${ROPA_TITLE} (UK GDPR Article 30) of ${record.controller.controller}`,
    generatedAt: new Date(record.asOf),
    meta: [
      ['Organisation', record.controller.controller],
      [AS_OF_HEADING, asOfDay(record)],
      ['Processing activities', `${of}; ${complete} with every Art 30 field recorded`],
      ['Assets without a flow', String(record.unflowedAssets.length)],
    ],
    sections: [
      { heading: 'Controller', table: { columns: twoColumns, rows: controllerRows(record).slice(0, -1) } },
      ...(record.activities.length
        ? record.activities.map((a) => ({
            heading: a.name,
            ...(a.missing.length ? { paragraphs: [`Not recorded: ${a.missing.join('; ')}.`] } : {}),
            table: { columns: twoColumns, rows: activityFields.map((f) => [ROPA_ACTIVITY_HEADINGS[f], a[f]]) },
          }))
        : [{ heading: 'Processing activities', paragraphs: ['No live data flow carries personal data.'] }]),
      {
        heading: 'Information assets holding personal data without a data flow',
        paragraphs: [
          record.unflowedAssets.length
            ? 'Holding personal data is processing too: these assets have no data flow to say why they hold it.'
            : 'Every information asset holding personal data is named by a live data flow.',
        ],
        ...(record.unflowedAssets.length
          ? { table: { columns: ROPA_ASSET_FIELDS.map((f) => ({ header: ROPA_ASSET_HEADINGS[f], width: f === 'security' ? 0.35 : 0.22 })), rows: record.unflowedAssets.map((a) => ROPA_ASSET_FIELDS.map((f) => a[f])) } }
          : {}),
      },
    ],
  });
  return Buffer.from(bytes);
}

/** The record of processing as of the instant, in the format asked for. */
export async function exportRecordOfProcessing(db: Db, orgId: string, format: RopaExportFormat, asOf: Date, identity: IdentityNames): Promise<ExportedFile> {
  const record = await recordOfProcessing(db, orgId, asOf);
  const fileName = `records-of-processing-${asOfDay(record)}.${format}`;
  if (format === 'csv') return { fileName, mediaType: MEDIA_TYPES.csv, bytes: await csvBuffer(activitiesTable(record)) };
  if (format === 'pdf') return { fileName, mediaType: MEDIA_TYPES.pdf, bytes: await pdf(record, identity) };
  return { fileName, mediaType: MEDIA_TYPES.xlsx, bytes: await workbook(record, identity) };
}

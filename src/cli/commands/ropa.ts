// bulwark ropa: the record of processing activities (UK GDPR Art 30) as of a date (--as-of), shown or
// written as an XLSX workbook, a CSV file of the activities or a PDF. Worked out from the register's
// data flows and assets; the controller's and DPO's details are changed through the API.
import fs from 'node:fs';
import path from 'node:path';
import { type Command, Option } from 'commander';
import { ROPA_ACTIVITY_FIELDS, ROPA_ACTIVITY_HEADINGS, ROPA_CONTROLLER_FIELDS, ROPA_CONTROLLER_HEADINGS, ROPA_EXPORT_FORMATS, type RopaExportFormat } from '../../contract/records-of-processing.js';
import * as assets from '../../modules/information-assets/service.js';
import * as organisations from '../../modules/organisations/service.js';
import { ValidationFailed } from '../../platform/errors.js';
import { asOfFor } from '../as-of.js';
import { print, withApp } from '../output.js';

const needOrg = (org: string | undefined): string => {
  if (!org) throw new ValidationFailed('Say which organisation: --org <id-or-ods>.');
  return org;
};

export function ropaCommands(program: Command) {
  const command = program.command('ropa').description('the record of processing activities (UK GDPR Art 30), worked out from the data flows and assets');

  command
    .command('show')
    .description('the record as of a date (--as-of): the controller, each processing activity and the assets holding personal data without a data flow')
    .option('--org <id-or-ods>', 'the organisation (required)')
    .option('--json', 'print JSON')
    .action(async (opts: { org?: string; json?: boolean }, self: Command) => {
      const org = needOrg(opts.org);
      const asOf = asOfFor(self);
      const record = await withApp(async (app) => assets.recordOfProcessing(app.db, (await organisations.resolveOrganisation(app.db, org)).id, asOf));
      print(opts.json, record, () =>
        [
          `Record of processing activities as of ${record.asOf.slice(0, 10)}`,
          ...ROPA_CONTROLLER_FIELDS.map((f) => `${ROPA_CONTROLLER_HEADINGS[f]}: ${record.controller[f]}`),
          ...record.activities.flatMap((a) => ['', ...ROPA_ACTIVITY_FIELDS.map((f) => `  ${ROPA_ACTIVITY_HEADINGS[f]}: ${a[f]}`)]),
          '',
          `Information assets holding personal data without a data flow: ${record.unflowedAssets.map((a) => a.name).join('; ') || 'none'}`,
        ].join('\n'),
      );
    });

  command
    .command('export')
    .description('write the record as of a date (--as-of) as an XLSX workbook, a CSV file of the activities or a PDF')
    .option('--org <id-or-ods>', 'the organisation (required)')
    .addOption(new Option('--format <format>', 'the file format').choices([...ROPA_EXPORT_FORMATS]).default('xlsx'))
    .option('--out <file>', 'where to write it (required)')
    .option('--json', 'print JSON')
    .action(async (opts: { org?: string; format: RopaExportFormat; out?: string; json?: boolean }, self: Command) => {
      const org = needOrg(opts.org);
      if (!opts.out) throw new ValidationFailed('Say where to write the file: --out <file>.');
      const asOf = asOfFor(self);
      const out = path.resolve(opts.out);
      const file = await withApp(async (app) => assets.exportRecordOfProcessing(app.db, (await organisations.resolveOrganisation(app.db, org)).id, opts.format, asOf, app.identity));
      fs.writeFileSync(out, file.bytes);
      print(opts.json, { file: out, bytes: file.bytes.length, format: opts.format }, () => `Wrote ${out} (${file.bytes.length} bytes).`);
    });
}

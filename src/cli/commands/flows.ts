// bulwark flows: the organisation's data flows as CSV or XLSX, under the headings the import reads.
// Files come in with `bulwark import flows`; the flows' flags are in `bulwark assets flags`.
import fs from 'node:fs';
import path from 'node:path';
import { type Command, Option } from 'commander';
import * as assets from '../../modules/information-assets/service.js';
import * as organisations from '../../modules/organisations/service.js';
import { ValidationFailed } from '../../platform/errors.js';
import { asOfFor } from '../as-of.js';
import { print, withApp } from '../output.js';

export function flowCommands(program: Command) {
  const command = program.command('flows').description('data flows between the information assets, suppliers and other organisations: exports');

  command
    .command('export')
    .description('write the live data flows, with their flags as of a date (--as-of), as an XLSX workbook or a CSV file under the headings the import reads')
    .option('--org <id-or-ods>', 'the organisation (required)')
    .addOption(new Option('--format <format>', 'the file format').choices([...assets.EXPORT_FORMATS]).default('xlsx'))
    .option('--out <file>', 'where to write it (required)')
    .option('--json', 'print JSON')
    .action(async (opts: { org?: string; format: 'xlsx' | 'csv'; out?: string; json?: boolean }, self: Command) => {
      if (!opts.org) throw new ValidationFailed('Say which organisation: --org <id-or-ods>.');
      if (!opts.out) throw new ValidationFailed('Say where to write the file: --out <file>.');
      const asOf = asOfFor(self);
      const out = path.resolve(opts.out);
      const file = await withApp(async (app) => assets.exportFlows(app.db, (await organisations.resolveOrganisation(app.db, opts.org!)).id, opts.format, asOf));
      fs.writeFileSync(out, file.bytes);
      print(opts.json, { file: out, bytes: file.bytes.length, format: opts.format }, () => `Wrote ${out} (${file.bytes.length} bytes).`);
    });
}

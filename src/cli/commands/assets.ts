// bulwark assets: the information asset register's risk flags as of a date, and the register or the
// suppliers as CSV or XLSX. Files come in with `bulwark import assets|suppliers`.
import fs from 'node:fs';
import path from 'node:path';
import { type Command, Option } from 'commander';
import { FLAG_RULE_LABELS, REGISTER_ACTION_STATUS_LABELS } from '../../contract/information-assets.js';
import * as assets from '../../modules/information-assets/service.js';
import * as organisations from '../../modules/organisations/service.js';
import { ValidationFailed } from '../../platform/errors.js';
import { asOfFor } from '../as-of.js';
import { print, withApp } from '../output.js';

export function assetCommands(program: Command) {
  const command = program.command('assets').description('the information asset register and suppliers: risk flags and exports');

  command
    .command('flags')
    .description('every risk flag of the register and its suppliers as of a date (--as-of), with how many each rule raised and where the action made from each stands')
    .option('--org <id-or-ods>', 'the organisation (required)')
    .option('--json', 'print JSON')
    .action(async (opts: { org?: string; json?: boolean }, self: Command) => {
      if (!opts.org) throw new ValidationFailed('Say which organisation: --org <id-or-ods>.');
      const asOf = asOfFor(self);
      const report = await withApp(async (app) => assets.registerFlags(app.db, (await organisations.resolveOrganisation(app.db, opts.org!)).id, asOf));
      print(opts.json, report, () =>
        [
          `${report.flags.length} flags as of ${report.asOf.slice(0, 10)}`,
          ...report.counts.filter((c) => c.count).map((c) => `  ${String(c.count).padStart(4)}  ${c.label}`),
          // The action column: where the action made from the flag stands, or a dash when none has been made.
          ...report.flags.map((f) => `${f.severity.padEnd(6)} ${(f.actionStatus ? REGISTER_ACTION_STATUS_LABELS[f.actionStatus] : '-').padEnd(11)} ${f.subject.name}: ${FLAG_RULE_LABELS[f.rule]}. ${f.reason}`),
        ].join('\n'),
      );
    });

  command
    .command('export')
    .description('write the live register (or, with --suppliers, the suppliers) as an XLSX workbook or a CSV file, under the headings the import reads')
    .option('--org <id-or-ods>', 'the organisation (required)')
    .option('--suppliers', 'the suppliers rather than the assets')
    .addOption(new Option('--format <format>', 'the file format').choices([...assets.EXPORT_FORMATS]).default('xlsx'))
    .option('--out <file>', 'where to write it (required)')
    .option('--json', 'print JSON')
    .action(async (opts: { org?: string; suppliers?: boolean; format: 'xlsx' | 'csv'; out?: string; json?: boolean }, self: Command) => {
      if (!opts.org) throw new ValidationFailed('Say which organisation: --org <id-or-ods>.');
      if (!opts.out) throw new ValidationFailed('Say where to write the file: --out <file>.');
      const asOf = asOfFor(self);
      const out = path.resolve(opts.out);
      const file = await withApp(async (app) => {
        const orgId = (await organisations.resolveOrganisation(app.db, opts.org!)).id;
        return opts.suppliers ? assets.exportSuppliers(app.db, orgId, opts.format, asOf, app.identity) : assets.exportAssets(app.db, orgId, opts.format, asOf, app.identity);
      });
      fs.writeFileSync(out, file.bytes);
      print(opts.json, { file: out, bytes: file.bytes.length, format: opts.format }, () => `Wrote ${out} (${file.bytes.length} bytes).`);
    });
}

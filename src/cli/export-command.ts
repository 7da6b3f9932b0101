// `<command> export --org --format --out`: one way for every register to be written to a file, as of
// the date the program is given. The command says what to write; this reads the options, opens the
// app, resolves the organisation and writes the file.
import fs from 'node:fs';
import path from 'node:path';
import { type Command, Option } from 'commander';
import type { OpenedApp } from '../app/bootstrap.js';
import * as organisations from '../modules/organisations/service.js';
import type { ExportedFile, ListFormat } from '../platform/exports/exported-file.js';
import { LIST_FORMATS } from '../platform/exports/exported-file.js';
import { ValidationFailed } from '../platform/errors.js';
import { asOfFor } from './as-of.js';
import { print, withApp } from './output.js';

export function exportSubcommand(parent: Command, description: string, write: (app: OpenedApp, orgId: string, format: ListFormat, asOf: Date) => Promise<ExportedFile>): Command {
  return parent
    .command('export')
    .description(description)
    .option('--org <id-or-ods>', 'the organisation (required)')
    .addOption(new Option('--format <format>', 'the file format').choices([...LIST_FORMATS]).default('xlsx'))
    .option('--out <file>', 'where to write it (required)')
    .option('--json', 'print JSON')
    .action(async (opts: { org?: string; format: ListFormat; out?: string; json?: boolean }, self: Command) => {
      if (!opts.org) throw new ValidationFailed('Say which organisation: --org <id-or-ods>.');
      if (!opts.out) throw new ValidationFailed('Say where to write the file: --out <file>.');
      const asOf = asOfFor(self);
      const out = path.resolve(opts.out);
      const file = await withApp(async (app) => write(app, (await organisations.resolveOrganisation(app.db, opts.org!)).id, opts.format, asOf));
      fs.writeFileSync(out, file.bytes);
      print(opts.json, { file: out, bytes: file.bytes.length, format: opts.format }, () => `Wrote ${out} (${file.bytes.length} bytes).`);
    });
}

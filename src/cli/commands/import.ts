// bulwark import <kind> <file>: brings a file into an organisation through the import pipeline, with a
// progress bar on a terminal; and the mappings and runs that go with it.
import fs from 'node:fs';
import path from 'node:path';
import { type Command, Option } from 'commander';
import { SingleBar } from 'cli-progress';
import * as organisations from '../../modules/organisations/service.js';
import * as imports from '../../modules/imports/service.js';
import { ValidationFailed } from '../../platform/errors.js';
import { importKinds } from '../../platform/imports/import-kinds.js';
import type { ColumnMapping, SourceEncoding, SourceFormat } from '../../platform/imports/types.js';
import { asOfFor } from '../as-of.js';
import { cliActor, print, withApp } from '../output.js';

interface ImportOptions {
  org?: string;
  mapping?: string;
  map: string[];
  dateFormat: string[];
  skipInvalid?: boolean;
  rejects?: string;
  format?: string;
  encoding?: SourceEncoding;
  delimiter?: string;
  sheet?: string;
  into?: string;
  json?: boolean;
}

const repeatable = (value: string, all: string[]) => [...all, value];

export function importCommands(program: Command) {
  const command = program.command('import').description('import a file into an organisation (see `bulwark import kinds`), and keep the column mappings files need');
  // One subcommand per kind of import the modules declare: bulwark import organisations <file>.
  for (const kind of importKinds()) importKindCommand(command, kind.id, kind.label, Object.keys(kind.presets ?? {}), kind.scope === 'installation');

  command
    .command('kinds')
    .description('the kinds of file Bulwark imports, and the columns each reads')
    .option('--json', 'print JSON')
    .action((opts: { json?: boolean }) => {
      const kinds = imports.kindsView();
      print(opts.json, kinds, () =>
        kinds.map((k) => `${k.id}\n${k.columns.map((c) => `  ${c.label.padEnd(24)} ${c.field} (${c.type}${c.required ? ', required' : ''})`).join('\n')}`).join('\n\n'),
      );
    });

  command
    .command('runs')
    .description('the latest imports into an organisation')
    .option('--org <id-or-ods>', 'the organisation (required)')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }, self: Command) => {
      const org = orgOption(self);
      const runs = await withApp(async (app) => imports.recentRuns(app.db, (await organisations.resolveOrganisation(app.db, org)).id));
      print(opts.json, runs, () => (runs.length ? runs.map((r) => `${r.startedAt.slice(0, 16).replace('T', ' ')}  ${r.status.padEnd(8)} ${r.kind}  ${r.fileName}  ${r.rowsRead} rows  ${r.id}`).join('\n') : 'No imports yet.'));
    });

  const mappings = command.command('mappings').description('column mappings saved for the files an organisation imports');
  mappings
    .command('list')
    .option('--org <id-or-ods>', 'the organisation (required)')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }, self: Command) => {
      const org = orgOption(self);
      const list = await withApp(async (app) => imports.listMappings(app.db, (await organisations.resolveOrganisation(app.db, org)).id));
      print(opts.json, list, () => (list.length ? list.map((m) => `${m.kind} / ${m.name} (version ${m.version})\n${Object.entries(m.mapping).map(([f, c]) => `  ${f} ← ${c.column}${c.format ? ` (${c.format})` : ''}`).join('\n')}`).join('\n') : 'No saved mappings.'));
    });
  mappings
    .command('save')
    .description('save (or, with --version, change) a mapping')
    .argument('<kind>', 'the kind of import')
    .argument('<name>', 'a name for the mapping, e.g. "ESR monthly extract"')
    .option('--org <id-or-ods>', 'the organisation (required)')
    .option('--map <field=column>', 'a field and the column it is read from (repeatable)', repeatable, [])
    .option('--date-format <field=format>', 'the format of a date field (repeatable)', repeatable, [])
    .option('--version <n>', 'the version being changed (see list)', (v: string) => Number(v))
    .option('--json', 'print JSON')
    .action(async (kind: string, name: string, opts: { map: string[]; dateFormat: string[]; version?: number; json?: boolean }, self: Command) => {
      const orgRef = orgOption(self);
      const saved = await withApp(async (app) => {
        const org = await organisations.resolveOrganisation(app.db, orgRef);
        return imports.saveMapping({ db: app.db, actor: cliActor(), now: new Date() }, org.id, kind, name, mappingFrom(opts.map, opts.dateFormat, kind), opts.version);
      });
      print(opts.json, { ok: true, ...saved }, () => `Saved the mapping “${saved.name}” for ${saved.kind} (version ${saved.version}).`);
    });
  mappings
    .command('delete')
    .argument('<kind>', 'the kind of import')
    .argument('<name>', 'the mapping')
    .option('--org <id-or-ods>', 'the organisation (required)')
    .option('--json', 'print JSON')
    .action(async (kind: string, name: string, opts: { json?: boolean }, self: Command) => {
      const orgRef = orgOption(self);
      await withApp(async (app) => {
        const org = await organisations.resolveOrganisation(app.db, orgRef);
        await imports.deleteMapping({ db: app.db, actor: cliActor(), now: new Date() }, org.id, kind, name);
      });
      print(opts.json, { ok: true }, () => `Deleted the mapping “${name}”.`);
    });
}

function importKindCommand(parent: Command, kindId: string, label: string, presets: string[], installationWide: boolean) {
  parent
    .command(kindId)
    .description(`import ${label} from a CSV, XLSX, NDJSON or JSON file`)
    .argument('<file>', 'the file')
    .option('--org <id-or-ods>', installationWide ? 'the organisation the run is recorded in (default: the top of the organisation tree; the rows are held for every organisation)' : 'the organisation to import into (required)')
    .option('--mapping <name>', presets.length ? `a column mapping saved for this kind (bulwark import mappings), or a built-in one (${presets.join(', ')})` : 'a column mapping saved for this kind (bulwark import mappings)')
    .option('--map <field=column>', 'read a field from this column (repeatable); fields not mapped are read from their usual heading', repeatable, [])
    .option('--date-format <field=format>', 'the format a date field is written in, e.g. leavingDate=DD/MM/YYYY (repeatable)', repeatable, [])
    .option('--skip-invalid', 'keep the valid rows and reject the rest (default: one bad row and nothing is imported)')
    .option('--rejects <file>', 'write the rejected rows, with their problems, to this CSV file')
    .option('--into <id>', 'the record to import into, for kinds that take one (an assessment’s id for assessment-answers)')
    .addOption(
      new Option('--format <format>', presets.length ? `the file format (default: from the file name), or the product that exported it (${presets.join(', ')})` : 'the file format (default: from the file name)').choices([
        'csv',
        'xlsx',
        'ndjson',
        'json',
        ...presets,
      ]),
    )
    .addOption(new Option('--encoding <encoding>', 'the text encoding (default UTF-8; UTF-16 is found from its BOM)').choices(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']))
    .option('--delimiter <character>', 'the CSV delimiter (default ,)')
    .option('--sheet <name>', 'the XLSX sheet to read (default: the first)')
    .option('--json', 'print JSON')
    .action(async (file: string, opts: ImportOptions, self: Command) => {
      const orgRef = installationWide ? self.optsWithGlobals<{ org?: string }>().org : orgOption(self);
      const resolved = path.resolve(file);
      if (!fs.existsSync(resolved) || !fs.statSync(resolved).isFile()) throw new ValidationFailed(`Cannot read ${file}: check the path.`);
      const asOf = asOfFor(self);
      const bar = !opts.json && process.stderr.isTTY ? new SingleBar({ format: 'Importing {bar} {percentage}% | {rows} rows', stream: process.stderr, hideCursor: true }) : null;
      const rejects = opts.rejects ? fs.createWriteStream(path.resolve(opts.rejects)) : undefined;
      const run = await withApp(async (app) => {
        const org = orgRef ? await organisations.resolveOrganisation(app.db, orgRef) : await topOrganisation(app.db);
        bar?.start(1, 0, { rows: 0 });
        try {
          return await imports.importFile({ db: app.db, actor: cliActor(), now: new Date() }, org.id, kindId, {
            fileName: path.basename(resolved),
            open: () => fs.createReadStream(resolved),
            path: resolved,
            // A product's name picks its built-in mapping; the file format then comes from the file's name.
            format: presets.includes(opts.format ?? '') ? undefined : (opts.format as SourceFormat | undefined),
            preset: presets.includes(opts.format ?? '') ? opts.format : undefined,
            encoding: opts.encoding,
            delimiter: opts.delimiter,
            sheet: opts.sheet,
            mappingName: opts.mapping,
            mapping: mappingFrom(opts.map, opts.dateFormat, kindId),
            skipInvalid: opts.skipInvalid,
            asOf,
            target: opts.into,
            rejects,
            onProgress: (p) => {
              bar?.setTotal(p.totalBytes || 1);
              bar?.update(p.bytesRead, { rows: p.rowsRead.toLocaleString('en-GB') });
            },
          });
        } finally {
          bar?.stop();
        }
      });
      const view = imports.toRunView(run);
      // imported: rows that added or changed something; duplicates: rows that repeated what was held.
      const counts = { imported: view.inserted + view.updated, duplicates: view.unchanged, rejected: view.rejected };
      print(opts.json, { ok: true, ...view, ...counts, firstErrors: view.problems.slice(0, 10) }, () => describeRun(view, opts.rejects));
    });
}

/** The one organisation at the top of the tree, for imports of data held for every organisation. */
async function topOrganisation(db: Parameters<typeof organisations.treeOfEverything>[0]) {
  const tops = (await organisations.treeOfEverything(db)).filter((o) => o.depth === 0);
  if (tops.length !== 1) throw new ValidationFailed(tops.length ? 'There is more than one top organisation: say which records the import, with --org <id-or-ods>.' : 'There are no organisations yet: an import is recorded in one.');
  return organisations.resolveOrganisation(db, tops[0]!.id);
}

/** --org for a command that needs it. */
function orgOption(command: Command): string {
  const org = command.optsWithGlobals<{ org?: string }>().org;
  if (!org) throw new ValidationFailed('Say which organisation: --org <id-or-ods>.');
  return org;
}

/**
 * --map field=column and --date-format field=format as one mapping. A format given for a field not
 * mapped is for the column under the field's own heading (its label), as an unmapped field is read.
 */
export function mappingFrom(maps: string[], formats: string[], kindId?: string): ColumnMapping {
  const labelOf = (field: string) => importKinds().find((k) => k.id === kindId)?.columns.find((c) => c.field === field)?.label ?? '';
  const mapping: ColumnMapping = Object.create(null) as ColumnMapping;
  const split = (entry: string, flag: string) => {
    const at = entry.indexOf('=');
    if (at <= 0 || at === entry.length - 1) throw new ValidationFailed(`${flag} takes field=value, such as ${flag === '--map' ? 'odsCode="Org Code"' : 'leavingDate=DD/MM/YYYY'}, not "${entry}".`);
    return [entry.slice(0, at).trim(), entry.slice(at + 1).trim()] as const;
  };
  for (const entry of maps) {
    const [field, column] = split(entry, '--map');
    mapping[field] = { ...mapping[field], column };
  }
  for (const entry of formats) {
    const [field, format] = split(entry, '--date-format');
    mapping[field] = { column: mapping[field]?.column ?? labelOf(field), ...mapping[field], format };
  }
  return { ...mapping };
}

function describeRun(run: ReturnType<typeof imports.toRunView>, rejectsFile: string | undefined): string {
  if (run.status === 'repeat') return run.outcome ?? 'This file was imported before; nothing changed.';
  const lines = [
    `Imported ${run.fileName}: ${run.rowsRead.toLocaleString('en-GB')} rows read; ${run.inserted} added, ${run.updated} changed, ${run.unchanged} unchanged, ${run.rejected} rejected.`,
  ];
  if (run.rejected) {
    lines.push(...run.problems.slice(0, 20).map((p) => `  row ${p.row}, ${p.column}: ${p.reason}${p.value ? ` (“${p.value}”)` : ''}`));
    if (run.problemCount > 20) lines.push(`  … and ${run.problemCount - 20} more problems.`);
    if (rejectsFile) lines.push(`The rejected rows are in ${rejectsFile}.`);
  }
  lines.push(`Run ${run.id}.`);
  return lines.join('\n');
}

// bulwark catalogue import <file>: brings a framework file into this installation — a catalogue,
// crosswalk or profile in Bulwark's own format, a CISO Assistant library, a CAF file in WebCAF's
// shape (indicator checklists for a CAF version Bulwark holds), or the official CIS Controls
// spreadsheet (this installation's own copy of the CIS text). The format is found from the file.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { ImportResult } from '../../contract/catalogues.js';
import { IMPORT_FORMATS, importCatalogueFile, type ImportFormat, type ImportSummary, MAX_IMPORT_BYTES } from '../../modules/catalogues/service.js';
import { ValidationFailed } from '../../platform/errors.js';
import { cliActor, print, withApp } from '../output.js';

export interface CatalogueImportOptions {
  format?: ImportFormat;
  catalogue?: string;
  map: string[];
  replace?: boolean;
  json?: boolean;
}

export function catalogueImportCommand(catalogue: Command) {
  catalogue
    .command('import')
    .description('import a framework file (system administration): Bulwark format, CISO Assistant library YAML, WebCAF CAF YAML, or the CIS Controls spreadsheet')
    .argument('<file>', 'the file to import')
    .option('--format <format>', `${IMPORT_FORMATS.join(' | ')} (found from the file when not given)`, (value: string) => {
      if (!(IMPORT_FORMATS as readonly string[]).includes(value)) throw new ValidationFailed(`--format must be one of ${IMPORT_FORMATS.join(', ')}, not "${value}".`);
      return value as ImportFormat;
    })
    .option(
      '--catalogue <id@version>',
      'webcaf: the CAF version to add indicators to (e.g. caf@3.2); cis-sheet: the CIS Controls version (default: the latest held); ciso-assistant: the id@version to store the framework as',
    )
    .option('--map <urn=id@version>', 'ciso-assistant mapping sets: the catalogue a framework URN stands for (repeatable)', (value: string, all: string[]) => [...all, value], [])
    .option('--replace', 'overwrite an earlier import with the same id and version')
    .option('--json', 'print JSON')
    .action(async (file: string, opts: CatalogueImportOptions) => {
      const bytes = readFile(file);
      const fileName = path.basename(file);
      const summary = await withApp((app) =>
        importCatalogueFile({ db: app.db, actor: cliActor(), now: new Date() }, bytes, fileName, {
          ...(opts.format ? { format: opts.format } : {}),
          ...(opts.catalogue ? { catalogue: opts.catalogue } : {}),
          ...(opts.map.length ? { frameworkMap: frameworkMap(opts.map) } : {}),
          ...(opts.replace ? { replace: true } : {}),
        }),
      );
      print(opts.json, { ok: true, ...summary }, () => describeSummary(summary));
    });
}

/** Reads the file, refusing one too large for any importer before reading it into memory. */
function readFile(file: string): Buffer {
  const resolved = path.resolve(file);
  let size: number;
  try {
    size = fs.statSync(resolved).size;
  } catch {
    throw new ValidationFailed(`Cannot read ${file}: check the path.`);
  }
  if (size > MAX_IMPORT_BYTES) {
    throw new ValidationFailed(`${path.basename(file)} is too large to import`, [
      { field: '(file)', message: `The file is ${(size / (1024 * 1024)).toFixed(1)} MiB; the most Bulwark accepts is ${MAX_IMPORT_BYTES / (1024 * 1024)} MiB.`, value: size },
    ]);
  }
  return fs.readFileSync(resolved);
}

function frameworkMap(entries: string[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const entry of entries) {
    const at = entry.lastIndexOf('=');
    if (at <= 0 || at === entry.length - 1) throw new ValidationFailed(`--map takes urn=id@version (e.g. --map urn:intuitem:risk:framework:ncsc-caf-3.2=caf@3.2), not "${entry}".`);
    map[entry.slice(0, at)] = entry.slice(at + 1);
  }
  return map;
}

export function describeSummary(summary: ImportSummary): string {
  const lines: string[] = [];
  if (summary.document) lines.push(describe(summary.document));
  for (const c of summary.catalogues) lines.push(`${c.created ? 'Imported' : 'Replaced'} catalogue ${c.ref}: ${c.nodes} nodes.`);
  for (const c of summary.crosswalks) lines.push(`${c.created ? 'Imported' : 'Replaced'} crosswalk ${c.ref}: ${c.links} links.`);
  if (summary.indicators) {
    const i = summary.indicators;
    const levels = `${i.byLevel['not-achieved']} not achieved, ${i.byLevel['partially-achieved']} partially achieved, ${i.byLevel.achieved} achieved`;
    lines.push(`Added ${i.added} indicators (${levels}) under ${i.outcomes} ${i.outcomes === 1 ? 'outcome' : 'outcomes'} of ${i.catalogue}${i.replaced ? `, replacing ${i.replaced} from an earlier import` : ''}.`);
  }
  if (summary.officialText) {
    const o = summary.officialText;
    lines.push(`This installation now has its own copy of the official text for ${o.controls} controls and ${o.safeguards} safeguards of ${o.catalogue}.`);
  }
  for (const notice of summary.notices) lines.push(`Note: ${notice}`);
  return lines.join('\n');
}

export function describe(result: ImportResult): string {
  const verb = result.created ? 'Imported' : 'Replaced';
  if (result.kind === 'catalogue') return `${verb} catalogue ${result.ref}: ${result.nodes} nodes.`;
  if (result.kind === 'crosswalk') return `${verb} crosswalk ${result.ref}: ${result.links} links.`;
  return `${result.created ? 'Added' : 'Set'} profile ${result.ref}: ${result.expected} expected levels.`;
}

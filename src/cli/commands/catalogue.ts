// bulwark catalogue list|show|validate|export|crosswalk|remove (and import, in catalogue-import.ts):
// the framework catalogues and crosswalks this installation holds.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { CatalogueDetail } from '../../contract/catalogues.js';
import * as catalogues from '../../modules/catalogues/service.js';
import { ValidationFailed } from '../../platform/errors.js';
import { catalogueImportCommand } from './catalogue-import.js';
import { catalogueProfileCommand } from './catalogue-profile.js';
import { cliActor, print, withApp } from '../output.js';

export function catalogueCommands(program: Command) {
  const catalogue = program.command('catalogue').description('framework catalogues (CAF, DSPT, CIS Controls, …) and crosswalks');

  catalogue
    .command('list')
    .description('every catalogue, with its node counts')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const list = await withApp((app) => catalogues.listCatalogues(app.db));
      const rows = list.map((c) => ({
        ref: c.ref,
        key: c.key,
        version: c.version,
        name: c.name,
        kind: c.kind,
        source: c.source,
        nodeCount: c.nodeCount,
        assessableCount: c.assessableCount,
        nodeCounts: c.nodeCounts,
        levels: c.levels.map((l) => l.id),
        profiles: c.profiles.map((p) => ({ id: p.id, expectedCount: p.expectedCount })),
        licence: c.provenance.licence,
      }));
      print(opts.json, rows, () =>
        list
          .map((c) => {
            const counts = Object.entries(c.nodeCounts)
              .map(([type, n]) => `${n} ${type}${n === 1 ? '' : 's'}`)
              .join(', ');
            return `${c.ref.padEnd(22)} ${c.name}${c.source === 'imported' ? ' (imported)' : ''}\n${' '.repeat(23)}${counts}; ${c.assessableCount} assessable`;
          })
          .join('\n'),
      );
    });

  catalogue
    .command('show')
    .description('one catalogue: its tree, the levels each node allows, and its profiles')
    .argument('<catalogue>', 'id@version, e.g. caf@3.2 (or the id alone for the latest version)')
    .option('--json', 'print JSON')
    .action(async (spec: string, opts: { json?: boolean }) => {
      const detail = await withApp(async (app) => {
        const { key, version } = await catalogues.resolveCatalogue(app.db, spec);
        return catalogues.getCatalogue(app.db, key, version);
      });
      print(opts.json, detail, () => showText(detail));
    });

  catalogue
    .command('validate')
    .description('check a catalogue, crosswalk or profile file without importing it')
    .argument('<file>', 'a file in Bulwark’s format (JSON or YAML)')
    .option('--json', 'print JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      let text: string;
      try {
        text = fs.readFileSync(path.resolve(file), 'utf8');
      } catch {
        throw new ValidationFailed(`Cannot read ${file}: check the path.`);
      }
      const summary = catalogues.checkFile(text, path.basename(file));
      print(opts.json, { ok: true, ...summary }, () => `${path.basename(file)} is a valid ${summary.kind} (${summary.ref}).`);
    });

  catalogue
    .command('export')
    .description('write a catalogue as a file in Bulwark’s format (JSON)')
    .argument('<catalogue>', 'id@version, e.g. dspt@2025-26')
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--official-text', 'include the publisher’s text this installation imported (check its licence before sharing)')
    .option('--json', 'print JSON (the default; accepted for consistency)')
    .action(async (spec: string, opts: { out?: string; officialText?: boolean; json?: boolean }) => {
      const doc = await withApp(async (app) => {
        const { key, version } = await catalogues.resolveCatalogue(app.db, spec);
        return catalogues.exportCatalogue(app.db, key, version, { officialText: opts.officialText ?? false });
      });
      const text = `${JSON.stringify(doc, null, 2)}\n`;
      if (opts.out) {
        fs.writeFileSync(path.resolve(opts.out), text);
        print(opts.json, { ref: `${doc.id}@${doc.version}`, file: path.resolve(opts.out), nodes: doc.nodes.length }, () => `Wrote ${doc.id}@${doc.version} (${doc.nodes.length} nodes) to ${opts.out}.`);
      } else {
        process.stdout.write(text);
      }
    });

  catalogue
    .command('crosswalk')
    .description('the links between two catalogues, read from the first to the second')
    .argument('<source>', 'id@version, e.g. caf@3.2')
    .argument('<target>', 'id@version, e.g. cis-controls@8.1')
    .option('--json', 'print JSON')
    .action(async (source: string, target: string, opts: { json?: boolean }) => {
      const result = await withApp((app) => catalogues.crosswalkBetween(app.db, source, target));
      print(opts.json, result, () =>
        result.links.length === 0
          ? `No crosswalk connects ${result.source.ref} and ${result.target.ref}.`
          : [
              `${result.source.ref} → ${result.target.ref}: ${result.links.length} links`,
              ...result.links.map((l) => `  ${l.source.ref.padEnd(8)} ${l.relation.padEnd(10)} ${l.target.ref.padEnd(8)} ${l.target.title ?? ''}`),
            ].join('\n'),
      );
    });

  catalogue
    .command('remove')
    .description('remove an imported catalogue and the imported crosswalks that use it (shipped ones stay)')
    .argument('<catalogue>', 'id@version')
    .option('--json', 'print JSON')
    .action(async (spec: string, opts: { json?: boolean }) => {
      if (!spec.includes('@')) throw new ValidationFailed('Name the version to remove: id@version.');
      const [key, version] = spec.split('@') as [string, string];
      const result = await withApp((app) => catalogues.removeCatalogue({ db: app.db, actor: cliActor(), now: new Date() }, key, version));
      print(opts.json, result, () => `Removed ${result.ref}${result.crosswalksRemoved ? ` and ${result.crosswalksRemoved} crosswalks` : ''}.`);
    });

  // Imports: Bulwark's own format, and the readers for other formats.
  catalogueImportCommand(catalogue);
  catalogueProfileCommand(catalogue);
}

/** A statement in the tree is cut to this; `--json` (or the web app) has it whole. */
const STATEMENT_CHARS = 300;

function showText(c: CatalogueDetail): string {
  const levelLabel = new Map(c.levels.map((l) => [l.id, l.label]));
  const groupLabel = new Map(c.implementationGroups.map((g) => [g.id, g.label]));
  const lines = [
    // The version once: some names already carry it ("… Toolkit 2025-26 (CAF-aligned)").
    `${c.name.includes(c.version) ? c.name : `${c.name} ${c.version}`} (${c.ref})`,
    `${c.provenance.publisher}, ${c.provenance.date}. Licence: ${c.provenance.licence}.`,
    ...(c.provenance.attribution ? [c.provenance.attribution] : []),
    `Levels: ${c.levels.map((l) => l.label).join(' / ')}`,
    '',
  ];
  for (const n of c.nodes) {
    const tags = [
      n.assessable ? n.levels.map((l) => levelLabel.get(l) ?? l).join(' / ') : '',
      n.implementationGroups.map((g) => groupLabel.get(g) ?? g).join(' '),
      ...Object.entries(n.attributes)
        .filter(([k]) => k === 'assetType' || k === 'securityFunction')
        .map(([, v]) => String(v)),
    ].filter(Boolean);
    const indent = '  '.repeat(n.depth);
    lines.push(`${indent}${n.ref}  ${n.label}${tags.length ? `  [${tags.join('; ')}]` : ''}`);
    // The statement this installation imported, under the node, unless its label already is the statement.
    const statement = n.officialText?.description;
    if (statement && n.label !== catalogues.shortened(statement, catalogues.LABEL_CHARS)) lines.push(`${indent}    ${catalogues.shortened(statement, STATEMENT_CHARS)}`);
  }
  if (c.profiles.length) {
    lines.push('', 'Profiles:');
    for (const p of c.profiles) lines.push(`  ${p.id}: ${p.name} (${p.expectedCount ? `${p.expectedCount} expected levels` : 'no expected levels set yet'})`);
  }
  return lines.join('\n');
}

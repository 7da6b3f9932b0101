// bulwark kev list / show: the known exploited vulnerabilities catalogue held (import it with
// `bulwark import kev FILE`), always with the catalogue's version and release date.
import type { Command } from 'commander';
import { type KevCatalogue, kevListQuery } from '../../contract/vulnerabilities.js';
import * as vulnerabilities from '../../modules/vulnerabilities/service.js';
import { parsedOptions, print, withApp } from '../output.js';

interface ListOptions {
  vendor?: string;
  product?: string;
  ransomware?: boolean;
  page?: string;
  pageSize?: string;
  json?: boolean;
}

const catalogueLine = (c: KevCatalogue | null) => (c ? `Catalogue version ${c.version}${c.versionPublished ? '' : ' (read from its latest date added)'}, released ${c.releasedAt.slice(0, 10)}, ${c.entryCount} entries.` : 'No catalogue has been imported (bulwark import kev FILE).');

export function kevCommands(program: Command) {
  const command = program.command('kev').description('the known exploited vulnerabilities catalogue (import it with `bulwark import kev FILE`)');
  command
    .command('list')
    .description('entries of the catalogue held, latest added first')
    .option('--vendor <name>', 'only this vendor or project (the whole name, any case)')
    .option('--product <name>', 'only this product (the whole name, any case)')
    .option('--ransomware', 'only entries known to be used in ransomware campaigns')
    .option('--page <n>', 'the page (default 1)')
    .option('--page-size <n>', 'entries on a page (default 50, at most 500)')
    .option('--json', 'print JSON')
    .action(async (opts: ListOptions) => {
      const query = parsedOptions(kevListQuery, { vendor: opts.vendor, product: opts.product, knownRansomwareUse: opts.ransomware ? 'true' : undefined, page: opts.page, pageSize: opts.pageSize });
      const list = await withApp((app) => vulnerabilities.listKevEntries(app.db, query));
      print(opts.json, list, () => [catalogueLine(list.catalogue), ...list.items.map((e) => `${e.cveId.padEnd(16)} ${e.dateAdded}  due ${e.dueDate}  ${e.knownRansomwareUse ? 'ransomware ' : ''}${e.vendor} ${e.product}`)].join('\n'));
    });
  command
    .command('show')
    .description('one entry, by its CVE id')
    .argument('<cve-id>', 'such as CVE-2024-3400')
    .option('--json', 'print JSON')
    .action(async (cveId: string, opts: { json?: boolean }) => {
      const found = await withApp((app) => vulnerabilities.kevEntry(app.db, cveId));
      const e = found.entry;
      print(opts.json, found, () =>
        [catalogueLine(found.catalogue), `${e.cveId}: ${e.name}`, `${e.vendor} ${e.product}`, `Added ${e.dateAdded}, due ${e.dueDate}; known ransomware use: ${e.knownRansomwareUse ? 'yes' : 'not known'}`, e.cwes.length ? `CWEs: ${e.cwes.join(', ')}` : ''].filter(Boolean).join('\n'),
      );
    });
}

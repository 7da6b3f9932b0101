// bulwark vulns list: an organisation's vulnerability findings from scanner exports (import them with
// `bulwark import vulns FILE --org ORG --format nessus|openvas|defender`), worst first.
import type { Command } from 'commander';
import { findingListQuery } from '../../contract/vulnerabilities.js';
import * as organisations from '../../modules/organisations/service.js';
import * as vulnerabilities from '../../modules/vulnerabilities/service.js';
import { ValidationFailed } from '../../platform/errors.js';
import { parsedOptions, print, withApp } from '../output.js';

interface ListOptions {
  org?: string;
  state?: string;
  severity?: string;
  host?: string;
  cve?: string;
  kev?: boolean;
  page?: string;
  pageSize?: string;
  json?: boolean;
}

export function vulnsCommands(program: Command) {
  const command = program.command('vulns').description('vulnerability findings from scanner exports (import them with `bulwark import vulns FILE`)');
  command
    .command('list')
    .description('an organisation’s findings, worst first')
    .option('--org <id-or-ods>', 'the organisation (required)')
    .option('--state <state>', 'open or fixed')
    .option('--severity <severity>', 'critical, high, medium, low or info')
    .option('--host <name-or-ip>', 'only this host (its name in any case, or its IP address)')
    .option('--cve <cve-id>', 'only this CVE')
    .option('--kev', 'only CVEs the known exploited vulnerabilities catalogue lists')
    .option('--page <n>', 'the page (default 1)')
    .option('--page-size <n>', 'findings on a page (default 50, at most 500)')
    .option('--json', 'print JSON')
    .action(async (opts: ListOptions) => {
      if (!opts.org) throw new ValidationFailed('Say which organisation: --org <id-or-ods>.');
      const org = opts.org;
      const query = parsedOptions(findingListQuery, { state: opts.state, severity: opts.severity, host: opts.host, cveId: opts.cve, kevListed: opts.kev ? 'true' : undefined, page: opts.page, pageSize: opts.pageSize });
      const list = await withApp(async (app) => vulnerabilities.listFindings(app.db, (await organisations.resolveOrganisation(app.db, org)).id, query));
      print(opts.json, list, () =>
        list.items.length
          ? [`${list.total} findings.`, ...list.items.map((f) => `${f.severity.padEnd(8)} ${f.state.padEnd(5)} ${(f.host.name ?? f.host.ip ?? '').padEnd(24)} ${(f.cveId ?? '-').padEnd(16)} ${f.checkId}${f.kevListed ? '  known exploited' : ''}`)].join('\n')
          : 'No findings.',
      );
    });
}

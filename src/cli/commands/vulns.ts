// bulwark vulns list and report: an organisation's vulnerability findings from scanner exports (import
// them with `bulwark import vulns FILE --org ORG --format nessus|openvas|defender`), worst first, and
// what they leave exposed at an as-of instant.
import type { Command } from 'commander';
import { type ExposureReport, type ExposureHost, findingListQuery } from '../../contract/vulnerabilities.js';
import * as organisations from '../../modules/organisations/service.js';
import * as vulnerabilities from '../../modules/vulnerabilities/service.js';
import { ValidationFailed } from '../../platform/errors.js';
import { asOfFor } from '../as-of.js';
import { parsedOptions, print, withApp } from '../output.js';

interface ListOptions {
  org?: string;
  state?: string;
  severity?: string;
  host?: string;
  cve?: string;
  kev?: boolean;
  ransomware?: boolean;
  pastDue?: boolean;
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
    .option('--ransomware', 'only CVEs the catalogue says are known to be used in ransomware campaigns')
    .option('--past-due', 'only findings open and past their deadline at the as-of instant')
    .option('--page <n>', 'the page (default 1)')
    .option('--page-size <n>', 'findings on a page (default 50, at most 500)')
    .option('--json', 'print JSON')
    .action(async (opts: ListOptions, self: Command) => {
      if (!opts.org) throw new ValidationFailed('Say which organisation: --org <id-or-ods>.');
      const org = opts.org;
      const asOf = asOfFor(self);
      const query = parsedOptions(findingListQuery, {
        state: opts.state,
        severity: opts.severity,
        host: opts.host,
        cveId: opts.cve,
        kevListed: opts.kev ? 'true' : undefined,
        knownRansomwareUse: opts.ransomware ? 'true' : undefined,
        pastDue: opts.pastDue ? 'true' : undefined,
        asOf: asOf.toISOString(),
        page: opts.page,
        pageSize: opts.pageSize,
      });
      const list = await withApp(async (app) => vulnerabilities.listFindings(app.db, (await organisations.resolveOrganisation(app.db, org)).id, query));
      print(opts.json, list, () =>
        list.items.length
          ? [`${list.total} findings.`, ...list.items.map((f) => `${f.severity.padEnd(8)} ${f.state.padEnd(5)} ${(f.host.name ?? f.host.ip ?? '').padEnd(24)} ${(f.cveId ?? '-').padEnd(16)} ${f.checkId}${f.kevListed ? '  known exploited' : ''}${f.deadline?.pastDue ? `  ${f.deadline.daysOverdue} days past due` : ''}`)].join('\n')
          : 'No findings.',
      );
    });
  vulnsReportCommand(command);
}

const hostName = (h: ExposureHost) => h.name ?? h.ip ?? '';
const count = (n: number) => n.toLocaleString('en-GB');

function describeExposure(name: string, r: ExposureReport): string {
  const o = r.open;
  const rem = r.remediation;
  const days = (n: number | null) => (n === null ? '-' : n.toFixed(1));
  return [
    `${name}: exposure at ${r.asOf}${r.catalogue ? ` (known exploited catalogue ${r.catalogue.version}, released ${r.catalogue.releasedAt.slice(0, 10)})` : ' (no known exploited catalogue imported)'}`,
    `Deadlines${r.settingsAreDefault ? ' (defaults)' : ''}: critical ${r.settings.critical ?? 'none'}, high ${r.settings.high ?? 'none'}, medium ${r.settings.medium ?? 'none'}, low ${r.settings.low ?? 'none'}, known exploited ${r.settings.kev} days`,
    `Hosts: ${count(r.hosts.total)} (${count(r.hosts.matchedToAssets)} matched to assets, ${count(r.hosts.withOpenFindings)} with open findings, ${count(r.hosts.unsupported)} unsupported)`,
    `Open: ${count(o.total)} (critical ${count(o.bySeverity.critical)}, high ${count(o.bySeverity.high)}, medium ${count(o.bySeverity.medium)}, low ${count(o.bySeverity.low)}, info ${count(o.bySeverity.info)})`,
    `Known exploited open: ${count(o.kevListed)}, of which ransomware-linked ${count(o.ransomwareLinked)} and past due ${count(o.kevPastDue)}`,
    `Past due: ${count(o.pastDue)} (critical ${count(o.pastDueBySeverity.critical)}, high ${count(o.pastDueBySeverity.high)}); due within a week: ${count(o.dueWithinWeek)}`,
    `Remediated within deadline: ${rem.percentWithinDeadline === null ? '-' : `${rem.percentWithinDeadline.toFixed(1)}%`} of ${count(rem.decided)} decided; mean ${days(rem.meanDaysToRemediate)} and median ${days(rem.medianDaysToRemediate)} days to fix over ${count(rem.fixed)} fixes`,
    'Past due by asset owner:',
    ...(r.pastDueByOwner.length ? r.pastDueByOwner.map((p) => `  ${(p.ownerName ?? 'No asset or owner').padEnd(32)} ${String(p.findings).padStart(7)} findings on ${p.hosts} hosts, ${p.kevListed} known exploited, most ${p.mostDaysOverdue} days overdue`) : ['  none']),
    'Known exploited CVEs open:',
    ...(r.kevOpen.length ? r.kevOpen.map((k) => `  ${k.cveId.padEnd(16)} ${`${k.vendor} ${k.product}`.slice(0, 40).padEnd(40)} ${k.hosts} hosts, due ${k.earliestDueOn}${k.pastDue ? `, ${k.pastDue} past due` : ''}${k.knownRansomwareUse ? ', ransomware' : ''}`) : ['  none']),
    'Unsupported hosts:',
    ...(r.unsupportedHosts.length ? r.unsupportedHosts.map((u) => `  ${hostName(u.host).padEnd(28)} ${u.product} ${u.version}, support ended ${u.endOfSupport} (${u.software})`) : ['  none']),
    `Past due findings (${count(r.pastDueFindingsTotal)}${r.pastDueFindingsTotal > r.pastDueFindings.length ? `, first ${r.pastDueFindings.length}` : ''}):`,
    ...(r.pastDueFindings.length ? r.pastDueFindings.slice(0, 50).map((f) => `  ${hostName(f.host).padEnd(28)} ${(f.cveId ?? f.checkId).padEnd(16)} ${f.severity.padEnd(8)} due ${f.dueOn}, ${f.daysOverdue} days overdue`) : ['  none']),
  ].join('\n');
}

function vulnsReportCommand(command: Command) {
  command
    .command('report')
    .description('what the findings leave exposed at the as-of instant: open, known exploited, past each deadline, by asset owner, unsupported hosts, with the host and CVE lists')
    .option('--org <id-or-ods>', 'the organisation (required)')
    .option('--json', 'print JSON')
    .action(async (opts: { org?: string; json?: boolean }, self: Command) => {
      if (!opts.org) throw new ValidationFailed('Say which organisation: --org <id-or-ods>.');
      const asOf = asOfFor(self);
      await withApp(async (app) => {
        const org = await organisations.resolveOrganisation(app.db, opts.org!);
        const report = await vulnerabilities.exposureReport(app.db, org.id, asOf);
        print(opts.json, { organisation: { id: org.id, name: org.name }, ...report }, () => describeExposure(org.name, report));
      });
    });
}

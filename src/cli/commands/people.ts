// bulwark people report: the staff register, training compliance and directory findings on one day
// (--as-of), as JSON for an auditor's evidence or as text to read.
import type { Command } from 'commander';
import type { PeopleReport } from '../../contract/people-report.js';
import * as organisations from '../../modules/organisations/service.js';
import { peopleReport } from '../../modules/people-report/service.js';
import { ValidationFailed } from '../../platform/errors.js';
import { asOfFor } from '../as-of.js';
import { print, withApp } from '../output.js';

export function peopleCommands(program: Command) {
  const command = program.command('people').description('the workforce on a day: staff register, training compliance and directory account findings');
  command
    .command('report')
    .description('current staff, leavers, new and future starters; training compliance overall and by department; unmatched training records; every account finding with its accounts')
    .option('--org <id-or-ods>', 'the organisation (required)')
    .option('--json', 'print JSON')
    .action(async (opts: { org?: string; json?: boolean }, self: Command) => {
      if (!opts.org) throw new ValidationFailed('Say which organisation: --org <id-or-ods>.');
      const asOf = asOfFor(self);
      await withApp(async (app) => {
        const org = await organisations.resolveOrganisation(app.db, opts.org!);
        const report = await peopleReport(app.db, org, asOf);
        print(opts.json, report, () => asText(report));
      });
    });
}

const share = (line: { compliant: number; staff: number; percent: number | null }) => `${line.compliant} of ${line.staff}${line.percent === null ? '' : ` (${line.percent}%)`}`;

function asText(r: PeopleReport): string {
  const t = r.training;
  return [
    `${r.organisation.name}, ${r.day}`,
    `Staff: ${r.staff.current} current (${r.staff.newStarters} new starters), ${r.staff.futureStarters} future starters, ${r.staff.leavers} leavers`,
    `Data security awareness in date: ${share(t.overall)} against a target of ${t.targetPercent}%${t.overall.belowTarget ? ' (below target)' : ''}`,
    ...t.departments.map((d) => `  ${d.name.padEnd(32)} ${share(d)}${d.belowTarget ? ' below target' : ''}`),
    `New starters: ${t.newStarters.total} (${t.newStarters.inductionDone} inducted); induction on time ${t.inductionOnTime.onTime} of ${t.inductionOnTime.due}`,
    `Overdue: ${t.overdue}. Training records matching nobody in the register: ${t.unmatched.count}`,
    `Directory accounts: ${r.accounts.counts.accounts} (${r.accounts.counts.enabled} enabled, ${r.accounts.counts.privileged} privileged) in ${r.accounts.directories.length} directories`,
    ...r.accounts.findings.filter((f) => f.count > 0).map((f) => `  [${f.severity}] ${f.title}: ${f.count} (${f.accounts.slice(0, 5).join(', ')}${f.count > 5 ? ', …' : ''})`),
  ].join('\n');
}

// bulwark cyber-alerts: the NHS cyber alerts register from the command line. `list` prints an
// organisation's register or one of its overdue lists; `remind` tells each organisation's heads of
// cyber security what is due or overdue (the server does this every five minutes; run it from cron
// when no server runs).
import type { Command } from 'commander';
import { cyberAlertListQuery } from '../../contract/cyber-alerts.js';
import * as cyberAlerts from '../../modules/cyber-alerts/service.js';
import * as organisations from '../../modules/organisations/service.js';
import { ValidationFailed } from '../../platform/errors.js';
import { asOfFor } from '../as-of.js';
import { parsedOptions, print, withApp } from '../output.js';

interface ListOptions {
  org?: string;
  overdue?: string;
  state?: string;
  severity?: string;
  page?: string;
  pageSize?: string;
  json?: boolean;
}

export function cyberAlertCommands(program: Command) {
  const command = program.command('cyber-alerts').description('the register of NHS cyber alerts and the response to each');

  command
    .command('list')
    .description('an organisation’s cyber alerts, latest issued first, with the counts across its register')
    .option('--org <id-or-ods>', 'the organisation (required)')
    .option('--overdue <list>', 'acknowledgement (not acknowledged within 48 hours) or remediation (applies and past its remediate-by date)')
    .option('--state <state>', 'new, acknowledged, remediated or closed')
    .option('--severity <severity>', 'critical, high, medium or low')
    .option('--page <n>', 'page number')
    .option('--page-size <n>', 'alerts per page (up to 500)')
    .option('--json', 'print JSON')
    .action(async (opts: ListOptions, self: Command) => {
      if (!opts.org) throw new ValidationFailed('Say which organisation: --org <id-or-ods>.');
      const org = opts.org;
      const query = parsedOptions(cyberAlertListQuery, { overdue: opts.overdue, state: opts.state, severity: opts.severity, asOf: asOfFor(self).toISOString(), page: opts.page, pageSize: opts.pageSize });
      const list = await withApp(async (app) => cyberAlerts.listCyberAlerts(app.db, (await organisations.resolveOrganisation(app.db, org)).id, query));
      const { counts } = list;
      print(opts.json, list, () =>
        [
          `${counts.open} open; ${counts.acknowledgementOverdue} overdue to acknowledge, ${counts.remediationOverdue} overdue to remediate, ${counts.awaitingApplicability} awaiting a decision on whether they apply (as of ${list.asOf}).`,
          ...(list.items.length
            ? list.items.map((a) => {
                const overdue = [a.acknowledgementOverdue && 'acknowledgement overdue', a.remediationOverdue && 'remediation overdue'].filter(Boolean).join(', ');
                return `${a.reference.padEnd(12)} ${a.severity.padEnd(8)} ${a.state.padEnd(12)} ${a.issuedAt.slice(0, 10)}  remediate by ${a.remediateBy}  ${a.title}${overdue ? `  (${overdue})` : ''}`;
              })
            : ['No alerts.']),
        ].join('\n'),
      );
    });

  command
    .command('remind')
    .description('tell each organisation’s heads of cyber security, in the app and by email, of alerts due or overdue to acknowledge and applicable ones overdue to remediate; once each')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }, self: Command) => {
      const asOf = asOfFor(self);
      const result = await withApp((app) => cyberAlerts.remindCyberAlerts(app, asOf));
      print(opts.json, result, () => `${result.alerts} open alerts checked; ${result.created} reminders given (${result.emailed} by email).`);
    });
}

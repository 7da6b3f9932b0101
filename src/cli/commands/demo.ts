// bulwark demo: loads the fictional demo organisations and people (safe to run again).
import type { Command } from 'commander';
import { loadDemo } from '../../modules/demo/service.js';
import { print, withApp } from '../output.js';

export function demoCommand(program: Command) {
  program
    .command('demo')
    .description('load the demo organisation tree, one person per role, the demo trust’s assessments and evidence, its two years of incidents, three years of exercises, 90 days of its alerts and its information asset register, suppliers and data flows (idempotent)')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const result = await withApp((app) => loadDemo(app));
      print(opts.json, result, () =>
        [
          `Organisations: ${result.organisations.created} added, ${result.organisations.existing} already there. People: ${result.peopleCreated} added. Incidents: ${result.incidentsCreated} added. Exercises: ${result.exercisesCreated} added. Alerts: ${result.alertsCreated.toLocaleString('en-GB')} added. Information assets: ${result.registerCreated.assets} added, suppliers: ${result.registerCreated.suppliers} added, data flows: ${result.flowsCreated} added, DPIAs: ${result.dpiasCreated} added. Staff register: ${result.staffCreated} people. Training completions: ${result.trainingCreated} added. Directory accounts: ${result.directoryAccountsCreated}. Vulnerability findings: ${result.findingsCreated}. NHS cyber alerts: ${result.cyberAlertsCreated}.`,
          result.password
            ? `Password of the demo accounts: ${result.password}`
            : 'The demo accounts already existed and keep their password (set BULWARK_DEMO_PASSWORD to reset it).',
          ...result.people.map((p) => `  ${p.email.padEnd(44)} ${p.roles.join(', ').padEnd(24)} ${p.organisation}`),
        ].join('\n'),
      );
    });
}

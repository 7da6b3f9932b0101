// bulwark incidents: response-time metrics for an organisation over a period, the register as CSV or
// XLSX, and the clock watch that tells owners and the SIRO what is due (the server also runs it).
import type { Command } from 'commander';
import { METRICS, type MetricSummary } from '../../contract/incidents.js';
import * as incidents from '../../modules/incidents/service.js';
import * as organisations from '../../modules/organisations/service.js';
import { ValidationFailed } from '../../platform/errors.js';
import { asOfFor } from '../as-of.js';
import { exportSubcommand } from '../export-command.js';
import { print, withApp } from '../output.js';

const hours = (h: number | null) => (h === null ? '—' : h < 72 ? `${h.toFixed(1)} h` : `${(h / 24).toFixed(1)} d`);

function metricLine(m: MetricSummary): string {
  const label = incidents.METRIC_SPANS[m.metric].label.padEnd(28);
  return `${label} ${String(m.count).padStart(4)} measured  mean ${hours(m.meanHours).padStart(8)}  median ${hours(m.medianHours).padStart(8)}  p90 ${hours(m.p90Hours).padStart(8)}  ${m.missing} lacked the milestone`;
}

export function incidentCommands(program: Command) {
  const command = program.command('incidents').description('the incident register: response-time metrics, exports and the notification clocks');

  command
    .command('metrics')
    .description('time to detect, acknowledge, triage, contain, recover and close over a period: count, mean, median and 90th percentile in hours, and how many incidents lacked each milestone')
    .option('--org <id-or-ods>', 'the organisation (required)')
    .option('--from <date>', 'the start: a date (the start of that UK day) or an instant; default twelve months before --to')
    .option('--to <date>', 'the end: a date (the end of that UK day) or an instant; default the as-of instant')
    .option('--json', 'print JSON')
    .action(async (opts: { org?: string; from?: string; to?: string; json?: boolean }, self: Command) => {
      if (!opts.org) throw new ValidationFailed('Say which organisation: --org <id-or-ods>.');
      const asOf = asOfFor(self);
      await withApp(async (app) => {
        const org = await organisations.resolveOrganisation(app.db, opts.org!);
        const result = await incidents.incidentMetrics(app.db, org.id, { from: opts.from, to: opts.to }, asOf);
        const json = {
          organisation: { id: org.id, name: org.name },
          from: result.from,
          to: result.to,
          incidents: result.incidents,
          metrics: result.overall.map((m) => ({ metric: m.metric, count: m.count, mean: m.meanHours, median: m.medianHours, p90: m.p90Hours, lackingMilestone: m.missing, estimatedStart: m.estimated, unit: 'hours' })),
          targets: result.targets,
        };
        print(opts.json, json, () =>
          [`${org.name}: ${result.incidents} incidents from ${result.from} to ${result.to}`, ...METRICS.map((id) => metricLine(result.overall.find((m) => m.metric === id)!))].join('\n'),
        );
      });
    });

  exportSubcommand(command, 'write the incident register as an XLSX workbook or a CSV file', (app, orgId, format, asOf) => incidents.exportIncidents(app.db, orgId, format, asOf, app.identity));

  command
    .command('watch')
    .description('tell incident owners and the SIRO, in the app and by email, when a 72-hour clock passes 48 hours or a deadline passes (the server does this every five minutes; run this from cron when no server runs)')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }, self: Command) => {
      const asOf = asOfFor(self);
      const result = await withApp((app) => incidents.watchIncidentClocks(app, asOf));
      print(opts.json, result, () => `${result.incidents} open incidents checked; ${result.created} people told (${result.emailed} by email).`);
    });
}

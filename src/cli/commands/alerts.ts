// bulwark alerts report: triage analytics over an organisation's imported alerts (the alerts come in
// with `bulwark import alerts FILE --format sentinel|splunk|csv|ndjson`).
import type { Command } from 'commander';
import type { AlertReport, DurationStats } from '../../contract/alerts.js';
import * as alerts from '../../modules/alerts/service.js';
import * as organisations from '../../modules/organisations/service.js';
import { ValidationFailed } from '../../platform/errors.js';
import { asOfFor } from '../as-of.js';
import { print, withApp } from '../output.js';

const pct = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);
const minutes = (m: number | null) => (m === null ? '—' : m < 90 ? `${m.toFixed(1)} min` : m < 2880 ? `${(m / 60).toFixed(1)} h` : `${(m / 1440).toFixed(1)} d`);
const stats = (s: DurationStats) => `median ${minutes(s.medianMinutes)}, p90 ${minutes(s.p90Minutes)}`;

function describe(name: string, report: AlertReport): string {
  const t = report.totals;
  const lines = [
    `${name}: ${t.alerts.toLocaleString('en-GB')} alerts from ${report.period.from} to ${report.period.to} (${t.alertsPerDay.toFixed(1)} a day), ${t.open.toLocaleString('en-GB')} open`,
    `False positives ${pct(t.falsePositiveRate)}, benign ${pct(t.benignRate)} of ${t.classified.toLocaleString('en-GB')} classified; triage ${stats(t.timeToTriage)}; close ${stats(t.timeToClose)}; ${t.triageBreaches.toLocaleString('en-GB')} past their triage target`,
    '',
    'Rules (by volume):',
    ...report.rules.slice(0, 15).map((r) => `  ${r.rule.slice(0, 48).padEnd(48)} ${String(r.alerts).padStart(8)}  ${pct(r.shareOfAlerts).padStart(4)} of alerts  FP ${pct(r.falsePositiveRate).padStart(4)}  triage ${minutes(r.timeToTriage.medianMinutes)}`),
    '',
    'Findings:',
    ...(report.findings.length ? report.findings.map((f) => `  - ${f.text} ${f.recommendation}`) : ['  none']),
  ];
  return lines.join('\n');
}

export function alertCommands(program: Command) {
  const command = program.command('alerts').description('alert-triage analytics over the imported alert history (import with `bulwark import alerts`)');
  command
    .command('report')
    .description('per rule: volume, false-positive and benign rates, time to triage and close; the noisy few, the backlog, analysts’ load, triage-target breaches and findings')
    .option('--org <id-or-ods>', 'the organisation (required)')
    .option('--from <date>', 'the start: a date (the start of that UK day) or an instant; default 90 days before --to')
    .option('--to <date>', 'the end: a date (the end of that UK day) or an instant; default the as-of instant')
    .option('--json', 'print JSON')
    .action(async (opts: { org?: string; from?: string; to?: string; json?: boolean }, self: Command) => {
      if (!opts.org) throw new ValidationFailed('Say which organisation: --org <id-or-ods>.');
      const asOf = asOfFor(self);
      await withApp(async (app) => {
        const org = await organisations.resolveOrganisation(app.db, opts.org!);
        const report = await alerts.alertReport(app.db, org.id, { from: opts.from, to: opts.to }, asOf);
        print(opts.json, { organisation: { id: org.id, name: org.name }, ...report }, () => describe(org.name, report));
      });
    });
}

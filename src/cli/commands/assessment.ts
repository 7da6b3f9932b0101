// bulwark assessment: list an organisation's assessments with their status, export one as XLSX, CSV
// or PDF, and email owners what is due (run daily from cron or a systemd timer).
import fs from 'node:fs';
import path from 'node:path';
import { type Command, Option } from 'commander';
import * as assessments from '../../modules/assessments/service.js';
import * as organisations from '../../modules/organisations/service.js';
import { ValidationFailed } from '../../platform/errors.js';
import { asOfFor } from '../as-of.js';
import { print, withApp } from '../output.js';

export function assessmentCommands(program: Command) {
  const assessment = program.command('assessment').description('self-assessments against DSPT, CAF, CIS and other catalogues');

  assessment
    .command('list')
    .description('each assessment of an organisation with its catalogue, period, state, counts per level and status against its profile')
    .option('--org <id-or-ods>', 'the organisation (required)')
    .option('--json', 'print JSON')
    .action(async (opts: { org?: string; json?: boolean }, self: Command) => {
      if (!opts.org) throw new ValidationFailed('Say which organisation: --org <id-or-ods>.');
      const asOf = asOfFor(self);
      await withApp(async (app) => {
        const org = await organisations.resolveOrganisation(app.db, opts.org!);
        const list = (await assessments.listAssessments(app.db, org.id, asOf)).map((a) => ({
          id: a.id,
          title: a.title,
          catalogue: a.catalogue.ref,
          period: a.period,
          state: a.state,
          dueOn: a.dueOn,
          daysLeft: a.daysLeft,
          outcomes: a.progress.outcomes,
          answered: a.progress.answered,
          countsByLevel: a.progress.byLevel,
          status: { label: a.status.label, id: a.status.labelId, state: a.status.state, provisional: a.status.provisional, below: a.status.below, meets: a.status.meets, unanswered: a.status.unanswered },
        }));
        print(opts.json, list, () =>
          list.length === 0
            ? `${org.name} has no assessments yet.`
            : list
                .map((a) => `${a.title} [${a.catalogue}, ${a.state}] ${a.answered}/${a.outcomes} answered; ${a.status.label}${a.status.provisional ? ' (provisional)' : ''}; ${a.status.below} below the profile  ${a.id}`)
                .join('\n'),
        );
      });
    });

  assessment
    .command('export')
    .description('write an assessment as an XLSX workbook, a CSV file or a PDF summary')
    .argument('<id>', 'the assessment’s id (see assessment list)')
    .addOption(new Option('--format <format>', 'the file format').choices([...assessments.EXPORT_FORMATS]).default('xlsx'))
    .option('--out <file>', 'where to write it (required)')
    .option('--json', 'print JSON')
    .action(async (id: string, opts: { format: assessments.ExportFormat; out?: string; json?: boolean }, self: Command) => {
      if (!opts.out) throw new ValidationFailed('Say where to write the file: --out <file>.');
      const asOf = asOfFor(self);
      const out = path.resolve(opts.out);
      const file = await withApp(async (app) => {
        const orgId = await assessments.organisationOfAssessment(app.db, id);
        if (!orgId) throw new ValidationFailed(`There is no assessment ${id}: \`bulwark assessment list --org <org>\` shows their ids.`);
        return assessments.exportAssessment(app.db, orgId, id, opts.format, asOf, app.identity);
      });
      fs.writeFileSync(out, file.bytes, { mode: 0o600 });
      print(opts.json, { ok: true, file: out, format: opts.format, bytes: file.bytes.length }, () => `Wrote ${out} (${file.bytes.length.toLocaleString('en-GB')} bytes).`);
    });

  assessment
    .command('remind')
    .description('email each owner the outcomes due within a week or overdue, once a day at most (needs SMTP_URL)')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }, self: Command) => {
      const asOf = asOfFor(self);
      const result = await withApp((app) => assessments.sendReminders(app, asOf));
      print(opts.json, result, () =>
        result.skipped === 'not-configured' ? 'Email is not set up (SMTP_URL): nothing was sent. People still see their work on their home page.' : `Emailed ${result.emailed} ${result.emailed === 1 ? 'person' : 'people'} about ${result.outcomes} outcomes.`,
      );
    });
}

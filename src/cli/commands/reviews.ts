// bulwark reviews: access-review campaigns from the command line. `remind` emails each reviewer with
// outstanding items in the organisation's open campaigns, at most once a day each (needs SMTP_URL), for
// a scheduler to run every morning.
import type { Command } from 'commander';
import * as reviews from '../../modules/access-reviews/service.js';
import * as organisations from '../../modules/organisations/service.js';
import { ValidationFailed } from '../../platform/errors.js';
import { asOfFor } from '../as-of.js';
import { cliActor, print, withApp } from '../output.js';

export function reviewCommands(program: Command) {
  const command = program.command('reviews').description('access-review campaigns of directory accounts');

  command
    .command('remind')
    .description('email each reviewer with outstanding items in the open campaigns, once a day at most (needs SMTP_URL)')
    .option('--org <id-or-ods>', 'the organisation (required)')
    .option('--json', 'print JSON')
    .action(async (opts: { org?: string; json?: boolean }, self: Command) => {
      if (!opts.org) throw new ValidationFailed('Say which organisation: --org <id-or-ods>.');
      const now = asOfFor(self);
      const org = opts.org;
      const result = await withApp(async (app) => reviews.sendReviewReminders({ ...app, actor: cliActor(), now }, (await organisations.resolveOrganisation(app.db, org)).id, null));
      print(opts.json, result, () =>
        result.skipped === 'not-configured'
          ? 'Email is not set up (SMTP_URL): nothing was sent. Reviewers still see their items in Bulwark.'
          : `Emailed ${result.emailed} ${result.emailed === 1 ? 'reviewer' : 'reviewers'} about ${result.items} accounts; ${result.alreadyToday} already reminded today.`,
      );
    });
}

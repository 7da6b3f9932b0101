// bulwark admin create: the first administrator of an organisation (creating the organisation if needed).
import type { Command } from 'commander';
import { ensureAccount } from '../../modules/accounts/service.js';
import * as organisations from '../../modules/organisations/service.js';
import type { Role } from '../../platform/policy/roles.js';
import { cliActor, print, withApp } from '../output.js';
import { askHidden } from '../prompt.js';

export function adminCommands(program: Command) {
  const admin = program.command('admin').description('administrator accounts');
  admin
    .command('create')
    .description('create an organisation administrator; the password comes from BULWARK_PASSWORD or a prompt')
    .requiredOption('--email <email>', 'their email address (their sign-in name)')
    .requiredOption('--name <name>', 'their full name')
    .requiredOption('--org <org>', 'the organisation: its id, ODS code or name; created at the top of the tree if no organisation matches')
    .option('--type <type>', 'type of a new organisation (nhs-trust, ics, icb, gp-practice, …)', 'nhs-trust')
    .option('--ods <code>', 'ODS code of a new organisation')
    .option('--system', 'also make them a system administrator (every organisation)')
    .option('--json', 'print JSON')
    .action(async (opts: { email: string; name: string; org: string; type: string; ods?: string; system?: boolean; json?: boolean }) => {
      await withApp(async (app) => {
        const password = app.config.adminPassword ?? (await askHidden(`Password for ${opts.email}: `));
        const ctx = { ...app, actor: cliActor(), now: new Date() };
        let org = await organisations.findByIdOrOdsCode(app.db, opts.org);
        let orgCreated = false;
        if (!org) {
          const named = await organisations.findOrganisationsByName(app.db, opts.org);
          if (named.length > 1) throw new Error(`Several organisations are called "${opts.org}": use its id or ODS code.`);
          org = named[0];
        }
        if (!org) {
          org = await organisations.createOrganisation(ctx, { name: opts.org, type: opts.type, odsCode: opts.ods ?? null }, null);
          orgCreated = true;
        }
        const roles: Role[] = opts.system ? ['org-admin', 'system-admin'] : ['org-admin'];
        const result = await ensureAccount(ctx, org, { email: opts.email, name: opts.name, password, roles }, { resetPassword: true });
        print(opts.json, { userId: result.userId, userCreated: result.created, organisation: organisations.toView(org), organisationCreated: orgCreated, roles }, () =>
          [
            orgCreated ? `Created organisation ${org.name} (${org.id}).` : `Using organisation ${org.name} (${org.id}).`,
            `${result.created ? 'Created' : 'Updated'} ${opts.email} as ${roles.join(' and ')}.`,
          ].join('\n'),
        );
      });
    });
}

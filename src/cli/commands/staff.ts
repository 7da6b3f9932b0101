// bulwark staff list: the staff register as it stood on a day (the register comes in with
// `bulwark import staff FILE --mapping esr`), with counts by status.
import { type Command, Option } from 'commander';
import { STAFF_FILTERS, staffListQuery } from '../../contract/staff.js';
import * as organisations from '../../modules/organisations/service.js';
import * as staff from '../../modules/workforce/service.js';
import { ValidationFailed } from '../../platform/errors.js';
import { asOfFor } from '../as-of.js';
import { parsedOptions, print, withApp } from '../output.js';

interface ListOptions {
  org?: string;
  status?: (typeof STAFF_FILTERS)[number];
  department?: string;
  staffGroup?: string;
  q?: string;
  inductionDays?: string;
  page?: string;
  pageSize?: string;
  json?: boolean;
}

export function staffCommands(program: Command) {
  const command = program.command('staff').description('the staff register from ESR extracts (import with `bulwark import staff FILE --mapping esr`)');
  command
    .command('list')
    .description('everyone in the register with their status on the as-of day (current, leaver, future starter, new starter) and where they work')
    .option('--org <id-or-ods>', 'the organisation (required)')
    .addOption(new Option('--status <status>', 'only people with this status').choices([...STAFF_FILTERS]))
    .option('--department <name>', 'only this department')
    .option('--staff-group <name>', 'only this staff group')
    .option('--q <text>', 'names, employee number, email or position containing this')
    .option('--induction-days <n>', 'the induction window new starters are within (default 28)')
    .option('--page <n>', 'the page (default 1)')
    .option('--page-size <n>', 'people on a page (default 50, at most 500)')
    .option('--json', 'print JSON')
    .action(async (opts: ListOptions, self: Command) => {
      if (!opts.org) throw new ValidationFailed('Say which organisation: --org <id-or-ods>.');
      const asOf = asOfFor(self);
      const query = parsedOptions(staffListQuery, { status: opts.status, department: opts.department, staffGroup: opts.staffGroup, q: opts.q, inductionDays: opts.inductionDays, page: opts.page, pageSize: opts.pageSize });
      await withApp(async (app) => {
        const org = await organisations.resolveOrganisation(app.db, opts.org!);
        const list = await staff.listStaff(app.db, org.id, query, asOf);
        print(opts.json, { organisation: { id: org.id, name: org.name }, ...list }, () =>
          [
            `${org.name}, ${list.day}: ${list.counts.current} current (${list.counts.new} new starters), ${list.counts.future} future starters, ${list.counts.leaver} leavers`,
            ...list.items.map((p) => `  ${p.employeeNumber.padEnd(10)} ${`${p.lastName}, ${p.knownAs ?? p.firstName}`.padEnd(30)} ${p.status.padEnd(8)}${p.newStarter ? ' new' : '    '} ${p.department ?? '—'} · ${p.staffGroup ?? '—'}`),
            list.total > list.items.length ? `  … ${list.total} people match; this is page ${list.page}.` : '',
          ]
            .filter(Boolean)
            .join('\n'),
        );
      });
    });
}

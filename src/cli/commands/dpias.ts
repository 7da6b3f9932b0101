// bulwark dpias: the organisation's data protection impact assessments with where each stands as of a
// date (--as-of), what it covers and the flags it raises. They are kept through the API and the web app.
import type { Command } from 'commander';
import { DPIA_STATE_LABELS, FLAG_RULE_LABELS } from '../../contract/information-assets.js';
import * as assets from '../../modules/information-assets/service.js';
import * as organisations from '../../modules/organisations/service.js';
import { ValidationFailed } from '../../platform/errors.js';
import { asOfFor } from '../as-of.js';
import { print, withApp } from '../output.js';

export function dpiaCommands(program: Command) {
  const command = program.command('dpias').description('data protection impact assessments of the information assets and data flows');

  command
    .command('list')
    .description('every DPIA, newest first, with its state as of a date (--as-of), what it covers and its flags')
    .option('--org <id-or-ods>', 'the organisation (required)')
    .option('--json', 'print JSON')
    .action(async (opts: { org?: string; json?: boolean }, self: Command) => {
      if (!opts.org) throw new ValidationFailed('Say which organisation: --org <id-or-ods>.');
      const asOf = asOfFor(self);
      const list = await withApp(async (app) => assets.listDpias(app.db, (await organisations.resolveOrganisation(app.db, opts.org!)).id, {}, asOf));
      print(opts.json, list, () =>
        [
          `${list.items.length} DPIAs as of ${list.asOf.slice(0, 10)}`,
          ...list.items.flatMap((d) => [
            `${d.reference.padEnd(15)} ${DPIA_STATE_LABELS[d.state].padEnd(20)} ${d.title}${d.reviewOn ? ` (review on ${d.reviewOn})` : ''}`,
            ...[...d.assets, ...d.flows].map((l) => `    covers ${l.name}${l.archived ? ' (archived)' : ''}`),
            ...d.flags.map((f) => `    ${f.severity} ${FLAG_RULE_LABELS[f.rule]}. ${f.reason}`),
          ]),
        ].join('\n'),
      );
    });
}

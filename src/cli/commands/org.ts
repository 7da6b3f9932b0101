// bulwark org list: the organisation tree.
import type { Command } from 'commander';
import * as organisations from '../../modules/organisations/service.js';
import { print, withApp } from '../output.js';

export function orgCommands(program: Command) {
  const org = program.command('org').description('organisations');
  org
    .command('list')
    .description('list every organisation')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      await withApp(async (app) => {
        const rows = await organisations.allOrganisations(app.db);
        const list = rows.map((r) => ({ id: r.id, odsCode: r.ods_code, name: r.name, type: r.type, parent: r.parent_id, dsptCategory: r.dspt_category }));
        const depth = (path: string) => path.split('/').length - 3;
        print(opts.json, list, () =>
          rows.length === 0 ? 'No organisations yet: create one with `bulwark admin create`.' : rows.map((r) => `${'  '.repeat(depth(r.path))}${r.name} [${r.type}${r.ods_code ? `, ${r.ods_code}` : ''}] ${r.id}`).join('\n'),
        );
      });
    });
}

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
        const rows = await organisations.treeOfEverything(app.db);
        const list = rows.map((r) => ({ id: r.id, odsCode: r.odsCode, name: r.name, type: r.type, parent: r.parentId, dsptCategory: r.dsptCategory }));
        print(opts.json, list, () =>
          rows.length === 0
            ? 'No organisations yet: create one with `bulwark admin create`.'
            : rows.map((r) => `${'  '.repeat(r.depth)}${r.name} [${r.typeLabel}${r.odsCode ? `, ${r.odsCode}` : ''}] ${r.id}`).join('\n'),
        );
      });
    });
}

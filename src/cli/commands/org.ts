// bulwark org list: the organisation tree, from the local database or (with --server) from a
// remote Bulwark through an API token.
import type { Command } from 'commander';
import type { Me } from '../../contract/accounts.js';
import * as organisations from '../../modules/organisations/service.js';
import { print, withApp } from '../output.js';
import { type RemoteOptions, remoteFrom } from '../remote.js';

export function orgCommands(program: Command) {
  const org = program.command('org').description('organisations');
  org
    .command('list')
    .description('list every organisation (with --server: those the token’s owner can see)')
    .option('--json', 'print JSON')
    .option('--server <url>', 'a remote Bulwark server (or set BULWARK_SERVER); the token comes from BULWARK_TOKEN')
    .option('--token <token>', 'API token for --server (BULWARK_TOKEN is safer: the command line is visible to other users)')
    .action(async (opts: { json?: boolean } & RemoteOptions) => {
      const remote = remoteFrom(opts);
      if (remote) {
        const me = await remote.request<Me>('GET', '/api/v1/me');
        const list = me.organisations.map((o) => ({ id: o.id, odsCode: o.odsCode, name: o.name, type: o.type, parent: o.parentId, roles: o.roles }));
        print(opts.json, list, () => me.organisations.map((o) => `${'  '.repeat(o.depth)}${o.name} [${o.typeLabel}${o.odsCode ? `, ${o.odsCode}` : ''}] ${o.id}`).join('\n'));
        return;
      }
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

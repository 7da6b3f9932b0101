// bulwark migrate: brings the database schema up to date (the server also does this at start).
import type { Command } from 'commander';
import { print, withApp } from '../output.js';

export function migrateCommand(program: Command) {
  program
    .command('migrate')
    .description('apply pending database migrations')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const applied = await withApp(async (app) => app.migrationsApplied);
      print(opts.json, { applied }, () => (applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.'));
    });
}

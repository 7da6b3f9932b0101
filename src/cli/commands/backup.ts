// bulwark backup / restore: for the embedded SQLite database. (On PostgreSQL, use pg_dump and the
// provider's point-in-time recovery.)
import path from 'node:path';
import type { Command } from 'commander';
import { auditKeyringOf } from '../../platform/audit/audit-keys.js';
import { recordAudit } from '../../platform/audit/audit-trail.js';
import { openApp } from '../../app/bootstrap.js';
import { loadConfig } from '../../platform/config.js';
import { targetFromConfig } from '../../platform/db/database.js';
import { backupSqlite, restoreSqlite } from '../../platform/db/sqlite-backup.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { ValidationFailed } from '../../platform/errors.js';
import { secretBoxFor } from '../../platform/secrets/key-source.js';
import { cliActor, print, withApp } from '../output.js';

/** The audit keys from the configured secret key: a backup's trail is checked with them. */
function auditKeyring() {
  return auditKeyringOf(secretBoxFor(loadConfig()));
}

function sqliteFile(): string {
  const target = targetFromConfig(loadConfig());
  if (target.engine !== 'sqlite') throw new ValidationFailed('Backups here are for the embedded SQLite database; for PostgreSQL use pg_dump.');
  return target.file;
}

export function backupCommands(program: Command) {
  program
    .command('backup')
    .description('copy the embedded database while Bulwark runs, and check the copy')
    .option('--to <file>', 'where to write it (default: backups/bulwark-<time>.sqlite in the data directory)')
    .option('--json', 'print JSON')
    .action(async (opts: { to?: string; json?: boolean }) => {
      const file = sqliteFile();
      const now = new Date();
      const target = path.resolve(opts.to ?? path.join(path.dirname(file), 'backups', `bulwark-${now.toISOString().replace(/[:.]/g, '-')}.sqlite`));
      const check = await backupSqlite(file, target, auditKeyring());
      await withApp((app) =>
        inTransaction(app.db, (tx) => recordAudit(tx, cliActor(), { action: 'database.backup', entityType: 'database', after: { file: target, bytes: check.bytes, auditRecords: check.audit.records } }, now)),
      );
      print(opts.json, check, () =>
        [
          `Backed up to ${check.file} (${Math.round(check.bytes / 1024)} KiB): ${check.organisations} organisations, ${check.users} accounts.`,
          check.audit.ok ? `Its audit trail verifies: ${check.audit.records} records, head ${check.audit.headHash}.` : `Warning: its audit trail does not verify: ${check.audit.message}.`,
          'Keep backups encrypted and off this machine.',
        ].join('\n'),
      );
      if (!check.audit.ok) process.exitCode = 2;
    });

  program
    .command('restore')
    .description('replace the embedded database with a backup (stop Bulwark first); the replaced database is kept beside it')
    .requiredOption('--from <file>', 'the backup to restore')
    .option('--json', 'print JSON')
    .action(async (opts: { from: string; json?: boolean }) => {
      const result = await restoreSqlite(sqliteFile(), path.resolve(opts.from), auditKeyring());
      // The restored trail carries on: the restore itself is its next record.
      const app = await openApp(loadConfig());
      try {
        await inTransaction(app.db, (tx) =>
          recordAudit(tx, cliActor(), { action: 'database.restore', entityType: 'database', after: { from: result.restored.file, previous: result.previous } }),
        );
      } finally {
        await app.close();
      }
      print(opts.json, result, () =>
        [
          `Restored ${result.restored.file}: ${result.restored.organisations} organisations, ${result.restored.users} accounts, ${result.restored.audit.records} audit records.`,
          result.previous ? `The database it replaced is at ${result.previous}.` : 'There was no database to replace.',
        ].join('\n'),
      );
    });
}

// Online backup and restore of the embedded SQLite database. A backup is taken through SQLite's
// backup API, so it is consistent while the server runs; a restore checks the file before it
// replaces anything, and keeps the database it replaces.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { verifyAuditTrail, type VerifyResult } from '../audit/audit-trail.js';
import type { AuditKeyring } from '../audit/chain.js';
import { ValidationFailed } from '../errors.js';
import type { Database } from './schema.js';

export interface BackupCheck {
  file: string;
  bytes: number;
  organisations: number;
  users: number;
  audit: VerifyResult;
}

/** Copies the live database to `target` and checks the copy (its audit trail with these keys). */
export async function backupSqlite(databaseFile: string, target: string, keyring: AuditKeyring): Promise<BackupCheck> {
  if (fs.existsSync(target)) throw new ValidationFailed(`${target} already exists: choose a new file name.`);
  fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  const source = new SQLite(databaseFile, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target);
  } finally {
    source.close();
  }
  // One self-contained file: no write-ahead log beside it.
  const copy = new SQLite(target);
  copy.pragma('journal_mode = DELETE');
  copy.close();
  fs.chmodSync(target, 0o600);
  return checkSqliteFile(target, keyring);
}

/** Opens a database file read-only and checks it is a whole, untampered Bulwark database. */
export async function checkSqliteFile(file: string, keyring: AuditKeyring): Promise<BackupCheck> {
  if (!fs.existsSync(file)) throw new ValidationFailed(`There is no file ${file}.`);
  let sqlite: SQLite.Database;
  try {
    sqlite = new SQLite(file, { readonly: true, fileMustExist: true });
    const integrity = sqlite.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(String(integrity));
  } catch (error) {
    throw new ValidationFailed(`${file} is not a readable SQLite database (${error instanceof Error ? error.message : String(error)}).`);
  }
  const tables = new Set((sqlite.prepare("select name from sqlite_master where type = 'table'").all() as Array<{ name: string }>).map((t) => t.name));
  if (!['organisations', 'users', 'audit_events', 'audit_head', 'kysely_migration'].every((t) => tables.has(t))) {
    sqlite.close();
    throw new ValidationFailed(`${file} is a SQLite database but not a Bulwark one.`);
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    const count = async (table: 'organisations' | 'users') => Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    return { file, bytes: fs.statSync(file).size, organisations: await count('organisations'), users: await count('users'), audit: await verifyAuditTrail(db, { keyring }) };
  } finally {
    await db.destroy();
  }
}

export interface RestoreResult {
  restored: BackupCheck;
  /** Where the database that was replaced now is. */
  previous: string | null;
}

/**
 * Replaces the database file with a checked backup. The server must be stopped: its pid file in
 * the data directory is checked. A backup whose audit trail does not verify is refused.
 */
export async function restoreSqlite(databaseFile: string, backup: string, keyring: AuditKeyring, now = new Date()): Promise<RestoreResult> {
  const running = runningServerPid(path.dirname(databaseFile));
  if (running) throw new ValidationFailed(`Bulwark is running (process ${running}) on this data directory: stop it before restoring.`);
  const check = await checkSqliteFile(backup, keyring);
  if (!check.audit.ok) throw new ValidationFailed(`The backup's audit trail does not verify: ${check.audit.message}. Nothing was restored.`);

  let previous: string | null = null;
  if (fs.existsSync(databaseFile)) {
    previous = `${databaseFile}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    // Fold the write-ahead log into the file first, so the copy kept aside is whole.
    const current = new SQLite(databaseFile);
    current.pragma('wal_checkpoint(TRUNCATE)');
    current.close();
    fs.renameSync(databaseFile, previous);
  }
  for (const suffix of ['-wal', '-shm']) fs.rmSync(databaseFile + suffix, { force: true });
  fs.copyFileSync(backup, databaseFile);
  fs.chmodSync(databaseFile, 0o600);
  return { restored: check, previous };
}

const PID_FILE = 'server.pid';

/** The server records its process id beside an embedded database while it runs. */
export function writeServerPid(dataDir: string): () => void {
  const file = path.join(dataDir, PID_FILE);
  fs.writeFileSync(file, String(process.pid), { mode: 0o600 });
  return () => fs.rmSync(file, { force: true });
}

export function runningServerPid(dataDir: string): number | null {
  const file = path.join(dataDir, PID_FILE);
  if (!fs.existsSync(file)) return null;
  const pid = Number(fs.readFileSync(file, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null; // left behind by a server that did not stop cleanly
  }
}

// Opens the database: embedded SQLite (one file in the data directory) by default, PostgreSQL when a
// URL is given. Engine differences in values (instants, bigint counts) are settled here, once.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type Migration } from 'kysely';
import pg from 'pg';
import type { Engine } from './engine.js';
import { handleOf } from './transaction.js';
import { migrations } from './migrations/index.js';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  engine: Engine;
  /** Where the data lives, for people: a file path or the PostgreSQL URL without its password. */
  location: string;
  close(): Promise<void>;
}

export type DatabaseTarget = { engine: 'sqlite'; file: string } | { engine: 'postgres'; url: string; poolSize?: number };

export function targetFromConfig(config: { databaseUrl: string | undefined; dataDir: string }): DatabaseTarget {
  return config.databaseUrl
    ? { engine: 'postgres', url: config.databaseUrl }
    : { engine: 'sqlite', file: path.join(config.dataDir, 'bulwark.sqlite') };
}

export function openDatabase(target: DatabaseTarget): DatabaseHandle {
  return target.engine === 'sqlite' ? openSqlite(target.file) : openPostgres(target.url, target.poolSize ?? 10);
}

function openSqlite(file: string): DatabaseHandle {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const statements = withStatementCache(sqlite);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: statements }) });
  directReaders.set(db, (sqlText) => {
    const statement = statements.prepare(sqlText);
    return (parameters) => (sqlite.inTransaction ? null : statement.all(...parameters));
  });
  const columns = new Map<string, SQLite.Statement>();
  directColumnReaders.set(db, (sqlText) => {
    let statement = columns.get(sqlText);
    if (!statement) {
      statement = sqlite.prepare(sqlText).pluck(true);
      columns.set(sqlText, statement);
    }
    const prepared = statement;
    return (parameters) => (sqlite.inTransaction ? null : prepared.all(...parameters));
  });
  engines.set(db, 'sqlite');
  return { db, engine: 'sqlite', location: file, close: () => db.destroy() };
}

/** Prepares a read once; running it answers null while a transaction is open. */
type DirectReader = (sqlText: string) => (parameters: readonly unknown[]) => unknown[] | null;
const directReaders = new WeakMap<Db, DirectReader>();
const engines = new WeakMap<Db, Engine>();

/** The engine behind a handle, or behind the handle a transaction was opened on (with inTransaction). */
export function engineOf(db: Db): Engine {
  const engine = engines.get(handleOf(db));
  if (!engine) throw new Error('This database handle was not opened by openDatabase.');
  return engine;
}
const directColumnReaders = new WeakMap<Db, DirectReader>();

/**
 * For SQLite: as directReaderFor, for a query of one column, answered as a plain array of its values.
 * A million rows come back as one array of numbers rather than a million objects (a third of the time).
 */
export function directColumnReaderFor(db: Db): DirectReader | undefined {
  return directColumnReaders.get(db);
}

/**
 * For SQLite: run a read straight on the connection, skipping Kysely's asynchronous plumbing, which
 * costs more than a simple indexed read. better-sqlite3 is synchronous, so such a read cannot
 * interleave with another query; while a transaction is open it answers null and the caller goes
 * through Kysely, which waits its turn, so uncommitted changes are never seen.
 */
export function directReaderFor(db: Db): DirectReader | undefined {
  return directReaders.get(db);
}

/**
 * Kysely prepares every statement on every execution; preparing costs as much as running a
 * simple indexed read. Keeping prepared statements by SQL text doubles read throughput.
 */
function withStatementCache(sqlite: SQLite.Database, limit = 1000) {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sqlText: string) {
      let statement = cache.get(sqlText);
      if (!statement) {
        statement = sqlite.prepare(sqlText);
        if (cache.size >= limit) cache.delete(cache.keys().next().value as string);
        cache.set(sqlText, statement);
      }
      return statement;
    },
  };
}

let pgTypesSet = false;
function setPgTypeParsers() {
  if (pgTypesSet) return;
  pgTypesSet = true;
  const parseTimestamp = pg.types.getTypeParser(pg.types.builtins.TIMESTAMPTZ) as (v: string) => Date;
  pg.types.setTypeParser(pg.types.builtins.TIMESTAMPTZ, (v) => utcTimestampToIso(v) ?? parseTimestamp(v).toISOString());
  pg.types.setTypeParser(pg.types.builtins.INT8, Number);
  pg.types.setTypeParser(pg.types.builtins.NUMERIC, Number.parseFloat);
}

/**
 * '2026-11-28 16:25:32.1+00' → '2026-11-28T16:25:32.100Z', the form Date#toISOString gives, without
 * building a Date. Sessions run in UTC, so PostgreSQL always answers '+00'; anything else (such as
 * a year beyond 9999) returns null and takes the general parser.
 */
export function utcTimestampToIso(value: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?\+00$/.exec(value);
  if (!m) return null;
  return `${m[1]}T${m[2]}.${(m[3] ?? '').padEnd(3, '0').slice(0, 3)}Z`;
}

function openPostgres(url: string, poolSize: number): DatabaseHandle {
  setPgTypeParsers();
  const pool = new pg.Pool({ connectionString: url, max: poolSize, options: '-c TimeZone=UTC' });
  // An idle connection the server ends (a restart, a failover, a dropped database) is an 'error' on the
  // pool, which has already discarded it; unhandled, that event would stop the whole process.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  engines.set(db, 'postgres');
  return { db, engine: 'postgres', location: redactUrl(url), close: () => db.destroy() };
}

export function redactUrl(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

/** Applies every pending migration; safe to run from several instances at once (Kysely takes a lock). */
export async function migrate(handle: DatabaseHandle): Promise<string[]> {
  const provided: Record<string, Migration> = {};
  for (const [name, m] of Object.entries(migrations)) {
    provided[name] = { up: (db) => m.up(db, handle.engine) };
  }
  const migrator = new Migrator({ db: handle.db, provider: { getMigrations: async () => provided } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(`Migration failed: ${JSON.stringify(error)}`);
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** True when the database answers a trivial query: what /healthz reports. */
export async function isDatabaseUp(db: Db): Promise<boolean> {
  try {
    await db.selectFrom('audit_head').select('id').where('id', '=', 1).executeTakeFirst();
    return true;
  } catch {
    return false;
  }
}

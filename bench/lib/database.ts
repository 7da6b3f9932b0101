// The database a benchmark's Bulwark server uses. SQLite needs nothing here: the server makes its
// own temporary file. For PostgreSQL, BENCH_DATABASE_URL names a database to use as it is (the demo
// data is loaded into it and it is kept); otherwise a fresh database bulwark_bench_<random> is
// created on the server at BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/test) and
// dropped afterwards.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Engine } from './types.js';

export const POSTGRES_SERVER_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface BenchDatabase {
  /** Environment for the server child: BENCH_DATABASE_URL, empty for SQLite. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

export async function benchDatabase(engine: Engine): Promise<BenchDatabase> {
  // An empty BENCH_DATABASE_URL keeps a SQLite run on SQLite even if the variable is set outside.
  if (engine === 'sqlite') return { env: { BENCH_DATABASE_URL: '' }, drop: async () => {} };
  const given = process.env.BENCH_DATABASE_URL;
  if (given) return { env: { BENCH_DATABASE_URL: given }, drop: async () => {} };

  const name = `bulwark_bench_${randomBytes(6).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: POSTGRES_SERVER_URL });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(POSTGRES_SERVER_URL);
  url.pathname = `/${name}`;
  return { env: { BENCH_DATABASE_URL: url.toString() }, drop: () => admin(`drop database if exists ${name} with (force)`) };
}

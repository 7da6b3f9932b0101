// A fresh, empty database for each test app, on the engine the run is for: a temporary SQLite
// file, or a new database on the PostgreSQL server at TEST_DATABASE_URL (dropped afterwards).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseTarget } from '../../src/platform/db/database.js';

export type TestEngine = 'sqlite' | 'postgres';

export const testEngine: TestEngine = process.env.BULWARK_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';
export const testPostgresUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  target: DatabaseTarget;
  drop(): Promise<void>;
}

export async function createTestDatabase(engine: TestEngine = testEngine): Promise<TestDatabase> {
  if (engine === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-test-'));
    return { target: { engine: 'sqlite', file: path.join(dir, 'bulwark.sqlite') }, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `bulwark_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testPostgresUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(testPostgresUrl);
  url.pathname = `/${name}`;
  return {
    target: { engine: 'postgres', url: url.toString(), poolSize: 5 },
    drop: async () => {
      const c = new pg.Client({ connectionString: testPostgresUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

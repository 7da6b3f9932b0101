// The store's promises on both engines: migrations apply once, and a read never sees another
// request's uncommitted changes (SQLite's fast read path steps aside while a transaction is open).
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOrganisation } from '../../src/modules/organisations/store.js';
import { migrate, openDatabase, type DatabaseHandle } from '../../src/platform/db/database.js';
import { migrations } from '../../src/platform/db/migrations/index.js';
import { createTestDatabase, testEngine, type TestDatabase } from '../support/database.js';

let database: TestDatabase;
let handle: DatabaseHandle;

beforeAll(async () => {
  database = await createTestDatabase();
  handle = openDatabase(database.target);
});
afterAll(async () => {
  await handle.close();
  await database.drop();
});

describe('database', () => {
  it('applies every migration once, and nothing the second time', async () => {
    expect(await migrate(handle)).toEqual(Object.keys(migrations));
    expect(Object.keys(migrations).slice(0, 2)).toEqual(['0001-foundation', '0002-identity']);
    expect(await migrate(handle)).toEqual([]);
  });

  it('a read during another transaction does not see its uncommitted organisation', async () => {
    const at = new Date().toISOString();
    const org = { id: 'f1a9c0de-0000-4000-8000-000000000001', parent_id: null, path: '/f1a9c0de-0000-4000-8000-000000000001/', name: 'Uncommitted', type: 'ics', ods_code: null, dspt_category: null, created_at: at, updated_at: at, version: 1 };
    let commit!: () => void;
    const gate = new Promise<void>((resolve) => (commit = resolve));
    let inserted!: () => void;
    const insertedSignal = new Promise<void>((resolve) => (inserted = resolve));
    const transaction = handle.db.transaction().execute(async (tx) => {
      await tx.insertInto('organisations').values(org).execute();
      inserted();
      await gate;
    });
    await insertedSignal;

    const during = await Promise.race([findOrganisation(handle.db, org.id), new Promise((r) => setTimeout(() => r('still waiting'), 300))]);
    // SQLite queues the read behind the transaction; PostgreSQL answers from before it.
    expect(during === 'still waiting' || during === undefined).toBe(true);

    commit();
    await transaction;
    expect(await findOrganisation(handle.db, org.id)).toMatchObject({ id: org.id, name: 'Uncommitted' });
  });

  it.runIf(testEngine === 'postgres')('a PostgreSQL connection the server ends while idle is replaced, and the process carries on', async () => {
    const pid = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(handle.db)).rows[0]!.pid;
    const admin = openDatabase(database.target);
    try {
      await sql`select pg_terminate_backend(${pid})`.execute(admin.db);
    } finally {
      await admin.close();
    }
    // Give the pool time to hear of it; an unhandled 'error' event would fail the run here.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const after = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(handle.db);
    expect(after.rows[0]!.pid).not.toBe(pid);
  });
});

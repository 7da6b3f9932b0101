// The keyed audit trail on a real database: someone who can write to the database but does not hold
// the key cannot edit, rewrite or shorten the trail unnoticed; a head kept elsewhere catches the one
// thing the database alone cannot (a trail put back to an older, consistent state); keys can rotate;
// and an installation upgraded from the unkeyed trail keeps its old records, sealed by the first keyed one.
import { randomBytes } from 'node:crypto';
import { Migrator } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type OpenedApp } from '../../src/app/bootstrap.js';
import { recordAudit, verifyAuditTrail, type VerifyResult } from '../../src/platform/audit/audit-trail.js';
import { GENESIS_HASH, unkeyedHash } from '../../src/platform/audit/chain.js';
import { openDatabase } from '../../src/platform/db/database.js';
import { migrations } from '../../src/platform/db/migrations/index.js';
import { inTransaction } from '../../src/platform/db/transaction.js';
import { keyIdOf, parseSecretKey } from '../../src/platform/secrets/secret-box.js';
import { createTestApp, signIn, TEST_SECRET_KEY, type TestApp, testConfig } from '../support/app.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

const ACTOR = { userId: null, label: 'cli:tester' };
const keyIdOfText = (key: string) => keyIdOf(parseSecretKey(key, 'test key'));

function record(app: OpenedApp, action: string) {
  return inTransaction(app.db, (tx) => recordAudit(tx, ACTOR, { action, entityType: 'test', after: { at: action } }));
}

function failure(result: VerifyResult) {
  expect(result.ok).toBe(false);
  return result.ok ? null : result.problem;
}

/** What someone with write access to the database, but not the key, can do: recompute plain hashes for every record and the head. */
async function rehashWholeTrail(app: OpenedApp, relabel: 'keep key ids' | 'as unkeyed') {
  const rows = await app.db.selectFrom('audit_events').selectAll().orderBy('seq').execute();
  let prev = GENESIS_HASH;
  for (const row of rows) {
    const fields = { ...row, seq: Number(row.seq), prev_hash: prev, key_id: relabel === 'as unkeyed' ? null : row.key_id };
    const hash = unkeyedHash(fields);
    await app.db.updateTable('audit_events').set({ prev_hash: prev, hash, key_id: fields.key_id }).where('seq', '=', fields.seq).execute();
    prev = hash;
  }
  await app.db.updateTable('audit_head').set({ last_seq: rows.length, last_hash: prev, head_mac: null }).where('id', '=', 1).execute();
}

describe('a trail written by Bulwark', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('seals every record with the current key and verifies, naming its head', async () => {
    const rows = await t.app.db.selectFrom('audit_events').select(['key_id', 'hash']).execute();
    expect(rows.length).toBeGreaterThan(10);
    expect(new Set(rows.map((r) => r.key_id))).toEqual(new Set([keyIdOfText(TEST_SECRET_KEY)]));
    const result = await verifyAuditTrail(t.app.db);
    expect(result).toMatchObject({ ok: true, records: rows.length, headSeq: rows.length, unkeyedRecords: 0, keyIds: [keyIdOfText(TEST_SECRET_KEY)] });
  });

  it('stays whole under concurrent writers', async () => {
    const before = await verifyAuditTrail(t.app.db);
    await Promise.all(Array.from({ length: 12 }, (_, i) => record(t.app, `test.concurrent-${i}`)));
    const after = await verifyAuditTrail(t.app.db);
    expect(after).toMatchObject({ ok: true, records: (before.ok ? before.records : 0) + 12 });
  });

  it('a system administrator sees the same verdict through the API', async () => {
    const admin = await signIn(t.server, 'admin@northshire-ics.example');
    const res = await admin.get('/api/v1/audit/verify');
    const direct = await verifyAuditTrail(t.app.db);
    expect(res.json()).toEqual({ ok: true, records: direct.ok && direct.records, headHash: direct.ok && direct.headHash });
  });

  it('finds one changed field of one record', async () => {
    const target = await t.app.db.selectFrom('audit_events').select(['seq', 'after_json']).where('action', '=', 'member.create').orderBy('seq').executeTakeFirstOrThrow();
    await t.app.db.updateTable('audit_events').set({ after_json: '{"roles":["system-admin"]}' }).where('seq', '=', target.seq).execute();
    expect(failure(await verifyAuditTrail(t.app.db))).toEqual({ kind: 'altered', seq: Number(target.seq) });
    await t.app.db.updateTable('audit_events').set({ after_json: target.after_json }).where('seq', '=', target.seq).execute();
    expect((await verifyAuditTrail(t.app.db)).ok).toBe(true);
  });
});

describe('someone who rewrites the whole trail with plain SHA-256, head included', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('is found at the first record when the key ids are left in place', async () => {
    await t.app.db.updateTable('audit_events').set({ actor_label: 'someone-else' }).where('seq', '=', 3).execute();
    await rehashWholeTrail(t.app, 'keep key ids');
    expect(failure(await verifyAuditTrail(t.app.db))).toEqual({ kind: 'altered', seq: 1 });
  });

  it('is found when every record is passed off as one from before the trail was keyed', async () => {
    await rehashWholeTrail(t.app, 'as unkeyed');
    const records = (await t.app.db.selectFrom('audit_events').select('seq').execute()).length;
    const result = await verifyAuditTrail(t.app.db);
    expect(failure(result)).toEqual({ kind: 'unkeyed-end', seq: records });
    expect(result.ok ? '' : result.message).toMatch(/cannot be told apart from a rewritten trail/);
  });
});

describe('records cut from the end', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('are found by the head’s seal when the head is moved back', async () => {
    const last = await t.app.db.selectFrom('audit_events').select(['seq', 'prev_hash']).orderBy('seq', 'desc').executeTakeFirstOrThrow();
    const headBefore = await t.app.db.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow();
    await t.app.db.deleteFrom('audit_events').where('seq', '=', last.seq).execute();
    await t.app.db.updateTable('audit_head').set({ last_seq: Number(last.seq) - 1, last_hash: last.prev_hash }).where('id', '=', 1).execute();
    expect(failure(await verifyAuditTrail(t.app.db))).toEqual({ kind: 'head-unsealed', seq: Number(last.seq) - 1 });
    // Put the head back as it was; the cut record is gone for good, so the head now names a record that is missing.
    await t.app.db.updateTable('audit_head').set({ last_seq: headBefore.last_seq, last_hash: headBefore.last_hash, head_mac: headBefore.head_mac }).where('id', '=', 1).execute();
    expect(failure(await verifyAuditTrail(t.app.db))).toEqual({ kind: 'head-mismatch', seq: Number(headBefore.last_seq) });
  });
});

describe('a head kept elsewhere', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('is found in a trail that grew after it, and catches a trail put back to an older state', async () => {
    const earlier = await verifyAuditTrail(t.app.db);
    if (!earlier.ok) throw new Error(earlier.message);
    // An old copy of the head row, as a backup taken now would hold it.
    const oldHead = await t.app.db.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow();

    await record(t.app, 'test.after-1');
    await record(t.app, 'test.after-2');
    const kept = await verifyAuditTrail(t.app.db);
    if (!kept.ok) throw new Error(kept.message);
    const grown = await verifyAuditTrail(t.app.db, { keptHead: { seq: earlier.headSeq, mac: earlier.headHash } });
    expect(grown).toMatchObject({ ok: true, keptHead: { seq: earlier.headSeq, recordsAfter: 2 } });

    // The two newest records removed and the old head put back: the database is consistent with itself again…
    await t.app.db.deleteFrom('audit_events').where('seq', '>', oldHead.last_seq).execute();
    await t.app.db.updateTable('audit_head').set({ last_seq: oldHead.last_seq, last_hash: oldHead.last_hash, head_mac: oldHead.head_mac }).where('id', '=', 1).execute();
    expect((await verifyAuditTrail(t.app.db)).ok).toBe(true);
    // …but not with the head that was kept.
    const cut = await verifyAuditTrail(t.app.db, { keptHead: { seq: kept.headSeq, mac: kept.headHash } });
    expect(failure(cut)).toEqual({ kind: 'kept-head-missing', head: `${kept.headSeq}:${kept.headHash}` });
    // The MAC alone (without its record number) is checked the same way.
    expect((await verifyAuditTrail(t.app.db, { keptHead: { seq: null, mac: kept.headHash } })).ok).toBe(false);
  });
});

describe('rotating the key', () => {
  let t: TestApp;
  const newKey = randomBytes(32).toString('base64');
  const opened: OpenedApp[] = [];
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    for (const app of opened) await app.close();
    await t.close();
  });
  const reopen = async (env: Record<string, string>) => {
    const app = await openApp(testConfig(env), t.target);
    opened.push(app);
    return app;
  };

  it('keeps records sealed with the previous key verifiable, while new ones are sealed with the new key', async () => {
    const rotated = await reopen({ BULWARK_SECRET_KEY: newKey, BULWARK_SECRET_KEY_PREVIOUS: TEST_SECRET_KEY });
    await record(rotated, 'test.after-rotation');
    const newest = await rotated.db.selectFrom('audit_events').select('key_id').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(newest.key_id).toBe(keyIdOfText(newKey));
    expect(await verifyAuditTrail(rotated.db)).toMatchObject({ ok: true, keyIds: [keyIdOfText(TEST_SECRET_KEY), keyIdOfText(newKey)] });
  });

  it('without the previous key, says which key is missing rather than passing the old records', async () => {
    const newOnly = await reopen({ BULWARK_SECRET_KEY: newKey });
    const result = await verifyAuditTrail(newOnly.db);
    expect(failure(result)).toEqual({ kind: 'unknown-key', seq: 1, keyId: keyIdOfText(TEST_SECRET_KEY) });
    expect(result.ok ? '' : result.message).toMatch(/add that key to BULWARK_SECRET_KEY_PREVIOUS/);
  });
});

describe('an installation upgraded from the unkeyed trail', () => {
  let database: TestDatabase;
  let app: OpenedApp;
  const LEGACY = 3;

  beforeAll(async () => {
    database = await createTestDatabase();
    // The schema as it was before the trail was keyed, with three records hashed the old way.
    const handle = openDatabase(database.target);
    const provided = Object.fromEntries(Object.entries(migrations).map(([name, m]) => [name, { up: (db: Parameters<typeof m.up>[0]) => m.up(db, handle.engine) }]));
    const migrated = await new Migrator({ db: handle.db, provider: { getMigrations: async () => provided } }).migrateTo('0004-organisation-profiles');
    expect(migrated.error).toBeUndefined();
    let prev = GENESIS_HASH;
    for (let seq = 1; seq <= LEGACY; seq++) {
      const fields = {
        seq,
        id: `00000000-0000-4000-8000-00000000000${seq}`,
        occurred_at: `2026-01-0${seq}T09:00:00.000Z`,
        actor_id: null,
        actor_label: 'cli:installer',
        org_id: null,
        action: 'organisation.create',
        entity_type: 'organisation',
        entity_id: `org-${seq}`,
        before_json: null,
        after_json: `{"name":"Trust ${seq}"}`,
        request_id: null,
        prev_hash: prev,
      };
      const hash = unkeyedHash({ ...fields, key_id: null });
      await (handle.db as unknown as import('kysely').Kysely<Record<string, Record<string, unknown>>>).insertInto('audit_events').values({ ...fields, hash }).execute();
      prev = hash;
    }
    await handle.db.updateTable('audit_head').set({ last_seq: LEGACY, last_hash: prev }).where('id', '=', 1).execute();
    await handle.close();
    app = await openApp(testConfig(), database.target);
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('keeps the old records with their plain hashes, sealed by one keyed record written at the upgrade', async () => {
    const rows = await app.db.selectFrom('audit_events').select(['seq', 'key_id', 'action', 'after_json']).orderBy('seq').execute();
    expect(rows.slice(0, LEGACY).every((r) => r.key_id === null)).toBe(true);
    expect(rows[LEGACY]).toMatchObject({ seq: LEGACY + 1, key_id: keyIdOfText(TEST_SECRET_KEY), action: 'audit.keyed' });
    expect(JSON.parse(rows[LEGACY]!.after_json!)).toEqual({ unkeyedRecords: LEGACY, keyId: keyIdOfText(TEST_SECRET_KEY) });
    expect(await verifyAuditTrail(app.db)).toMatchObject({ ok: true, unkeyedRecords: LEGACY });
  });

  it('does not seal again when opened again', async () => {
    const again = await openApp(testConfig(), database.target);
    try {
      const sealed = await again.db.selectFrom('audit_events').select('seq').where('action', '=', 'audit.keyed').execute();
      expect(sealed).toHaveLength(1);
    } finally {
      await again.close();
    }
  });

  it('an old record rewritten, with every old hash recomputed, breaks the link of the first keyed record', async () => {
    const original = await app.db.selectFrom('audit_events').selectAll().where('seq', '<=', LEGACY).orderBy('seq').execute();
    await app.db.updateTable('audit_events').set({ after_json: '{"name":"Someone else’s trust"}' }).where('seq', '=', 2).execute();
    let prev = GENESIS_HASH;
    for (const row of await app.db.selectFrom('audit_events').selectAll().where('seq', '<=', LEGACY).orderBy('seq').execute()) {
      const hash = unkeyedHash({ ...row, seq: Number(row.seq), prev_hash: prev });
      await app.db.updateTable('audit_events').set({ prev_hash: prev, hash }).where('seq', '=', row.seq).execute();
      prev = hash;
    }
    expect(failure(await verifyAuditTrail(app.db))).toEqual({ kind: 'broken-link', seq: LEGACY + 1 });
    for (const row of original) await app.db.updateTable('audit_events').set({ after_json: row.after_json, prev_hash: row.prev_hash, hash: row.hash }).where('seq', '=', row.seq).execute();
    expect((await verifyAuditTrail(app.db)).ok).toBe(true);
  });
});

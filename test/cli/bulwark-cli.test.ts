// The bulwark command, run as a person runs it, against a real database on the engine under test.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/platform/db/database.js';
import { runBulwark } from '../support/cli.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

let database: TestDatabase;
let env: Record<string, string>;

beforeAll(async () => {
  database = await createTestDatabase();
  const target = database.target;
  env = {
    BULWARK_DEMO_PASSWORD: 'demo-password-for-cli-tests',
    ...(target.engine === 'sqlite' ? { BULWARK_DATA_DIR: path.dirname(target.file) } : { DATABASE_URL: target.url }),
  };
});
afterAll(() => database.drop());

function bulwark(args: string[], extraEnv: Record<string, string> = {}) {
  return runBulwark(args, { ...env, ...extraEnv });
}

function openDb(): DatabaseHandle {
  return openDatabase(database.target);
}

describe('bulwark CLI', () => {
  it('admin create makes the first organisation and its administrator', async () => {
    const r = await bulwark(['admin', 'create', '--email', 'ciso@riverbend.example', '--name', 'Ada Lovell', '--org', 'Riverbend NHS Trust', '--ods', 'rzx', '--json'], {
      BULWARK_PASSWORD: 'lighthouse-ember-quartz',
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ userCreated: true, organisationCreated: true, roles: ['org-admin'], organisation: { name: 'Riverbend NHS Trust', odsCode: 'RZX', type: 'nhs-trust' } });
  });

  it('admin create refuses a weak password and says why', async () => {
    const r = await bulwark(['admin', 'create', '--email', 'weak@riverbend.example', '--name', 'W', '--org', 'RZX'], { BULWARK_PASSWORD: 'letmein' });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/at least 12 characters/);
  });

  it('demo loads the demo tree once; running it again adds nothing', async () => {
    const first = JSON.parse((await bulwark(['demo', '--json'])).stdout);
    expect(first.organisations).toEqual({ created: 9, existing: 0 });
    // One person per role, and the two line managers from the staff register who use Bulwark.
    expect(first.peopleCreated).toBe(18);
    expect((first.people as Array<{ email: string; roles: string[] }>).filter((p) => p.roles.includes('line-manager')).map((p) => p.email)).toEqual([
      'manager@northshire-acute.example',
      'lena.gillespie055@northshire-acute.example',
      'zoe.bhatt052@northshire-acute.example',
    ]);
    expect([first.registerCreated, first.flowsCreated, first.dpiasCreated]).toEqual([{ assets: 40, suppliers: 15 }, 27, 6]);
    const second = JSON.parse((await bulwark(['demo', '--json'])).stdout);
    expect(second.organisations).toEqual({ created: 0, existing: 9 });
    expect(second.peopleCreated).toBe(0);
    expect([second.registerCreated, second.flowsCreated, second.dpiasCreated]).toEqual([{ assets: 0, suppliers: 0 }, 0, 0]);
    expect([second.findingsCreated, second.cyberAlertsCreated]).toEqual([0, 0]);
    // The whole demo loaded twice in separate processes, 20,000 alerts and four scans among it: longer than one request's test.
  }, 120_000);

  it('org list --json lists organisations with id, ODS code, name, type and parent', async () => {
    const list = JSON.parse((await bulwark(['org', 'list', '--json'])).stdout) as Array<Record<string, string | null>>;
    expect(list).toHaveLength(10);
    const trust = list.find((o) => o.odsCode === 'RZZ')!;
    const ics = list.find((o) => o.type === 'ics')!;
    expect(trust).toMatchObject({ name: 'Northshire Hospitals NHS Foundation Trust', type: 'nhs-foundation-trust', parent: ics.id });
    expect(Object.keys(trust).sort()).toEqual(['dsptCategory', 'id', 'name', 'odsCode', 'parent', 'type']);
  });

  it('audit verify passes on an untouched trail', async () => {
    const r = await bulwark(['audit', 'verify', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true });
  });

  it('audit verify fails, naming the record, when a record is edited in the database', async () => {
    const handle = openDb();
    const original = await handle.db.selectFrom('audit_events').select('after_json').where('seq', '=', 5).executeTakeFirstOrThrow();
    await handle.db.updateTable('audit_events').set({ after_json: '{"roles":["system-admin"]}' }).where('seq', '=', 5).execute();
    const r = await bulwark(['audit', 'verify']);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toMatch(/record 5 has been altered/);
    // Put it back, so the next test sees only its own tampering.
    await handle.db.updateTable('audit_events').set({ after_json: original.after_json }).where('seq', '=', 5).execute();
    await handle.close();
    expect((await bulwark(['audit', 'verify'])).code).toBe(0);
  });

  it('audit verify prints the head to keep, and --head later finds it in the trail', async () => {
    const r = await bulwark(['audit', 'verify']);
    expect(r.code).toBe(0);
    const head = /Head: record (\d+) \(id [0-9a-f-]{36}\), MAC ([0-9a-f]{64})/.exec(r.stdout);
    expect(head, r.stdout).not.toBeNull();
    expect(r.stdout).toContain(`bulwark audit verify --head ${head![1]}:${head![2]}`);
    const again = await bulwark(['audit', 'verify', '--head', `${head![1]}:${head![2]}`]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`The head you kept, record ${head![1]}, is still the end of the trail.`);
  });

  it('audit verify --head catches a trail put back to an older state, which looks whole on its own', async () => {
    const handle = openDb();
    const older = await handle.db.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow();
    expect((await bulwark(['admin', 'create', '--email', 'later@riverbend.example', '--name', 'Later', '--org', 'RZX'], { BULWARK_PASSWORD: 'lighthouse-ember-quartz' })).code).toBe(0);
    const kept = JSON.parse((await bulwark(['audit', 'verify', '--json'])).stdout) as { headSeq: number; headHash: string };
    expect(kept.headSeq).toBeGreaterThan(Number(older.last_seq));
    expect(JSON.parse((await bulwark(['audit', 'verify', '--json', '--head', `${older.last_seq}:${older.last_hash}`])).stdout)).toMatchObject({
      ok: true,
      keptHead: { seq: Number(older.last_seq), recordsAfter: kept.headSeq - Number(older.last_seq) },
    });

    await handle.db.deleteFrom('audit_events').where('seq', '>', older.last_seq).execute();
    await handle.db.updateTable('audit_head').set({ last_seq: older.last_seq, last_hash: older.last_hash, head_mac: older.head_mac }).where('id', '=', 1).execute();
    await handle.close();
    expect((await bulwark(['audit', 'verify'])).code).toBe(0);
    const r = await bulwark(['audit', 'verify', '--head', `${kept.headSeq}:${kept.headHash}`]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/the head you kept .* is not in the trail: records were removed from the end, or the trail was rewritten/);
    // Five runs of the command, each a new process: more than the default allowance on a busy machine.
  }, 90_000);

  it('audit verify --head refuses something that is not a head, saying what one looks like', async () => {
    const r = await bulwark(['audit', 'verify', '--head', 'yesterday']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/The head must be the MAC printed by bulwark audit verify \(64 hex digits\)/);
  });

  it('audit verify fails when records are removed from the end', async () => {
    const handle = openDb();
    const last = await handle.db.selectFrom('audit_events').select('seq').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    await handle.db.deleteFrom('audit_events').where('seq', '=', last.seq).execute();
    await handle.close();
    const r = await bulwark(['audit', 'verify', '--json']);
    expect(r.code).not.toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, message: expect.stringMatching(/removed from the end/) });
  });

  it('an unknown organisation is a clear error', async () => {
    const r = await bulwark(['admin', 'create', '--email', 'x@y.example', '--name', 'X', '--org', 'Q99', '--type', 'galaxy'], { BULWARK_PASSWORD: 'lighthouse-ember-quartz' });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/"galaxy" is not a type of organisation/);
  });
});

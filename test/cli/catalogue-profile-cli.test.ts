// bulwark catalogue profile set: an organisation's expected levels from a profile file, run as a person runs it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBulwark } from '../support/cli.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { TEST_SECRET_KEY } from '../support/app.js';

let database: TestDatabase;
let env: Record<string, string>;
let work: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const target = database.target;
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-profile-cli-'));
  env = {
    BULWARK_SECRET_KEY: TEST_SECRET_KEY,
    BULWARK_DEMO_PASSWORD: 'demo-password-for-cli-tests',
    ...(target.engine === 'sqlite' ? { BULWARK_DATA_DIR: path.dirname(target.file) } : { DATABASE_URL: target.url }),
  };
});
afterAll(async () => {
  fs.rmSync(work, { recursive: true, force: true });
  await database.drop();
});

const bulwark = (args: string[]) => runBulwark(args, env);

describe('bulwark catalogue profile set', () => {
  it('sets an organisation’s expected levels from a YAML profile, and refuses a level an outcome does not allow', async () => {
    expect((await bulwark(['demo'])).code).toBe(0);
    const file = path.join(work, 'rzz-2025-26.yaml');
    fs.writeFileSync(
      file,
      ['format: bulwark.profile/1', 'catalogue: { catalogue: dspt, version: 2025-26 }', 'id: northshire-acute', 'name: Northshire Hospitals targets', 'expected:', '  A1.a: achieved', '  B2.a: not-applicable', ''].join('\n'),
    );
    const r = await bulwark(['catalogue', 'profile', 'set', 'dspt@2025-26', '--org', 'RZZ', '--file', file, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, organisation: { odsCode: 'RZZ' }, catalogue: 'dspt@2025-26', expected: 2, version: 2 });
    // Version 2: the demo loader set the demo trust's own profile first (version 1).

    const bad = path.join(work, 'bad.json');
    fs.writeFileSync(bad, JSON.stringify({ format: 'bulwark.profile/1', catalogue: { catalogue: 'dspt', version: '2025-26' }, id: 'x', name: 'x', expected: { 'A1.a': 'exceeded' } }));
    const refused = await bulwark(['catalogue', 'profile', 'set', 'dspt@2025-26', '--org', 'RZZ', '--file', bad, '--json']);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout)).toMatchObject({ ok: false, problems: [{ field: 'expected.A1.a', value: 'exceeded' }] });
  });
});

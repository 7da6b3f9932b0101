// Every bulwark command, when given --json, reports a failure as one JSON document on stdout (and
// nothing on stderr) with a non-zero exit, so scripts can read it; without --json, people read stderr.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBulwark } from '../support/cli.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

let database: TestDatabase;
let env: Record<string, string>;

beforeAll(async () => {
  database = await createTestDatabase();
  const target = database.target;
  env = target.engine === 'sqlite' ? { BULWARK_DATA_DIR: path.dirname(target.file) } : { DATABASE_URL: target.url };
  expect((await runBulwark(['migrate'], env)).code).toBe(0);
});
afterAll(() => database.drop());

describe('--json errors', () => {
  it.each([
    ['a catalogue that does not exist', ['catalogue', 'show', 'no-such-framework@1'], {}, 'not-found', /no catalogue "no-such-framework"/],
    ['a weak password for a new administrator', ['admin', 'create', '--email', 'weak@example.test', '--name', 'W', '--org', 'Test Trust'], { BULWARK_PASSWORD: 'letmein' }, 'validation-failed', /at least 12 characters/],
    ['an option the command does not have', ['org', 'list', '--colour'], {}, 'usage', /unknown option '--colour'/],
    ['a missing argument', ['catalogue', 'import'], {}, 'usage', /missing required argument 'file'/],
    ['a file that cannot be read', ['catalogue', 'validate', '/no/such/file.yaml'], {}, 'validation-failed', /Cannot read \/no\/such\/file\.yaml/],
    ['an API call with no server named', ['api', 'GET', '/api/v1/me'], {}, 'remote', /--server/],
  ] as const)('%s gives one JSON document on stdout, nothing on stderr, and exit 1', async (_, args, extraEnv, error, message) => {
    const r = await runBulwark([...args, '--json'], { ...env, ...extraEnv });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { ok: boolean; error: string; message: string; problems: unknown[] };
    expect(out).toMatchObject({ ok: false, error });
    expect(out.message).toMatch(message);
    expect(Array.isArray(out.problems)).toBe(true);
  });

  it('without --json the same failure goes to stderr in words, and stdout stays empty', async () => {
    const r = await runBulwark(['catalogue', 'show', 'no-such-framework@1'], env);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/There is no catalogue "no-such-framework"/);
  });

  it('a file with problems lists each one, with its place, as data', async () => {
    const r = await runBulwark(['catalogue', 'validate', path.resolve(import.meta.dirname, '../fixtures/catalogue-import/hostile-duplicate-keys.yaml'), '--json'], env);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { problems: Array<{ field: string; message: string }> };
    expect(out.problems.length).toBeGreaterThan(0);
    expect(out.problems[0]!.message).toMatch(/unique.*line 12/);
  });

  it('help is not an error, with or without --json', async () => {
    const r = await runBulwark(['catalogue', '--help'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: bulwark catalogue/);
  });
});

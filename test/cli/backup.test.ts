// Online backup and restore of the embedded database, through the bulwark command. Backups are a
// SQLite feature, so these tests use a SQLite data directory whichever engine the run is for.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/platform/db/database.js';
import { runBulwark } from '../support/cli.js';
import { testPostgresUrl } from '../support/database.js';

let dataDir: string;

function bulwark(args: string[], env: Record<string, string> = {}) {
  return runBulwark(args, { BULWARK_DATA_DIR: dataDir, BULWARK_DEMO_PASSWORD: 'demo-password-for-cli-tests', ...env });
}

async function organisationNames(): Promise<string[]> {
  const handle = openDatabase({ engine: 'sqlite', file: path.join(dataDir, 'bulwark.sqlite') });
  try {
    return (await handle.db.selectFrom('organisations').select('name').execute()).map((r) => r.name);
  } finally {
    await handle.close();
  }
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-backup-'));
  expect((await bulwark(['demo'])).code).toBe(0);
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('backup and restore', () => {
  const backup = () => path.join(dataDir, 'backups', 'before-change.sqlite');

  it('a backup is one checked file, and the backup is in the audit trail', async () => {
    const r = await bulwark(['backup', '--to', backup(), '--json']);
    expect(r.stderr).toBe('');
    const check = JSON.parse(r.stdout);
    expect(check).toMatchObject({ organisations: 9, users: 18, audit: { ok: true } });
    expect(fs.readdirSync(path.dirname(backup()))).toEqual(['before-change.sqlite']);
    expect(fs.statSync(backup()).mode & 0o777).toBe(0o600);
    const verify = JSON.parse((await bulwark(['audit', 'verify', '--json'])).stdout);
    expect(verify.records).toBe(check.audit.records + 1);
  });

  it('will not overwrite an existing file', async () => {
    const r = await bulwark(['backup', '--to', backup()]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/already exists/);
  });

  it('restore brings back the backed-up data, keeps the replaced database, and the trail carries on', async () => {
    expect((await bulwark(['admin', 'create', '--email', 'late@riverbend.example', '--name', 'Late Arrival', '--org', 'Riverbend NHS Trust'], { BULWARK_PASSWORD: 'lighthouse-ember-quartz' })).code).toBe(0);
    expect(await organisationNames()).toContain('Riverbend NHS Trust');

    const r = await bulwark(['restore', '--from', backup(), '--json']);
    expect(r.stderr).toBe('');
    const result = JSON.parse(r.stdout);
    expect(await organisationNames()).not.toContain('Riverbend NHS Trust');
    expect(fs.existsSync(result.previous)).toBe(true);
    const verify = await bulwark(['audit', 'verify', '--json']);
    expect(verify.code).toBe(0);
    expect(JSON.parse(verify.stdout).records).toBe(result.restored.audit.records + 1);
  });

  it('refuses a file that is not a Bulwark database, and changes nothing', async () => {
    const junk = path.join(dataDir, 'junk.sqlite');
    fs.writeFileSync(junk, 'this is not a database');
    const before = await organisationNames();
    const r = await bulwark(['restore', '--from', junk]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/not a readable SQLite database/);
    expect(await organisationNames()).toEqual(before);
  });

  it('refuses a backup whose audit trail has been tampered with', async () => {
    const tampered = path.join(dataDir, 'tampered.sqlite');
    fs.copyFileSync(backup(), tampered);
    const handle = openDatabase({ engine: 'sqlite', file: tampered });
    await handle.db.updateTable('audit_events').set({ actor_label: 'someone-else' }).where('seq', '=', 2).execute();
    await handle.close();
    const r = await bulwark(['restore', '--from', tampered]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/audit trail does not verify: record 2 has been altered/);
  });

  it('refuses to restore under a running server', async () => {
    fs.writeFileSync(path.join(dataDir, 'server.pid'), String(process.pid));
    try {
      const r = await bulwark(['restore', '--from', backup()]);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(new RegExp(`Bulwark is running \\(process ${process.pid}\\)`));
    } finally {
      fs.rmSync(path.join(dataDir, 'server.pid'));
    }
  });

  it('on PostgreSQL, points to pg_dump instead', async () => {
    const r = await bulwark(['backup'], { DATABASE_URL: testPostgresUrl });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/pg_dump/);
  });
});

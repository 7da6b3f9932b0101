// Long files are read in a second thread while the pipeline checks and writes their rows. The same
// files through that thread and through the pipeline's own give the same alerts, counts, refusals
// (row, column, value and reason) and rejects file; a file that cannot be read is refused the same way.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportRefused } from '../../src/platform/errors.js';
import { runImport, type ImportRequest } from '../../src/platform/imports/run-import.js';
import { createOrganisation } from '../../src/modules/organisations/service.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { IMPORT_AS_OF, SENTINEL_BAD_ROWS, SENTINEL_CSV, SPLUNK_CSV } from '../fixtures/alerts/alert-exports.js';

let t: TestApp;
const actor = { userId: null, label: 'test' };
let dir: string;

beforeAll(async () => {
  t = await createTestApp();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-read-ahead-'));
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await t.close();
});

/** A new Trust for each import, so the two ways of reading start from the same empty history. */
async function trust(): Promise<string> {
  const org = await createOrganisation({ db: t.app.db, actor, now: new Date() }, { name: `Read-ahead Trust ${Math.random()}`, type: 'nhs-trust', odsCode: null }, null);
  return org.id;
}

async function importBoth(file: string, preset: string, extra: Partial<ImportRequest> = {}) {
  const outcome = async (readAhead: boolean) => {
    const orgId = await trust();
    const rejects = new PassThrough();
    const chunks: Buffer[] = [];
    rejects.on('data', (c: Buffer) => chunks.push(c));
    const request: ImportRequest = { kind: 'alerts', orgId, fileName: path.basename(file), open: () => fs.createReadStream(file), path: file, readAhead, preset, mode: 'all-or-nothing', asOf: new Date(IMPORT_AS_OF), rejects, ...extra };
    let run: object;
    try {
      const r = await runImport({ db: t.app.db, actor, now: new Date() }, request);
      run = { status: r.status, read: r.rows_read, inserted: r.rows_inserted, updated: r.rows_updated, unchanged: r.rows_unchanged, rejected: r.rows_rejected };
    } catch (error) {
      if (!(error instanceof ImportRefused)) throw error;
      run = { refused: error.message, problems: error.errors };
    }
    const alerts = await t.app.db.selectFrom('alerts').select(['alert_id', 'rule_id', 'owner_id', 'severity', 'status', 'classification', 'created_ms', 'triaged_ms', 'closed_ms', 'modified_ms']).innerJoin('alert_orgs', 'alert_orgs.org_key', 'alerts.org_key').where('alert_orgs.org_id', '=', orgId).orderBy('alert_id').execute();
    return { run, alerts, rejects: Buffer.concat(chunks).toString('utf8') };
  };
  return { inThread: await outcome(false), readAhead: await outcome(true) };
}

describe('reading a long file in a second thread', () => {
  it.each([
    ['a Sentinel export with a row per update', SENTINEL_CSV, 'sentinel'],
    ['Splunk notable events', SPLUNK_CSV, 'splunk'],
  ])('%s gives the same alerts and counts either way', async (_what, file, preset) => {
    const { inThread, readAhead } = await importBoth(file, preset);
    expect(inThread.run).toMatchObject({ status: 'applied' });
    expect(readAhead.run).toEqual(inThread.run);
    expect(readAhead.alerts).toEqual(inThread.alerts);
    expect(readAhead.alerts.length).toBeGreaterThan(0);
  });

  it('refuses bad rows with the same row, column, value and reason, and keeps nothing', async () => {
    const { inThread, readAhead } = await importBoth(SENTINEL_BAD_ROWS, 'sentinel');
    expect(inThread.run).toHaveProperty('refused');
    expect(readAhead.run).toEqual(inThread.run);
    expect(readAhead.alerts).toEqual([]);
  });

  it('with skip-invalid keeps the same good rows and writes the same rejects file', async () => {
    const { inThread, readAhead } = await importBoth(SENTINEL_BAD_ROWS, 'sentinel', { mode: 'skip-invalid' });
    expect(inThread.run).toMatchObject({ status: 'applied', rejected: 4 });
    expect(readAhead.run).toEqual(inThread.run);
    expect(readAhead.alerts).toEqual(inThread.alerts);
    expect(readAhead.rejects).toBe(inThread.rejects);
    expect(readAhead.rejects.split(/\r?\n/).filter(Boolean)).toHaveLength(5);
  });

  it('hashes the file as it reads it, so the same file again is a repeat that changes nothing', async () => {
    const orgId = await trust();
    const request = (): ImportRequest => ({ kind: 'alerts', orgId, fileName: 'incidents.csv', open: () => fs.createReadStream(SENTINEL_CSV), path: SENTINEL_CSV, readAhead: true, preset: 'sentinel', mode: 'all-or-nothing', asOf: new Date(IMPORT_AS_OF) });
    const first = await runImport({ db: t.app.db, actor, now: new Date() }, request());
    expect(first.status).toBe('applied');
    expect(first.content_hash).toBe(createHash('sha256').update(fs.readFileSync(SENTINEL_CSV)).digest('hex'));
    const alerts = async () => t.app.db.selectFrom('alerts').selectAll('alerts').innerJoin('alert_orgs', 'alert_orgs.org_key', 'alerts.org_key').where('alert_orgs.org_id', '=', orgId).orderBy('alert_id').execute();
    const before = await alerts();
    const second = await runImport({ db: t.app.db, actor, now: new Date() }, request());
    expect(second).toMatchObject({ status: 'repeat', content_hash: first.content_hash });
    expect(second.outcome).toContain(first.id);
    expect(await alerts()).toEqual(before);
  });

  it('refuses a file that cannot be read, naming its row and column, as the pipeline’s own reader does', async () => {
    const file = path.join(dir, 'stray-quote.csv');
    fs.writeFileSync(file, fs.readFileSync(SENTINEL_CSV, 'utf8').replace('Azure Sentinel', 'Azure "Sentinel'));
    const { inThread, readAhead } = await importBoth(file, 'sentinel');
    expect(inThread.run).toHaveProperty('refused');
    expect(readAhead.run).toEqual(inThread.run);
  });
});

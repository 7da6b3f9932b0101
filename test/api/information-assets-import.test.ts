// Bringing a Trust's supplier list and information asset register in through the import pipeline,
// over HTTP, on a real database (SQLite or PostgreSQL): files as Excel saves them, read through saved
// mappings with their date format; a bad date and an unknown supplier refuse the whole register and
// change nothing; skipInvalid keeps the good rows; a later file updates assets by name; an export
// imports back unchanged; and who may import.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportRunView } from '../../src/contract/imports.js';
import type { AssetList, SupplierList } from '../../src/contract/information-assets.js';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';
import { ASSET_REGISTER, ASSET_REGISTER_MAPPING, SUPPLIER_LIST, SUPPLIER_LIST_MAPPING } from '../fixtures/asset-register/register-files.js';

let t: TestApp;
let acute: string;
let iglead: Client, auditor: Client, iao: Client;

const register = fs.readFileSync(ASSET_REGISTER);
const supplierList = fs.readFileSync(SUPPLIER_LIST);

type Run = ImportRunView;

interface Refusal {
  detail: string;
  errors: Array<{ row: number; column: string; value: string; message: string }>;
}

/** Uploads a file, read through the Trust's saved mapping unless the query says otherwise. */
function upload(client: Client, kind: 'assets' | 'suppliers', body: string | Buffer, query: Record<string, string> = { mapping: 'Trust register' }) {
  const params = new URLSearchParams({ file: `${kind}.csv`, ...query });
  return client.request('POST', `/api/v1/orgs/${acute}/imports/${kind}?${params}`, body, { 'content-type': 'application/octet-stream' });
}

async function assetNames(): Promise<string[]> {
  const rows = await t.app.db.selectFrom('information_assets').select('name').where('org_id', '=', acute).orderBy('name').execute();
  return rows.map((r) => r.name);
}

async function imported(): Promise<number> {
  return (await t.app.db.selectFrom('audit_events').select('seq').where('action', '=', 'asset.import').execute()).length;
}

async function listed(): Promise<AssetList['items']> {
  const res = await auditor.get(`/api/v1/orgs/${acute}/assets?asOf=2026-06-30`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<AssetList>().items;
}

beforeAll(async () => {
  t = await createTestApp();
  acute = await orgId(t.app, 'RZZ');
  [iglead, auditor, iao] = await Promise.all([
    signIn(t.server, 'iglead@northshire-acute.example'),
    signIn(t.server, 'auditor@northshire-acute.example'),
    signIn(t.server, 'iao@northshire-acute.example'),
  ]);
  for (const [kind, mapping] of [['assets', ASSET_REGISTER_MAPPING], ['suppliers', SUPPLIER_LIST_MAPPING]] as const) {
    const res = await iglead.put(`/api/v1/orgs/${acute}/import-mappings/${kind}/${encodeURIComponent('Trust register')}`, { mapping });
    expect(res.statusCode, res.body).toBe(200);
  }
});
afterAll(() => t.close());

describe('importing the supplier list', () => {
  it('reads the list as Excel saved it, with its dates, DSPT years and certificates', async () => {
    expect([...supplierList.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const res = await upload(iglead, 'suppliers', supplierList);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<Run>()).toMatchObject({ status: 'applied', rowsRead: 3, inserted: 3, rejected: 0 });
    const { items } = (await auditor.get(`/api/v1/orgs/${acute}/suppliers`)).json<SupplierList>();
    expect(items.map((s) => [s.name, s.dsptStatus, s.dsptYear, s.contractEndsOn])).toEqual([
      ['Brightwater Print Services', 'not-published', null, '2026-05-31'],
      ['Harbour Imaging, Ltd', 'standards-not-met', '2024-25', '2025-09-30'],
      ['Meridian Clinical Systems Ltd', 'standards-met', '2024-25', '2027-03-31'],
    ]);
    const meridian = items.find((s) => s.name.startsWith('Meridian'))!;
    expect(meridian).toMatchObject({ companiesHouseNumber: '04512345', services: 'EPR, hosting and 24/7 support' });
    expect(meridian.certifications).toEqual([
      { scheme: 'cyber-essentials-plus', name: null, number: 'IASME-CEP-012345', expiresOn: '2027-02-14' },
      { scheme: 'iso-27001', name: null, number: 'IS 700123', expiresOn: '2026-09-30' },
    ]);
    expect(items.find((s) => s.name.startsWith('Harbour'))?.notes).toBe('Contract in extension talks, "rolling" monthly');
  });
});

describe('importing the information asset register', () => {
  it('refuses the whole register for a bad date and an unknown supplier, naming row, column, value and reason, and stores nothing', async () => {
    expect(register.toString('utf8')).toContain('\r\n');
    const res = await upload(iglead, 'assets', register);
    expect(res.statusCode, res.body).toBe(422);
    const refusal = res.json<Refusal>();
    expect(refusal.detail).toMatch(/2 of 6 rows have problems, so nothing was imported/);
    expect(refusal.errors.map(({ row, column, value, message }) => ({ row, column, value, message }))).toEqual([
      { row: 3, column: 'Last restore test', value: '31/04/2025', message: expect.stringMatching(/April 2025 has 30 days/) },
      { row: 5, column: 'Supplier', value: 'Theatreline Ltd', message: expect.stringMatching(/^names no supplier of this organisation: add “Theatreline Ltd” to the suppliers first/) },
    ]);
    expect(await assetNames()).toEqual([]);
    expect(await imported()).toBe(0);
  });

  it('with skipInvalid keeps the four good rows, matching suppliers and owners, and lists the two rejected', async () => {
    const res = await upload(iglead, 'assets', register, { mapping: 'Trust register', skipInvalid: 'true' });
    expect(res.statusCode, res.body).toBe(201);
    const run = res.json<Run>();
    expect(run).toMatchObject({ status: 'applied', rowsRead: 6, inserted: 4, rejected: 2 });
    expect(run.problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'Last restore test'],
      [5, 'Supplier'],
    ]);
    const items = await listed();
    expect(items.map((a) => a.name)).toEqual(['Electronic Patient Record (EPR)', 'Outpatient letters', 'Staff car park permits', 'Ward paper notes']);
    expect(items[0]).toMatchObject({
      type: 'system',
      criticality: 'critical',
      owner: { id: iao.userId, name: 'Mark Donnelly' },
      administrator: { id: null, name: 'EPR system manager' },
      hosting: 'cloud',
      hostingRegion: 'UK South',
      supplier: { name: 'Meridian Clinical Systems Ltd' },
      supportEndsOn: '2029-03-31',
      recordVolume: 1_250_000,
      backupRestoreTestedOn: '2026-01-20',
      continuityPlan: true,
      continuityPlanReference: 'BCP-EPR-03',
      notes: 'Core clinical system, all wards',
      flags: [],
    });
    expect(items[1]).toMatchObject({ type: 'service', mfa: 'not-applicable', supplier: { name: 'Brightwater Print Services' } });
    expect(items[2]?.flags.map((f) => f.rule)).toEqual(['no-owner', 'personal-data-unencrypted']);
    expect(items[3]).toMatchObject({ type: 'paper-records', specialCategoryData: true, encryptionAtRest: 'no' });
    // Each asset added is in the audit trail, as an asset added by hand is.
    expect(await imported()).toBe(4);
  });

  it('a later register updates assets by name and leaves the rest as they are', async () => {
    const later = [
      'Name,Type,Criticality,MFA,Notes',
      // Matched by name whatever the spacing: nothing about it changed.
      '  Electronic  Patient Record (EPR),System,Critical,Yes,"Core clinical system, all wards"',
      'Staff car park permits,Dataset,Medium,No,Kept by estates; moving to the new permit system',
    ].join('\r\n');
    const res = await upload(iglead, 'assets', later, { file: 'later.csv' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<Run>()).toMatchObject({ inserted: 0, updated: 1, unchanged: 1, rejected: 0 });
    const [change] = await t.app.db.selectFrom('audit_events').select(['before_json', 'after_json']).where('action', '=', 'asset.import').orderBy('seq', 'desc').limit(1).execute();
    expect(JSON.parse(change!.before_json!)).toEqual({ criticality: 'low', notes: 'Kept by estates' });
    expect(JSON.parse(change!.after_json!)).toEqual({ criticality: 'medium', notes: 'Kept by estates; moving to the new permit system' });
    const items = await listed();
    expect(items).toHaveLength(4);
    const permits = items.find((a) => a.name === 'Staff car park permits')!;
    expect(permits).toMatchObject({ criticality: 'medium', notes: 'Kept by estates; moving to the new permit system', recordVolume: 2100, version: 2 });
    // Columns the later file lacks keep what is held.
    expect(items[0]).toMatchObject({ supplier: { name: 'Meridian Clinical Systems Ltd' }, owner: { name: 'Mark Donnelly' }, version: 1 });
  });

  it('the register exported from Bulwark imports back changing nothing', async () => {
    const exported = await auditor.get(`/api/v1/orgs/${acute}/assets/export?format=csv`);
    expect(exported.statusCode).toBe(200);
    const res = await upload(iglead, 'assets', exported.rawPayload, { file: 'export.csv', preset: 'bulwark' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<Run>()).toMatchObject({ inserted: 0, updated: 0, unchanged: 4, rejected: 0 });
  });

  it('an auditor may not import', async () => {
    const res = await upload(auditor, 'assets', register, { mapping: 'Trust register', skipInvalid: 'true', file: 'auditor.csv' });
    expect(res.statusCode).toBe(403);
    expect(await assetNames()).toHaveLength(4);
  });
});

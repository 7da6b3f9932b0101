// Bringing a Trust's data flow register in through the import pipeline, over HTTP, on a real database
// (SQLite or PostgreSQL): the register as Excel saves it, read through a saved mapping; an impossible
// date and a repeated flow refuse the whole file and change nothing; skipInvalid keeps the good rows,
// their ends matched to assets and suppliers by name and the rest taken as other organisations; the
// same file again is a repeat; a later file updates flows by name; an export imports back unchanged.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlowList } from '../../src/contract/data-flows.js';
import type { ImportRunView } from '../../src/contract/imports.js';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';
import { FLOW_REGISTER, FLOW_REGISTER_MAPPING, REGISTER_ASSETS, REGISTER_SUPPLIERS } from '../fixtures/data-flows/flow-files.js';

let t: TestApp;
let acute: string;
let iglead: Client, auditor: Client;

const register = fs.readFileSync(FLOW_REGISTER);
const AS_OF = '2026-06-30';

interface Refusal {
  detail: string;
  errors: Array<{ row: number; column: string; value: string; message: string }>;
}

/** Uploads a file, read through the Trust's saved mapping unless the query says otherwise. */
function upload(client: Client, body: string | Buffer, query: Record<string, string> = { mapping: 'Trust register' }) {
  const params = new URLSearchParams({ file: 'flows.csv', ...query });
  return client.request('POST', `/api/v1/orgs/${acute}/imports/flows?${params}`, body, { 'content-type': 'application/octet-stream' });
}

async function flowCount(): Promise<number> {
  return (await t.app.db.selectFrom('data_flows').select('id').where('org_id', '=', acute).execute()).length;
}

async function importRecords(): Promise<number> {
  return (await t.app.db.selectFrom('audit_events').select('seq').where('action', '=', 'flow.import').execute()).length;
}

async function listed(): Promise<FlowList['items']> {
  const res = await auditor.get(`/api/v1/orgs/${acute}/data-flows?asOf=${AS_OF}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<FlowList>().items;
}

beforeAll(async () => {
  t = await createTestApp();
  acute = await orgId(t.app, 'RZZ');
  [iglead, auditor] = await Promise.all([signIn(t.server, 'iglead@northshire-acute.example'), signIn(t.server, 'auditor@northshire-acute.example')]);
  for (const name of REGISTER_SUPPLIERS) expect((await iglead.post(`/api/v1/orgs/${acute}/suppliers`, { name })).statusCode).toBe(201);
  for (const name of REGISTER_ASSETS) expect((await iglead.post(`/api/v1/orgs/${acute}/assets`, { name, type: 'system', criticality: 'high' })).statusCode).toBe(201);
  const saved = await iglead.put(`/api/v1/orgs/${acute}/import-mappings/flows/${encodeURIComponent('Trust register')}`, { mapping: FLOW_REGISTER_MAPPING });
  expect(saved.statusCode, saved.body).toBe(200);
});
afterAll(() => t.close());

describe('importing the data flow register', () => {
  it('refuses the whole register for an impossible date and a repeated flow, naming row, column, value and reason, and stores nothing', async () => {
    expect([...register.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(register.toString('utf8')).toContain('\r\n');
    const res = await upload(iglead, register);
    expect(res.statusCode, res.body).toBe(422);
    const refusal = res.json<Refusal>();
    expect(refusal.detail).toMatch(/2 of 7 rows have problems, so nothing was imported/);
    expect(refusal.errors.map(({ row, column, value, message }) => ({ row, column, value, message }))).toEqual([
      { row: 3, column: 'Agreement end', value: '31/04/2026', message: expect.stringMatching(/April 2026 has 30 days/) },
      { row: 8, column: 'Flow name', value: 'ed attendances to nhs england', message: 'repeats row 2: each row needs its own Flow name' },
    ]);
    expect(await flowCount()).toBe(0);
    expect(await importRecords()).toBe(0);
  });

  it('with skipInvalid keeps the five good rows: ends matched to assets and suppliers by name, the rest other organisations', async () => {
    const res = await upload(iglead, register, { mapping: 'Trust register', skipInvalid: 'true' });
    expect(res.statusCode, res.body).toBe(201);
    const run = res.json<ImportRunView>();
    expect(run).toMatchObject({ status: 'applied', rowsRead: 7, inserted: 5, rejected: 2 });
    expect(run.problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'Agreement end'],
      [8, 'Flow name'],
    ]);
    const items = await listed();
    expect(items.map((f) => [f.name, `${f.from.kind}: ${f.from.name}`, `${f.to.kind}: ${f.to.name}`])).toEqual([
      ['ED attendances to NHS England', 'asset: Electronic Patient Record (EPR)', 'party: NHS England'],
      ['Old PAS extract to the EPR', 'party: Legacy PAS', 'asset: Electronic Patient Record (EPR)'],
      ['Pathology results to ICB analytics', 'asset: Pathology system', 'party: Northshire ICB'],
      ['Radiology images to Harbour Imaging', 'asset: PACS', 'supplier: Harbour Imaging, Ltd'],
      ['Staff survey responses', 'asset: Staff records', 'party: Survey Partners Inc'],
    ]);
    expect(items[0]).toMatchObject({
      description: 'Emergency Care Data Set, sent nightly',
      dataCategories: ['identifiers', 'health'],
      dataSubjects: ['patients'],
      personalData: true,
      specialCategoryData: true,
      patientData: true,
      recordVolume: 120_000,
      directCare: false,
      lawfulBasis: 'legal-obligation',
      specialCategoryCondition: 'health-or-social-care',
      schedule1Condition: 'Part 1, paragraph 2',
      cldcBasis: 'legal-requirement',
      nationalDataOptOut: 'not-applicable',
      transferMethod: 'api',
      encryptedInTransit: 'yes',
      frequency: 'daily',
      agreementType: 'data-sharing-agreement',
      agreementReference: 'DSA-ECDS-2024',
      agreementExpiresOn: '2027-03-31',
      retention: 'Held by NHS England under its own schedule',
    });
    expect(items[2]).toMatchObject({ cldcBasis: 's251-support', cagReference: '21/CAG/0123', nationalDataOptOut: 'not-applied', specialCategoryCondition: 'public-health', notes: 'Extract pseudonymised at source' });
    expect(items[4]).toMatchObject({ lawfulBasis: 'legitimate-interests', internationalTransfer: true, destinationCountry: 'United States', transferSafeguard: 'idta', specialCategoryData: false });
    expect(items.map((f) => [f.name, f.flags.map((flag) => flag.rule)])).toEqual([
      ['ED attendances to NHS England', ['special-category-at-scale-without-dpia']],
      ['Old PAS extract to the EPR', ['flow-unencrypted', 'flow-agreement-missing']],
      ['Pathology results to ICB analytics', ['flow-agreement-expiring', 'opt-out-not-applied', 'special-category-at-scale-without-dpia']],
      ['Radiology images to Harbour Imaging', ['flow-unencrypted']],
      ['Staff survey responses', []],
    ]);
    // Each flow added is in the audit trail, as one added by hand is.
    expect(await importRecords()).toBe(5);
  });

  it('the same file again is a repeat and changes nothing', async () => {
    const res = await upload(iglead, register, { mapping: 'Trust register', skipInvalid: 'true' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<ImportRunView>().status).toBe('repeat');
    expect(await flowCount()).toBe(5);
    expect(await importRecords()).toBe(5);
  });

  it('a later file updates flows by name, whatever the spacing, and leaves what it has no column for', async () => {
    const later = ['Name,From,To,Transfer method,Encrypted in transit', '  Radiology images to Harbour  Imaging,PACS,"Harbour Imaging, Ltd",SFTP,Yes'].join('\r\n');
    const res = await upload(iglead, later, { file: 'later.csv' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<ImportRunView>()).toMatchObject({ inserted: 0, updated: 1, unchanged: 0, rejected: 0 });
    const [change] = await t.app.db.selectFrom('audit_events').select(['before_json', 'after_json']).where('action', '=', 'flow.import').orderBy('seq', 'desc').limit(1).execute();
    expect(JSON.parse(change!.before_json!)).toEqual({ transfer_method: 'hl7-or-fhir-interface', encrypted_in_transit: 'unknown' });
    expect(JSON.parse(change!.after_json!)).toEqual({ transfer_method: 'sftp', encrypted_in_transit: 'yes' });
    const radiology = (await listed()).find((f) => f.to.kind === 'supplier')!;
    expect(radiology).toMatchObject({ transferMethod: 'sftp', encryptedInTransit: 'yes', agreementReference: 'DPA-HI-2022', notes: 'Contract under review', version: 2, flags: [] });
  });

  it('the flows exported from Bulwark import back changing nothing', async () => {
    const exported = await auditor.get(`/api/v1/orgs/${acute}/data-flows/export?format=csv`);
    expect(exported.statusCode).toBe(200);
    const res = await upload(iglead, exported.rawPayload, { file: 'export.csv', preset: 'bulwark' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<ImportRunView>()).toMatchObject({ inserted: 0, updated: 0, unchanged: 5, rejected: 0 });
  });

  it('an auditor may not import', async () => {
    const res = await upload(auditor, register, { mapping: 'Trust register', skipInvalid: 'true', file: 'auditor.csv' });
    expect(res.statusCode).toBe(403);
    expect(await flowCount()).toBe(5);
  });
});

// The known-exploited vulnerabilities catalogue through the import pipeline and its API, on a real
// database: CISA's CSV and JSON with warts (BOM, CRLF, quoted commas, spaces around names, an exact
// repeat), bad rows named and nothing changed, the same catalogue again changing nothing, a newer one
// updating entries, an older one refused; only a system administrator imports, anyone signed in reads,
// and every answer names the catalogue's version.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KevEntryAnswer, KevList } from '../../src/contract/vulnerabilities.js';
import type { ImportRunView as Run } from '../../src/contract/imports.js';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';
import { kevCsv, kevEntry, kevJson, TEN_ENTRIES } from '../fixtures/kev/kev-files.js';

let t: TestApp;
let ics: string;
let acute: string;
let sysAdmin: Client;
let orgAdmin: Client;
let staff: Client;

beforeAll(async () => {
  t = await createTestApp();
  ics = await orgId(t.app, 'QZZ');
  acute = await orgId(t.app, 'RZZ');
  [sysAdmin, orgAdmin, staff] = await Promise.all([signIn(t.server, 'admin@northshire-ics.example'), signIn(t.server, 'orgadmin@northshire-acute.example'), signIn(t.server, 'staff@northshire-acute.example')]);
});
afterAll(() => t.close());

interface Refusal {
  detail: string;
  errors: Array<{ row: number; column: string; value: string; message: string }>;
}

function upload(client: Client, org: string, file: string, body: string) {
  return client.request('POST', `/api/v1/orgs/${org}/imports/kev?file=${encodeURIComponent(file)}`, body, { 'content-type': 'application/octet-stream' });
}

const counts = (run: Run) => ({ status: run.status, rowsRead: run.rowsRead, inserted: run.inserted, updated: run.updated, unchanged: run.unchanged, rejected: run.rejected });
const list = async (client: Client, query = '') => (await client.get(`/api/v1/vulnerabilities/kev${query}`)).json<KevList>();
const one = async (cveId: string) => (await staff.get(`/api/v1/vulnerabilities/kev/${cveId}`)).json<KevEntryAnswer>();

// The first catalogue, as a CSV with the warts of a file opened and saved again: a BOM, CRLF, a name
// holding a comma, a vendor with spaces around it, and one row written twice.
const fourth = kevEntry(4, { vulnerabilityName: 'Invented flaw, with a comma, number 4' });
/** The first eight entries as the catalogue holds them. */
const EIGHT = [...TEN_ENTRIES.slice(0, 3), fourth, ...TEN_ENTRIES.slice(4, 8)];
const warty = [...EIGHT.slice(0, 3), { ...fourth, vendorProject: '  Contoso   Health  ' }, ...EIGHT.slice(4), EIGHT[7]!];
const MARCH_10 = { version: '2025.03.10', released: '2025-03-10T14:00:00.000Z' };
const MARCH_20 = { version: '2025.03.20', released: '2025-03-20T14:00:00.000Z' };

describe('importing the known exploited vulnerabilities catalogue', () => {
  it('holds no catalogue before one is imported, and says so to anyone signed in', async () => {
    expect(await list(staff)).toEqual({ catalogue: null, total: 0, page: 1, pageSize: 50, items: [] });
    expect((await staff.get('/api/v1/vulnerabilities/kev/CVE-2024-10001')).statusCode).toBe(404);
  });

  it('refuses anyone but a system administrator, and keeps nothing', async () => {
    const response = await upload(orgAdmin, acute, 'known_exploited_vulnerabilities.csv', kevCsv(TEN_ENTRIES));
    expect(response.statusCode).toBe(403);
    expect((await list(staff)).total).toBe(0);
  });

  it('reads the CSV with its warts: names tidied, the exact repeat counted once, the version its latest date added', async () => {
    const response = await upload(sysAdmin, ics, 'known_exploited_vulnerabilities.csv', kevCsv(warty, { bom: true, crlf: true }));
    expect(response.statusCode, response.body).toBe(201);
    expect(counts(response.json<Run>())).toEqual({ status: 'applied', rowsRead: 9, inserted: 8, updated: 0, unchanged: 1, rejected: 0 });
    const held = await list(staff, '?pageSize=500');
    expect(held.catalogue).toMatchObject({ version: '2025.03.08', versionPublished: false, releasedAt: '2025-03-08T00:00:00.000Z', latestDateAdded: '2025-03-08', entryCount: 8 });
    const fourthHeld = await one('CVE-2024-10004');
    expect(fourthHeld.entry).toMatchObject({ vendor: 'Contoso Health', name: 'Invented flaw, with a comma, number 4', dateAdded: '2025-03-04', dueDate: '2025-03-25', knownRansomwareUse: false, cwes: ['CWE-79', 'CWE-89'] });
    expect((await one('CVE-2024-10003')).entry.knownRansomwareUse).toBe(true);
    expect((await list(staff, '?vendor=northwind%20systems')).items.map((e) => e.cveId).sort()).toEqual(['CVE-2024-10001', 'CVE-2024-10003', 'CVE-2024-10005', 'CVE-2024-10007']);
    expect((await list(staff, '?vendor=contoso%20health')).items.map((e) => e.cveId).sort()).toEqual(['CVE-2024-10002', 'CVE-2024-10004', 'CVE-2024-10006', 'CVE-2024-10008']);
  });

  it('refuses a file with bad rows whole, naming each row, column, value and reason', async () => {
    const bad = [
      kevEntry(11, { cveID: 'CVE-24-1' }),
      kevEntry(12, { dateAdded: '2024-02-30', dueDate: '2024-03-22' }),
      kevEntry(13, { dueDate: '2025-03-01' }),
      kevEntry(14, { knownRansomwareCampaignUse: 'Maybe' }),
      kevEntry(15),
    ];
    const response = await upload(sysAdmin, ics, 'bad.csv', kevCsv(bad));
    expect(response.statusCode).toBe(422);
    const problems = response.json<Refusal>().errors.map((e) => ({ row: e.row, column: e.column, value: e.value }));
    expect(problems).toEqual([
      { row: 2, column: 'cveID', value: 'CVE-24-1' },
      { row: 3, column: 'dateAdded', value: '2024-02-30' },
      { row: 4, column: 'dueDate', value: '2025-03-01' },
      { row: 5, column: 'knownRansomwareCampaignUse', value: 'Maybe' },
    ]);
    const reasons = response.json<Refusal>().errors.map((e) => e.message);
    expect(reasons[0]).toMatch(/not a CVE id/);
    expect(reasons[1]).toMatch(/February 2024 has 29 days/);
    expect(reasons[2]).toMatch(/before the date the entry was added \(2025-03-13\)/);
    expect(reasons[3]).toMatch(/expected Known or Unknown/);
    expect((await list(staff)).total).toBe(8);
  });

  it('changes nothing when the same catalogue comes again, as the same file, as JSON, or through another organisation', async () => {
    const again = await upload(sysAdmin, ics, 'known_exploited_vulnerabilities.csv', kevCsv(warty, { bom: true, crlf: true }));
    expect(again.statusCode).toBe(200);
    expect(again.json<Run>().status).toBe('repeat');

    const json = kevJson(EIGHT, MARCH_10);
    const asJson = await upload(sysAdmin, ics, 'known_exploited_vulnerabilities.json', json);
    expect(asJson.statusCode, asJson.body).toBe(201);
    expect(counts(asJson.json<Run>())).toEqual({ status: 'applied', rowsRead: 8, inserted: 0, updated: 0, unchanged: 8, rejected: 0 });
    const published = (await list(staff)).catalogue!;
    // The JSON names its version and release, which the held catalogue now shows.
    expect(published).toMatchObject({ version: '2025.03.10', versionPublished: true, releasedAt: '2025-03-10T14:00:00.000Z', latestDateAdded: '2025-03-08', entryCount: 8 });

    const elsewhere = await upload(sysAdmin, acute, 'known_exploited_vulnerabilities.json', json);
    expect(counts(elsewhere.json<Run>())).toEqual({ status: 'applied', rowsRead: 8, inserted: 0, updated: 0, unchanged: 8, rejected: 0 });
    expect((await list(staff)).catalogue).toEqual(published);
  });

  it('takes a newer catalogue: changed entries are updated, new ones added, the version moves on', async () => {
    const newer = [...EIGHT.map((e) => (e.cveID === 'CVE-2024-10002' ? { ...e, knownRansomwareCampaignUse: 'Known', notes: 'Now seen in ransomware.' } : e)), TEN_ENTRIES[8]!, TEN_ENTRIES[9]!];
    const response = await upload(sysAdmin, ics, 'known_exploited_vulnerabilities.json', kevJson(newer, MARCH_20));
    expect(response.statusCode, response.body).toBe(201);
    expect(counts(response.json<Run>())).toEqual({ status: 'applied', rowsRead: 10, inserted: 2, updated: 1, unchanged: 7, rejected: 0 });
    const changed = await one('cve-2024-10002');
    expect(changed.catalogue).toMatchObject({ version: '2025.03.20', releasedAt: '2025-03-20T14:00:00.000Z', latestDateAdded: '2025-03-10', entryCount: 10 });
    expect(changed.entry).toMatchObject({ cveId: 'CVE-2024-10002', knownRansomwareUse: true, notes: 'Now seen in ransomware.' });
  });

  it('refuses an older catalogue than the one held, and keeps the newer entries', async () => {
    // All ten entries, as the newer catalogue has them, but an earlier version.
    const older = kevJson([...EIGHT, TEN_ENTRIES[8]!, TEN_ENTRIES[9]!], MARCH_10);
    const response = await upload(sysAdmin, acute, 'older.json', `${older}\n`);
    expect(response.statusCode).toBe(422);
    expect(response.json<Refusal>().errors[0]!.message).toMatch(/version 2025\.03\.10 of the catalogue, older than version 2025\.03\.20/);
    const held = await one('CVE-2024-10002');
    expect(held.catalogue.version).toBe('2025.03.20');
    expect(held.entry.knownRansomwareUse).toBe(true);

    const olderCsv = await upload(sysAdmin, acute, 'older.csv', kevCsv(EIGHT));
    expect(olderCsv.statusCode).toBe(422);
    expect(olderCsv.json<Refusal>().errors[0]!.message).toMatch(/latest entry was added on 2025-03-08, before the latest in the catalogue held/);
  });

  it('refuses a JSON catalogue whose version is not in the published form', async () => {
    const response = await upload(sysAdmin, ics, 'odd.json', kevJson(TEN_ENTRIES, { version: 'March', released: '2025-03-20T14:00:00.000Z' }));
    expect(response.statusCode).toBe(422);
    expect(response.json<Refusal>().errors[0]!.message).toMatch(/version "March" is not in the form YYYY\.MM\.DD/);
  });
});

describe('importing with options', () => {
  it('keeps the good rows with skip-invalid; a renamed column needs a saved mapping, used with the built-in one for the rest', async () => {
    // A spreadsheet's copy of the newest catalogue, with the ransomware column renamed and one bad row.
    const rows = [...EIGHT, TEN_ENTRIES[8]!, TEN_ENTRIES[9]!].map((e) => (e.cveID === 'CVE-2024-10002' ? { ...e, knownRansomwareCampaignUse: 'Known', notes: 'Now seen in ransomware.' } : e));
    const csv = kevCsv([...rows, kevEntry(11, { cveID: 'CVE-2024-1' })]).replace('knownRansomwareCampaignUse', 'Ransomware');
    const post = (query: Record<string, string>) => sysAdmin.request('POST', `/api/v1/orgs/${ics}/imports/kev?${new URLSearchParams({ file: 'copy.csv', skipInvalid: 'true', ...query })}`, csv, { 'content-type': 'text/csv' });
    const unmapped = await post({});
    expect(unmapped.statusCode).toBe(422);
    expect(unmapped.json<Refusal>().errors.map((e) => e.message).join(' ')).toMatch(/knownRansomwareCampaignUse/);

    expect((await sysAdmin.put(`/api/v1/orgs/${ics}/import-mappings/kev/Spreadsheet%20copy`, { mapping: { knownRansomwareUse: { column: 'Ransomware' } } })).statusCode).toBeLessThan(300);
    // A saved mapping replaces the built-in one unless that is named too: alone, its dates have no format.
    expect((await post({ mapping: 'Spreadsheet copy' })).statusCode).toBe(422);
    const both = await post({ mapping: 'Spreadsheet copy', preset: 'cisa' });
    expect(both.statusCode, both.body).toBe(201);
    expect(counts(both.json<Run>())).toEqual({ status: 'applied', rowsRead: 11, inserted: 0, updated: 0, unchanged: 10, rejected: 1 });
    expect(both.json<Run>().problems).toEqual([expect.objectContaining({ row: 12, column: 'cveID', value: 'CVE-2024-1' })]);
    // The same entries in a file that names no version: the published version held stays.
    expect((await list(staff)).catalogue?.version).toBe('2025.03.20');
  });
});

describe('reading the catalogue', () => {
  it('filters by vendor, product and known ransomware use, a page at a time, with the version in every answer', async () => {
    const ransomware = await list(staff, '?knownRansomwareUse=true');
    expect(ransomware.items.map((e) => e.cveId)).toEqual(['CVE-2024-10009', 'CVE-2024-10006', 'CVE-2024-10003', 'CVE-2024-10002']);
    expect(ransomware.catalogue?.version).toBe('2025.03.20');
    const portal = await list(staff, '?vendor=CONTOSO%20HEALTH&product=patient%20portal&knownRansomwareUse=false');
    expect(portal.items.map((e) => e.cveId)).toEqual(['CVE-2024-10010', 'CVE-2024-10008', 'CVE-2024-10004']);
    const second = await list(staff, '?pageSize=3&page=2');
    expect({ total: second.total, page: second.page, ids: second.items.map((e) => e.cveId) }).toEqual({ total: 10, page: 2, ids: ['CVE-2024-10007', 'CVE-2024-10006', 'CVE-2024-10005'] });
    expect(second.catalogue?.version).toBe('2025.03.20');
  });

  it('answers 404 for a CVE not held and refuses an id that is not a CVE id', async () => {
    expect((await staff.get('/api/v1/vulnerabilities/kev/CVE-2024-99999')).statusCode).toBe(404);
    expect((await staff.get('/api/v1/vulnerabilities/kev/not-a-cve')).statusCode).toBe(422);
  });
});

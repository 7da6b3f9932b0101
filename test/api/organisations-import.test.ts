// Importing organisations through the one import pipeline, over HTTP, on a real database (SQLite or
// PostgreSQL): files shaped as Trusts really send them, all-or-nothing by default, skip-invalid on
// request, the same file twice changing nothing, saved mappings, and who may do it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Client, type TestApp } from '../support/app.js';

let t: TestApp;
let admin: Client;
let acuteId: string;
let mentalHealthId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signIn(t.server, 'orgadmin@northshire-acute.example');
  const byOds = async (code: string) => (await t.app.db.selectFrom('organisations').select('id').where('ods_code', '=', code).executeTakeFirstOrThrow()).id;
  acuteId = await byOds('RZZ');
  mentalHealthId = await byOds('RZY');
});
afterAll(() => t.close());

const BOM = '\uFEFF';

/** Sends a file as the body, as the web app and scripts do. */
function upload(client: Client, orgId: string, body: string | Buffer, query: Record<string, string> = {}, kind = 'organisations') {
  const params = new URLSearchParams({ file: 'sites.csv', ...query });
  return client.request('POST', `/api/v1/orgs/${orgId}/imports/${kind}?${params}`, body, { 'content-type': 'text/csv' });
}

/** Everything an import could change, so "nothing changed" is checked exactly. */
async function snapshot() {
  const [organisations, audit] = await Promise.all([
    t.app.db.selectFrom('organisations').select(['id', 'name', 'ods_code', 'dspt_category', 'version']).orderBy('id').execute(),
    t.app.db.selectFrom('audit_events').select('seq').execute(),
  ]);
  return { organisations, audit: audit.length };
}

async function organisationNamed(odsCode: string) {
  return t.app.db.selectFrom('organisations').selectAll().where('ods_code', '=', odsCode).executeTakeFirst();
}

interface Run {
  id: string;
  status: string;
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  problemCount: number;
  problems: Array<{ row: number; column: string; value: string; reason: string }>;
  outcome: string | null;
  asOf: string;
}

describe('importing organisations from a file', () => {
  // A BOM, CRLF line ends, a quoted name with a comma, trailing spaces, a type written as people say it,
  // and a department under a site added earlier in the same file.
  const sites = [
    'ODS code,Name,Type,Parent ODS code,DSPT category',
    'RZZ03,"Northshire Eye Centre, Westgate",site,,',
    'RZZ04 ,  Northshire Day Surgery Unit  ,Site,,',
    'RZZX1,Pharmacy,Department,RZZ03,',
  ].join('\r\n');

  it('adds each row below the organisation, reading a file exported from a spreadsheet as it is', async () => {
    const res = await upload(admin, acuteId, BOM + sites + '\r\n', { asOf: '2026-12-01' });
    expect(res.statusCode, res.body).toBe(201);
    const run = res.json<Run>();
    expect(run).toMatchObject({ status: 'applied', rowsRead: 3, inserted: 3, updated: 0, unchanged: 0, rejected: 0 });
    expect(run.asOf.startsWith('2026-12-01T23:59:59')).toBe(true);
    const eye = await organisationNamed('RZZ03');
    expect(eye).toMatchObject({ name: 'Northshire Eye Centre, Westgate', type: 'site', parent_id: acuteId });
    expect(await organisationNamed('RZZ04')).toMatchObject({ name: 'Northshire Day Surgery Unit' });
    expect(await organisationNamed('RZZX1')).toMatchObject({ type: 'department', parent_id: eye!.id });

    const tree = await admin.get(`/api/v1/orgs/${acuteId}/tree`);
    expect(tree.json<{ organisations: Array<{ odsCode: string | null }> }>().organisations.map((o) => o.odsCode)).toEqual(expect.arrayContaining(['RZZ03', 'RZZ04', 'RZZX1']));

    const audit = await t.app.db.selectFrom('audit_events').selectAll().where('action', '=', 'import.apply').where('entity_id', '=', run.id).execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.after_json!)).toMatchObject({ kind: 'organisations', inserted: 3, rowsRead: 3 });
  });

  it('the same file again changes nothing, and says when it was imported before', async () => {
    const before = await snapshot();
    const res = await upload(admin, acuteId, BOM + sites + '\r\n');
    expect(res.statusCode, res.body).toBe(200);
    const run = res.json<Run>();
    expect(run.status).toBe('repeat');
    expect(run.outcome).toMatch(/imported on \d{4}-\d{2}-\d{2} with the same mapping/);
    expect(await snapshot()).toEqual(before);
  });

  it('a changed file updates the rows that changed, adds the new ones and leaves the rest alone', async () => {
    const changed = [
      'ODS code,Name,Type,Parent ODS code,DSPT category',
      'RZZ03,"Northshire Eye Centre, Westgate",site,,',
      'RZZ04,Northshire Day Surgery Centre,site,,',
      'RZZX1,Pharmacy,department,RZZ03,',
      'RZZ05,Northshire Birth Centre,site,,',
    ].join('\n');
    const res = await upload(admin, acuteId, changed);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<Run>()).toMatchObject({ status: 'applied', inserted: 1, updated: 1, unchanged: 2, rejected: 0 });
    expect(await organisationNamed('RZZ04')).toMatchObject({ name: 'Northshire Day Surgery Centre', version: 2 });
  });

  it('one bad row and nothing is imported: every problem is named by row, column and value', async () => {
    const before = await snapshot();
    const file = [
      'ODS code,Name,Type,Parent ODS code,DSPT category',
      'RZZ06,Northshire Sexual Health Clinic,site,,',
      'RZZ07,Northshire Dental Unit,castle,,',
      'RZZ06,Northshire Sexual Health Clinic again,site,,',
      'RZZX2,Theatres,department,RZZ99,',
      'RZY01,Hillview Annexe,site,,',
      'RZZ08,,site,,',
      'RZZ13,Northshire Pain Clinic,site,,category 7',
    ].join('\n');
    const res = await upload(admin, acuteId, file);
    expect(res.statusCode, res.body).toBe(422);
    const problem = res.json<{ detail: string; runId: string; problemCount: number; errors: Array<{ row: number; column: string; value: string; message: string }> }>();
    expect(problem.detail).toMatch(/6 of 7 rows have problems, so nothing was imported/);
    const found = problem.errors.map((e) => [e.row, e.column, e.value]);
    expect(found).toEqual(
      expect.arrayContaining([
        [3, 'Type', 'castle'],
        [4, 'ODS code', 'RZZ06'],
        [5, 'Parent ODS code', 'RZZ99'],
        [6, 'ODS code', 'RZY01'],
        [7, 'Name', ''],
        [8, 'DSPT category', 'category 7'],
      ]),
    );
    expect(problem.errors.find((e) => e.row === 4)!.message).toMatch(/repeats row 2/);
    // Another Trust's site is not named to someone outside it.
    const outside = problem.errors.find((e) => e.row === 6)!.message;
    expect(outside).toMatch(/already used by an organisation outside/);
    expect(outside).not.toMatch(/Hillview/);
    expect(await snapshot()).toEqual({ ...before });

    const run = await admin.get(`/api/v1/orgs/${acuteId}/imports/${problem.runId}`);
    expect(run.json<Run>()).toMatchObject({ status: 'refused', rowsRead: 7, inserted: 0, updated: 0, unchanged: 0, rejected: 6, problemCount: 6 });
  });

  it('with skipInvalid the good rows are kept and the rejected ones listed', async () => {
    const file = ['ODS code,Name,Type', 'RZZ09,Northshire Hearing Centre,site', 'RZZ10,Northshire Fracture Clinic,fortress', 'RZZ11,Northshire Sleep Centre,site'].join('\n');
    const res = await upload(admin, acuteId, file, { skipInvalid: 'true' });
    expect(res.statusCode, res.body).toBe(201);
    const run = res.json<Run>();
    expect(run).toMatchObject({ status: 'applied', inserted: 2, rejected: 1, problemCount: 1 });
    expect(run.problems).toEqual([{ row: 3, column: 'Type', value: 'fortress', reason: expect.stringMatching(/not a type of organisation/) }]);
    expect(await organisationNamed('RZZ10')).toBeUndefined();
    expect(await organisationNamed('RZZ11')).toBeDefined();
  });

  it('a NUL character in a value is a problem in that row, on either engine, never a server error', async () => {
    const before = await snapshot();
    const res = await upload(admin, acuteId, 'ODS code,Name,Type\nRZZ14,North\u0000shire Clinic,site\n');
    expect(res.statusCode, res.body).toBe(422);
    const problem = res.json<{ errors: Array<{ row: number; column: string; message: string }> }>().errors[0]!;
    expect(problem).toMatchObject({ row: 2, column: 'Name' });
    expect(problem.message).toMatch(/control character/);
    expect(await snapshot()).toEqual(before);
  });

  it('a file without a needed column is refused, naming the column and the headings it has', async () => {
    const before = await snapshot();
    const res = await upload(admin, acuteId, 'Code,Name\nRZZ12,Northshire Stroke Unit\n');
    expect(res.statusCode).toBe(422);
    const body = res.json<{ errors: Array<{ message: string }> }>();
    expect(body.errors.map((e) => e.message).join(' ')).toMatch(/ODS code/);
    expect(body.errors.map((e) => e.message).join(' ')).toMatch(/Code/);
    expect(await snapshot()).toEqual(before);
  });

  it('a mapping saved under a name reads a file whose headings are the Trust’s own', async () => {
    const mapping = { odsCode: { column: 'Site code' }, name: { column: 'Site name' }, type: { column: 'Kind' } };
    const saved = await admin.put(`/api/v1/orgs/${acuteId}/import-mappings/organisations/Estates%20register`, { mapping });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ name: 'Estates register', version: 1 });

    const res = await upload(admin, acuteId, 'Site code,Site name,Kind\nRZZ12,Northshire Stroke Unit,site\n', { mapping: 'Estates register' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<Run>()).toMatchObject({ inserted: 1 });

    // Two editors from version 1: the second is told, not overwritten.
    const first = await admin.put(`/api/v1/orgs/${acuteId}/import-mappings/organisations/Estates%20register`, { mapping: { ...mapping, type: { column: 'Type' } }, version: 1 });
    expect(first.statusCode).toBe(200);
    const stale = await admin.put(`/api/v1/orgs/${acuteId}/import-mappings/organisations/Estates%20register`, { mapping, version: 1 });
    expect(stale.statusCode).toBe(409);

    const list = await admin.get(`/api/v1/orgs/${acuteId}/import-mappings?kind=organisations`);
    expect(list.json<{ mappings: Array<{ name: string; version: number }> }>().mappings).toEqual([expect.objectContaining({ name: 'Estates register', version: 2 })]);
  });

  it('a mapping that names a field the import does not have is refused', async () => {
    const res = await admin.put(`/api/v1/orgs/${acuteId}/import-mappings/organisations/Broken`, { mapping: { postcode: { column: 'Postcode' } } });
    expect(res.statusCode).toBe(422);
    expect(res.json<{ errors: Array<{ message: string }> }>().errors[0]!.message).toMatch(/postcode/);
  });

  it('lists the runs, newest first, with what each did', async () => {
    const res = await admin.get(`/api/v1/orgs/${acuteId}/imports`);
    expect(res.statusCode).toBe(200);
    const runs = res.json<{ runs: Run[] }>().runs;
    expect(runs.length).toBeGreaterThanOrEqual(6);
    expect(runs.map((r) => r.status)).toEqual(expect.arrayContaining(['applied', 'repeat', 'refused']));
  });

  it('two imports of the same new file at once add each organisation once', async () => {
    const file = 'ODS code,Name,Type\nRZZ20,Northshire Renal Unit,site\nRZZ21,Northshire Burns Unit,site\n';
    const answers = await Promise.all([upload(admin, acuteId, file), upload(admin, acuteId, file), upload(admin, acuteId, file)]);
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    for (const s of statuses) expect([200, 201, 409]).toContain(s);
    const rows = await t.app.db.selectFrom('organisations').select('id').where('ods_code', 'in', ['RZZ20', 'RZZ21']).execute();
    expect(rows).toHaveLength(2);
  });
});

describe('who may import organisations', () => {
  const file = 'ODS code,Name,Type\nRZZ30,Northshire Lithotripsy Unit,site\n';

  it('staff may not import, and learn nothing about the file’s contents', async () => {
    const staff = await signIn(t.server, 'staff@northshire-acute.example');
    const res = await upload(staff, acuteId, file);
    expect(res.statusCode).toBe(403);
    expect(await organisationNamed('RZZ30')).toBeUndefined();
  });

  it('a head of cyber security may import files but not organisations, which are for administrators', async () => {
    const lead = await signIn(t.server, 'seclead@northshire-acute.example');
    const res = await upload(lead, acuteId, file);
    expect(res.statusCode).toBe(403);
    expect(res.json<{ detail: string }>().detail).toMatch(/organisation\.import/);
    expect(await organisationNamed('RZZ30')).toBeUndefined();
  });

  it('another Trust’s administrator cannot import into this one, nor read its runs', async () => {
    const other = await signIn(t.server, 'orgadmin@northshire-mh.example');
    const res = await upload(other, acuteId, file);
    expect([403, 404]).toContain(res.statusCode);
    const runs = await other.get(`/api/v1/orgs/${acuteId}/imports`);
    expect([403, 404]).toContain(runs.statusCode);
    expect(await organisationNamed('RZZ30')).toBeUndefined();
    // In their own Trust, a code that belongs to this one is refused without naming it.
    const own = await upload(other, mentalHealthId, 'ODS code,Name,Type\nRZZ01,Somewhere,site\n');
    expect(own.statusCode).toBe(422);
    expect(own.body).not.toMatch(/Northshire General/);
  });

  it('an API token needs the scope of what it imports as well as import:write', async () => {
    const token = async (scopes: string[]) => {
      const res = await admin.post('/api/v1/me/tokens', { name: `Import ${scopes.join(' ')}`, scopes });
      expect(res.statusCode, res.body).toBe(201);
      return res.json<{ token: string }>().token;
    };
    const send = (bearer: string, code: string) =>
      t.server.inject({ method: 'POST', url: `/api/v1/orgs/${acuteId}/imports/organisations?file=t.csv`, headers: { authorization: `Bearer ${bearer}`, 'content-type': 'text/csv' }, payload: `ODS code,Name,Type\n${code},Northshire Token Unit,site\n` });
    const importOnly = await send(await token(['import:write']), 'RZZ31');
    expect(importOnly.statusCode).toBe(403);
    expect(importOnly.json<{ detail: string }>().detail).toMatch(/organisation:write/);
    expect(await organisationNamed('RZZ31')).toBeUndefined();
    const both = await send(await token(['import:write', 'organisation:write']), 'RZZ32');
    expect(both.statusCode, both.body).toBe(201);
    expect(await organisationNamed('RZZ32')).toBeDefined();
  });

  it('an unknown kind of import is not found', async () => {
    const res = await upload(admin, acuteId, file, {}, 'spaceships');
    expect(res.statusCode).toBe(404);
  });
});

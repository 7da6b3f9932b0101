// The rejected rows of an upload imported with skip-invalid are kept with its run, for the person who
// chose to import the good rows to download, fix and import again; an all-or-nothing upload keeps none,
// and another organisation's people cannot reach them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Client, type TestApp } from '../support/app.js';

let t: TestApp;
let admin: Client;
let outsider: Client;
let acuteId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signIn(t.server, 'orgadmin@northshire-acute.example');
  outsider = await signIn(t.server, 'orgadmin@northshire-mh.example');
  acuteId = (await t.app.db.selectFrom('organisations').select('id').where('ods_code', '=', 'RZZ').executeTakeFirstOrThrow()).id;
});
afterAll(() => t.close());

const upload = (client: Client, body: string, query: Record<string, string>) =>
  client.request('POST', `/api/v1/orgs/${acuteId}/imports/organisations?${new URLSearchParams({ file: 'estates register.csv', ...query })}`, body, { 'content-type': 'text/csv' });

// A BOM and CRLF; the second site's type does not exist and the third has a quoted comma.
const FILE = '\uFEFFODS code,Name,Type\r\nRZZ61,Rejects Test Site,site\r\nRZZ62,"Castle Ward, West",castle\r\nRZZ63,Another Test Site,site\r\n';

interface Run {
  id: string;
  status: string;
  inserted: number;
  rejected: number;
  rejectsKept: boolean;
}

describe('the rejected rows of an upload', () => {
  it('are not kept when the upload is all or nothing (it changes nothing, so there is nothing to download)', async () => {
    const res = await upload(admin, FILE, {});
    expect(res.statusCode).toBe(422);
    const runs = await admin.get(`/api/v1/orgs/${acuteId}/imports?kind=organisations`);
    const run = runs.json<{ runs: Run[] }>().runs[0]!;
    expect(run.rejectsKept).toBe(false);
    expect((await admin.get(`/api/v1/orgs/${acuteId}/imports/${run.id}/rejects`)).statusCode).toBe(404);
  });

  it('are kept with a skip-invalid run and download as CSV with the file’s columns and the problem', async () => {
    const res = await upload(admin, FILE, { skipInvalid: 'true' });
    expect(res.statusCode).toBe(201);
    const run = res.json<Run>();
    expect(run).toMatchObject({ status: 'applied', inserted: 2, rejected: 1, rejectsKept: true });
    expect((await admin.get(`/api/v1/orgs/${acuteId}/imports/${run.id}`)).json<Run>().rejectsKept).toBe(true);

    const download = await admin.get(`/api/v1/orgs/${acuteId}/imports/${run.id}/rejects`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toMatch(/^text\/csv/);
    expect(download.headers['content-disposition']).toBe('attachment; filename="estates-register-rejected.csv"');
    const lines = download.body.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toBe('ODS code,Name,Type,Problem');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('RZZ62,"Castle Ward, West",castle,Type: is not a type of organisation Bulwark knows (for example NHS trust or nhs-trust)');
  });

  it('cannot be read from another organisation', async () => {
    const run = (await admin.get(`/api/v1/orgs/${acuteId}/imports?kind=organisations`)).json<{ runs: Run[] }>().runs.find((r) => r.rejectsKept);
    expect(run).toBeDefined();
    const res = await outsider.get(`/api/v1/orgs/${acuteId}/imports/${run!.id}/rejects`);
    expect([403, 404]).toContain(res.statusCode);
  });
});

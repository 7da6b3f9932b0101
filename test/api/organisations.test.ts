// Building the organisation tree through the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';

let t: TestApp;
let acute: string;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp();
  acute = await orgId(t.app, 'RZZ');
  admin = await signIn(t.server, 'orgadmin@northshire-acute.example');
});
afterAll(() => t.close());

describe('the organisation tree', () => {
  it('an administrator adds a site and it appears in the tree, in order', async () => {
    const res = await admin.post(`/api/v1/orgs/${acute}/children`, { name: 'Abbey Day Unit', type: 'site', odsCode: 'rzz09' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: 'Abbey Day Unit', type: 'site', odsCode: 'RZZ09', parentId: acute, version: 1 });
    const tree = (await admin.get(`/api/v1/orgs/${acute}/tree`)).json().organisations;
    expect(tree.map((o: { name: string; depth: number }) => `${o.depth} ${o.name}`)).toEqual([
      '0 Northshire Hospitals NHS Foundation Trust',
      '1 Abbey Day Unit',
      '1 Digital Services',
      '1 Northshire General Hospital',
      '1 Riverside Community Hospital',
    ]);
  });

  it('bad details are refused field by field and nothing is added', async () => {
    const before = (await admin.get(`/api/v1/orgs/${acute}/tree`)).json().organisations.length;
    const res = await admin.post(`/api/v1/orgs/${acute}/children`, { name: '', type: 'ics', odsCode: 'R!', dsptCategory: 'gold' });
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.title).toBe('Some values need correcting');
    expect(body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['dsptCategory', 'name', 'odsCode', 'type']);
    expect((await admin.get(`/api/v1/orgs/${acute}/tree`)).json().organisations.length).toBe(before);
  });

  it('a malformed body names the field', async () => {
    const res = await admin.post(`/api/v1/orgs/${acute}/children`, { name: 42, type: 'site' });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].field).toBe('name');
  });

  it('an ODS code can belong to one organisation only', async () => {
    const res = await admin.post(`/api/v1/orgs/${acute}/children`, { name: 'Copy', type: 'site', odsCode: 'RZZ01' });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([{ field: 'odsCode', message: 'ODS code RZZ01 is already used by Northshire General Hospital' }]);
  });

  it('a change based on a stale version is refused, not overwritten', async () => {
    const org = (await admin.get(`/api/v1/orgs/${acute}`)).json();
    const first = await admin.patch(`/api/v1/orgs/${acute}`, { dsptCategory: 'category-1', name: 'Northshire Hospitals NHS FT', version: org.version });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(org.version + 1);
    const stale = await admin.patch(`/api/v1/orgs/${acute}`, { name: 'Someone else’s edit', version: org.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().detail).toMatch(/changed by someone else/);
    expect((await admin.get(`/api/v1/orgs/${acute}`)).json().name).toBe('Northshire Hospitals NHS FT');
  });

  it('each change is in the audit trail with before and after', async () => {
    const events = (await admin.get(`/api/v1/orgs/${acute}/audit?action=organisation.update`)).json().events;
    expect(events[0]).toMatchObject({
      actorLabel: 'orgadmin@northshire-acute.example',
      entityType: 'organisation',
      entityId: acute,
      before: { name: 'Northshire Hospitals NHS Foundation Trust' },
      after: { name: 'Northshire Hospitals NHS FT' },
    });
    expect(events[0].requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('the organisation view says where it sits and what is below', async () => {
    const view = (await admin.get(`/api/v1/orgs/${acute}`)).json();
    expect(view.ancestors.map((a: { name: string }) => a.name)).toEqual(['Northshire Integrated Care System']);
    expect(view.counts).toEqual({ members: 11, subOrganisations: 4 });
    expect(view.roles).toEqual(['org-admin']);
  });
});

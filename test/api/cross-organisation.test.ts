// Access across organisations is denied unless the tree grants it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';

let t: TestApp;
let acute: string, acuteSite: string, mentalHealth: string, ics: string;
let mhAdmin: Client, acuteAdmin: Client, acuteStaff: Client, icsLead: Client, sysAdmin: Client, auditor: Client;

beforeAll(async () => {
  t = await createTestApp();
  [acute, acuteSite, mentalHealth, ics] = await Promise.all([orgId(t.app, 'RZZ'), orgId(t.app, 'RZZ01'), orgId(t.app, 'RZY'), orgId(t.app, 'ics')]);
  [mhAdmin, acuteAdmin, acuteStaff, icsLead, sysAdmin, auditor] = await Promise.all([
    signIn(t.server, 'orgadmin@northshire-mh.example'),
    signIn(t.server, 'orgadmin@northshire-acute.example'),
    signIn(t.server, 'staff@northshire-acute.example'),
    signIn(t.server, 'icslead@northshire-ics.example'),
    signIn(t.server, 'admin@northshire-ics.example'),
    signIn(t.server, 'auditor@northshire-acute.example'),
  ]);
});
afterAll(() => t.close());

describe('another trust’s administrator', () => {
  it.each([
    ['read the organisation', (c: Client) => c.get(`/api/v1/orgs/${acute}`)],
    ['read its tree', (c: Client) => c.get(`/api/v1/orgs/${acute}/tree`)],
    ['list its people', (c: Client) => c.get(`/api/v1/orgs/${acute}/members`)],
    ['read its audit trail', (c: Client) => c.get(`/api/v1/orgs/${acute}/audit`)],
    ['add a person to it', (c: Client) => c.post(`/api/v1/orgs/${acute}/members`, { email: 'x@example.nhs.uk', name: 'X', password: 'kettle-orbit-lantern', roles: ['org-admin'] })],
    ['add a site to it', (c: Client) => c.post(`/api/v1/orgs/${acute}/children`, { name: 'Rogue site', type: 'site' })],
    ['rename it', (c: Client) => c.patch(`/api/v1/orgs/${acute}`, { name: 'Taken over', version: 1 })],
    ['read one of its sites', (c: Client) => c.get(`/api/v1/orgs/${acuteSite}`)],
    ['read its vulnerability findings', (c: Client) => c.get(`/api/v1/orgs/${acute}/vulnerability-findings`)],
    ['read its vulnerability exposure', (c: Client) => c.get(`/api/v1/orgs/${acute}/vulnerability-exposure`)],
    ['set its remediation deadlines', (c: Client) => c.put(`/api/v1/orgs/${acute}/remediation-deadlines`, { version: 0, settings: { critical: 1, high: 1, medium: 1, low: 1, kev: 1 } })],
    ['edit its end-of-support table', (c: Client) => c.put(`/api/v1/orgs/${acute}/end-of-support`, { version: 0, row: { id: 'windows-7', removed: true } })],
    ['read its cyber alerts register', (c: Client) => c.get(`/api/v1/orgs/${acute}/cyber-alerts`)],
    ['record a cyber alert in it', (c: Client) => c.post(`/api/v1/orgs/${acute}/cyber-alerts`, { reference: 'CC-0001', title: 'Planted', severity: 'high', issuedAt: '2026-05-01T09:00:00Z' })],
    ['import a vulnerability scan into it', (c: Client) => c.request('POST', `/api/v1/orgs/${acute}/imports/vulns?file=scan.csv&preset=nessus`, 'Plugin ID,Risk,Host\n1,High,pc-1\n', { 'content-type': 'text/csv' })],
  ])('cannot %s: it looks as if it does not exist', async (_, call) => {
    const res = await call(mhAdmin);
    expect(res.statusCode).toBe(404);
    expect(res.json().detail).toMatch(/no organisation with that id, or you do not have access/);
  });

  it('did not change anything while trying', async () => {
    const org = (await acuteAdmin.get(`/api/v1/orgs/${acute}`)).json();
    expect(org.name).toBe('Northshire Hospitals NHS Foundation Trust');
    const members = (await acuteAdmin.get(`/api/v1/orgs/${acute}/members`)).json().members;
    expect(members.map((m: { email: string }) => m.email)).not.toContain('x@example.nhs.uk');
  });

  it('cannot move a person of theirs into the other trust by naming its id in the body', async () => {
    const res = await mhAdmin.post(`/api/v1/orgs/${mentalHealth}/members`, { email: 'orgadmin@northshire-acute.example', name: 'Helen', roles: ['staff'], orgId: acute });
    expect(res.statusCode).toBe(201);
    const acuteMembers = (await acuteAdmin.get(`/api/v1/orgs/${acute}/members`)).json().members;
    expect(acuteMembers.find((m: { email: string }) => m.email === 'orgadmin@northshire-acute.example').roles).toEqual(['org-admin']);
  });
});

describe('an ICS role oversees the member organisations', () => {
  it('reads a member trust and its tree', async () => {
    expect((await icsLead.get(`/api/v1/orgs/${acute}`)).statusCode).toBe(200);
    expect((await icsLead.get(`/api/v1/orgs/${mentalHealth}/tree`)).statusCode).toBe(200);
  });
  it('but cannot act in it', async () => {
    const res = await icsLead.patch(`/api/v1/orgs/${acute}`, { name: 'Renamed by the ICS', version: 1 });
    expect(res.statusCode).toBe(403);
    expect((await icsLead.post(`/api/v1/orgs/${acute}/children`, { name: 'ICS site', type: 'site' })).statusCode).toBe(403);
  });
  it('sees every member organisation in its switcher, marked as oversight', async () => {
    const me = (await icsLead.get('/api/v1/me')).json();
    const trust = me.organisations.find((o: { id: string }) => o.id === acute);
    expect(trust.access).toBe('oversight');
    expect(me.organisations.find((o: { id: string }) => o.id === ics).access).toBe('member');
  });
});

describe('within one trust, roles decide', () => {
  it('staff can see their organisation but not who holds which role', async () => {
    expect((await acuteStaff.get(`/api/v1/orgs/${acute}`)).statusCode).toBe(200);
    const res = await acuteStaff.get(`/api/v1/orgs/${acute}/members`);
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toMatch(/Administrators, the SIRO and auditors/);
  });
  it('staff cannot read the audit trail; the auditor can but cannot change anything', async () => {
    expect((await acuteStaff.get(`/api/v1/orgs/${acute}/audit`)).statusCode).toBe(403);
    expect((await auditor.get(`/api/v1/orgs/${acute}/audit`)).statusCode).toBe(200);
    expect((await auditor.put(`/api/v1/orgs/${acute}/members/${acuteStaff.userId}/roles`, { roles: ['auditor'] })).statusCode).toBe(403);
  });
  it('the organisation admin reaches the trust’s sites', async () => {
    expect((await acuteAdmin.get(`/api/v1/orgs/${acuteSite}/members`)).statusCode).toBe(200);
  });
  it('the organisation page lists what the person may do there', async () => {
    const staffView = (await acuteStaff.get(`/api/v1/orgs/${acute}`)).json();
    // Staff answer only the outcomes assigned to them (the assessments service checks the owner), and
    // read and decide only the access-review items they are the reviewer of (the reviews service checks).
    expect(staffView.permissions).toEqual(['assessment.read', 'assessment.respond', 'catalogue.org-read', 'evidence.read', 'organisation.read', 'review.decide', 'review.read']);
    const adminView = (await acuteAdmin.get(`/api/v1/orgs/${acute}`)).json();
    expect(adminView.permissions).toEqual(expect.arrayContaining(['member.manage', 'organisation.update', 'audit.read', 'catalogue.org-configure']));
  });
  it('only a system administrator may verify the whole audit trail or add a top-level organisation', async () => {
    expect((await acuteAdmin.get('/api/v1/audit/verify')).statusCode).toBe(403);
    expect((await sysAdmin.get('/api/v1/audit/verify')).json()).toMatchObject({ ok: true });
    expect((await acuteAdmin.post('/api/v1/orgs', { name: 'Another ICS', type: 'ics' })).statusCode).toBe(403);
    expect((await sysAdmin.post('/api/v1/orgs', { name: 'Another ICS', type: 'ics' })).statusCode).toBe(201);
  });
  it('an unknown organisation id is 404 for everyone', async () => {
    expect((await sysAdmin.get('/api/v1/orgs/00000000-0000-0000-0000-000000000000')).statusCode).toBe(404);
  });
});

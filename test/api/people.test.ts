// Adding people, giving and taking roles, deactivating accounts — and the audit trail of it all.
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

const newPerson = { email: 'Nia.Roberts@Northshire-Acute.example', name: 'Nia Roberts', password: 'harbour-violet-compass', roles: ['security-analyst'] };

describe('people in an organisation', () => {
  let niaId: string;

  it('an administrator adds a person, who can then sign in', async () => {
    const res = await admin.post(`/api/v1/orgs/${acute}/members`, newPerson);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ email: 'nia.roberts@northshire-acute.example', name: 'Nia Roberts', status: 'active', roles: ['security-analyst'] });
    niaId = res.json().userId;
    const nia = await signIn(t.server, 'nia.roberts@northshire-acute.example', newPerson.password);
    expect((await nia.get(`/api/v1/orgs/${acute}`)).statusCode).toBe(200);
  });

  it('an empty form is refused with every problem at once', async () => {
    const res = await admin.post(`/api/v1/orgs/${acute}/members`, { email: '', name: '', roles: [] });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual(['email', 'name', 'roles', 'password']);
  });

  it('a weak initial password is refused with the reason', async () => {
    const res = await admin.post(`/api/v1/orgs/${acute}/members`, { ...newPerson, email: 'weak@northshire-acute.example', password: 'Password2026' });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([{ field: 'password', message: expect.stringMatching(/too common/) }]);
    expect((await t.app.db.selectFrom('users').select('id').where('email', '=', 'weak@northshire-acute.example').execute()).length).toBe(0);
  });

  it('an unknown role is refused', async () => {
    const res = await admin.post(`/api/v1/orgs/${acute}/members`, { ...newPerson, email: 'r@northshire-acute.example', roles: ['overlord'] });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].field).toBe('roles.0');
  });

  it('an organisation administrator cannot make anyone a system administrator', async () => {
    const res = await admin.put(`/api/v1/orgs/${acute}/members/${niaId}/roles`, { roles: ['system-admin'] });
    expect(res.statusCode).toBe(403);
  });

  it('roles are replaced as a set, and the change is audited before and after', async () => {
    const res = await admin.put(`/api/v1/orgs/${acute}/members/${niaId}/roles`, { roles: ['security-lead', 'information-asset-owner'] });
    expect(res.statusCode).toBe(200);
    expect(res.json().roles.sort()).toEqual(['information-asset-owner', 'security-lead']);
    const events = (await admin.get(`/api/v1/orgs/${acute}/audit?action=member.roles`)).json().events;
    expect(events[0].before.roles).toEqual(['security-analyst']);
    expect(events[0].after.roles.sort()).toEqual(['information-asset-owner', 'security-lead']);
  });

  it('an administrator cannot take away their own administrator role', async () => {
    const res = await admin.put(`/api/v1/orgs/${acute}/members/${admin.userId}/roles`, { roles: ['staff'] });
    expect(res.statusCode).toBe(409);
  });

  it('deactivating ends the person’s sessions at once and stops them signing in', async () => {
    const nia = await signIn(t.server, 'nia.roberts@northshire-acute.example', newPerson.password);
    const res = await admin.post(`/api/v1/orgs/${acute}/members/${niaId}/deactivate`);
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('deactivated');
    expect((await nia.get('/api/v1/me')).statusCode).toBe(401);
    const again = await t.server.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'nia.roberts@northshire-acute.example', password: newPerson.password } });
    expect(again.statusCode).toBe(401);
  });

  it('reactivating lets them back in', async () => {
    expect((await admin.post(`/api/v1/orgs/${acute}/members/${niaId}/reactivate`)).json().status).toBe('active');
    await signIn(t.server, 'nia.roberts@northshire-acute.example', newPerson.password);
  });

  it('a person who also works for another trust cannot be deactivated by one trust’s administrator', async () => {
    const mhAdmin = await signIn(t.server, 'orgadmin@northshire-mh.example');
    const mh = await orgId(t.app, 'RZY');
    expect((await mhAdmin.post(`/api/v1/orgs/${mh}/members`, { email: 'nia.roberts@northshire-acute.example', name: 'Nia Roberts', roles: ['staff'] })).statusCode).toBe(201);
    const res = await admin.post(`/api/v1/orgs/${acute}/members/${niaId}/deactivate`);
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toMatch(/organisations you do not administer/);
  });

  it('removing a person takes every role they hold here, and only here', async () => {
    expect((await admin.delete(`/api/v1/orgs/${acute}/members/${niaId}`)).statusCode).toBe(204);
    expect((await admin.get(`/api/v1/orgs/${acute}/members/${niaId}`)).statusCode).toBe(404);
    const mh = await orgId(t.app, 'RZY');
    const mhAdmin = await signIn(t.server, 'orgadmin@northshire-mh.example');
    expect((await mhAdmin.get(`/api/v1/orgs/${mh}/members/${niaId}`)).json().roles).toEqual(['staff']);
  });

  it('the audit trail filters by action, person and date, and pages', async () => {
    const all = (await admin.get(`/api/v1/orgs/${acute}/audit?limit=3`)).json();
    expect(all.events).toHaveLength(3);
    expect(all.nextBefore).toBe(all.events[2].seq);
    const older = (await admin.get(`/api/v1/orgs/${acute}/audit?limit=3&before=${all.nextBefore}`)).json();
    expect(older.events[0].seq).toBeLessThan(all.nextBefore);

    const byActor = (await admin.get(`/api/v1/orgs/${acute}/audit?actor=orgadmin@northshire-acute&limit=100`)).json().events;
    expect(byActor.length).toBeGreaterThan(0);
    expect(byActor.every((e: { actorLabel: string }) => e.actorLabel === 'orgadmin@northshire-acute.example')).toBe(true);

    const upperCase = (await admin.get(`/api/v1/orgs/${acute}/audit?actor=ORGADMIN@NORTHSHIRE-ACUTE&limit=100`)).json().events;
    expect(upperCase.length).toBe(byActor.length);
    // Wildcards typed by a person are taken literally.
    expect((await admin.get(`/api/v1/orgs/${acute}/audit?actor=%25`)).json().events).toEqual([]);
    expect((await admin.get(`/api/v1/orgs/${acute}/audit?action=member_`)).json().events).toEqual([]);

    const future = (await admin.get(`/api/v1/orgs/${acute}/audit?from=2999-01-01`)).json().events;
    expect(future).toEqual([]);
    const bad = await admin.get(`/api/v1/orgs/${acute}/audit?from=yesterday-ish`);
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].field).toBe('from');
  });

  it('nothing secret reaches the audit trail', async () => {
    const rows = await t.app.db.selectFrom('audit_events').select(['before_json', 'after_json']).execute();
    const text = JSON.stringify(rows);
    expect(text).not.toContain(newPerson.password);
    expect(text).not.toContain('argon2');
  });
});

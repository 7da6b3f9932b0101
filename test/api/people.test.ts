// Adding people, giving and taking roles, deactivating accounts — and the audit trail of it all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptInvitations, type Client, createTestApp, DEMO_PASSWORD, orgId, signIn, type TestApp } from '../support/app.js';

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

  it('an administrator adds a person, who signs in with the initial password and accepts', async () => {
    const res = await admin.post(`/api/v1/orgs/${acute}/members`, newPerson);
    expect(res.statusCode).toBe(201);
    expect(res.json().invitation).toMatchObject({ email: 'nia.roberts@northshire-acute.example', name: 'Nia Roberts', state: 'pending', roles: ['security-analyst'] });
    const nia = await signIn(t.server, 'nia.roberts@northshire-acute.example', newPerson.password);
    niaId = nia.userId;
    // Until they accept, they have no role here.
    expect((await nia.get(`/api/v1/orgs/${acute}`)).statusCode).toBe(404);
    const waiting = (await nia.get('/api/v1/me/invitations')).json().invitations;
    expect(waiting).toEqual([
      expect.objectContaining({ organisationId: acute, organisationName: 'Northshire Hospitals NHS Foundation Trust', roles: ['security-analyst'], roleLabels: ['Security analyst'] }),
    ]);
    expect((await nia.post(`/api/v1/me/invitations/${waiting[0].id}/accept`)).json()).toEqual({ organisationId: acute, roles: ['security-analyst'], stage: 'complete' });
    expect((await nia.get(`/api/v1/orgs/${acute}`)).statusCode).toBe(200);
    expect((await admin.get(`/api/v1/orgs/${acute}/members/${niaId}`)).json()).toMatchObject({ status: 'active', roles: ['security-analyst'] });
    expect((await nia.post(`/api/v1/me/invitations/${waiting[0].id}/accept`)).statusCode).toBe(409);
  });

  it('an empty form is refused with every problem at once', async () => {
    const res = await admin.post(`/api/v1/orgs/${acute}/members`, { email: '', name: '', roles: [], password: 'short' });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual(['email', 'name', 'roles', 'password']);
  });

  it('a weak initial password is refused with the reason', async () => {
    const res = await admin.post(`/api/v1/orgs/${acute}/members`, { ...newPerson, email: 'weak@northshire-acute.example', password: 'Password2026' });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([{ field: 'password', message: expect.stringMatching(/too easy to guess/) }]);
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
    expect(await acceptInvitations(t.server, 'nia.roberts@northshire-acute.example', newPerson.password)).toEqual([mh]);
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

describe('adding someone who already has an account', () => {
  const offer = { name: 'Someone New', password: 'harbour-violet-compass', roles: ['staff'] };
  const elsewhere = 'staff@northshire-mh.example';
  let invitationId: string;

  /** What an administrator can tell from an answer, once the values they typed themselves are set aside. */
  function shapeOf(res: Awaited<ReturnType<Client['post']>>) {
    const { invitation, ...rest } = res.json();
    const { id: _id, email: _email, createdAt: _created, expiresAt: _expires, ...details } = invitation;
    return { status: res.statusCode, rest, details, fields: Object.keys(invitation).sort(), contentType: res.headers['content-type'] };
  }

  it('answers exactly as for a new email, and shows nothing of the existing account', async () => {
    const existing = await admin.post(`/api/v1/orgs/${acute}/members`, { ...offer, email: elsewhere });
    const fresh = await admin.post(`/api/v1/orgs/${acute}/members`, { ...offer, email: 'someone.new@northshire-acute.example' });
    expect(existing.statusCode).toBe(201);
    expect(shapeOf(existing)).toEqual(shapeOf(fresh));
    invitationId = existing.json().invitation.id;

    const mhStaff = await t.app.db.selectFrom('users').select(['id', 'name']).where('email', '=', elsewhere).executeTakeFirstOrThrow();
    expect(existing.body).not.toContain(mhStaff.id);
    expect(existing.body).not.toContain(mhStaff.name);
    // Until they accept, the person is not the administrator's to see.
    expect((await admin.get(`/api/v1/orgs/${acute}/members/${mhStaff.id}`)).statusCode).toBe(404);
    expect((await admin.get(`/api/v1/orgs/${acute}/members/${mhStaff.id}/activity`)).statusCode).toBe(404);
    expect(JSON.stringify((await admin.get(`/api/v1/orgs/${acute}/members`)).json())).not.toContain(elsewhere);
    // The organisation's trail records both alike; the new account is the new person's own event.
    const trail = (await admin.get(`/api/v1/orgs/${acute}/audit?limit=2`)).json().events as { action: string; after: { state: string } }[];
    expect(trail.map((e) => [e.action, e.after.state])).toEqual([
      ['invitation.create', 'pending'],
      ['invitation.create', 'pending'],
    ]);
    // The password the administrator typed is not the existing person's: theirs is unchanged.
    const tryIt = (password: string) => t.server.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: elsewhere, password } });
    expect((await tryIt(offer.password)).statusCode).toBe(401);
    expect((await tryIt(DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it('nobody but the person can answer their invitation', async () => {
    const other = await signIn(t.server, 'dpo@northshire-acute.example');
    expect((await other.post(`/api/v1/me/invitations/${invitationId}/accept`)).statusCode).toBe(404);
    expect((await other.post(`/api/v1/me/invitations/${invitationId}/decline`)).statusCode).toBe(404);
    expect((await other.get('/api/v1/me/invitations')).json().invitations).toEqual([]);
  });

  it('the person sees it under their account and may decline; the organisation sees it declined', async () => {
    const person = await signIn(t.server, elsewhere);
    const waiting = (await person.get('/api/v1/me/invitations')).json().invitations;
    expect(waiting).toEqual([expect.objectContaining({ id: invitationId, organisationId: acute, roles: ['staff'] })]);
    expect((await person.post(`/api/v1/me/invitations/${invitationId}/decline`)).statusCode).toBe(204);
    expect((await person.get('/api/v1/me/invitations')).json().invitations).toEqual([]);
    expect((await person.post(`/api/v1/me/invitations/${invitationId}/accept`)).statusCode).toBe(409);
    const listed = (await admin.get(`/api/v1/orgs/${acute}/invitations`)).json().invitations;
    expect(listed.find((i: { id: string }) => i.id === invitationId).state).toBe('declined');
    expect((await admin.get(`/api/v1/orgs/${acute}/members/${person.userId}`)).statusCode).toBe(404);
  });

  it('accepting a role that needs a second factor sends the session to set one up, and ends other password-only sessions', async () => {
    expect((await admin.post(`/api/v1/orgs/${acute}/members`, { email: elsewhere, name: 'Deputy SIRO', roles: ['siro'] })).statusCode).toBe(201);
    const here = await signIn(t.server, elsewhere);
    const other = await signIn(t.server, elsewhere);
    const [invitation] = (await here.get('/api/v1/me/invitations')).json().invitations;
    expect((await here.post(`/api/v1/me/invitations/${invitation.id}/accept`)).json()).toEqual({ organisationId: acute, roles: ['siro'], stage: 'enrolment' });
    const blocked = await here.get(`/api/v1/orgs/${acute}`);
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().type).toMatch(/mfa-enrolment-required$/);
    expect((await other.get('/api/v1/me')).statusCode).toBe(401);
  });
});

describe('adding the same person twice at once', () => {
  async function tenAtOnce(email: string) {
    const body = { email, name: 'Parallel Person', password: 'harbour-violet-compass', roles: ['staff'] };
    const answers = await Promise.all(Array.from({ length: 10 }, () => admin.post(`/api/v1/orgs/${acute}/members`, body)));
    return answers;
  }

  it.each([
    ['a new email', 'parallel.person@northshire-acute.example'],
    ['an email that has an account', 'manager@castlegate-gp.example'],
  ])('ten requests for %s: one invitation, nine conflicts, one account', async (_, email) => {
    const answers = await tenAtOnce(email);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409, 409, 409]);
    for (const r of answers.filter((a) => a.statusCode === 409)) expect(r.json().detail).toMatch(/already an invitation for .* waiting to be answered here/);
    expect(await t.app.db.selectFrom('users').select('id').where('email', '=', email).execute()).toHaveLength(1);
    const open = await t.app.db.selectFrom('account_links').select('id').where('email', '=', email).where('org_id', '=', acute).where('used_at', 'is', null).where('revoked_at', 'is', null).execute();
    expect(open).toHaveLength(1);
  });
});

describe('a role that needs a second factor', () => {
  it('ends the person’s sessions that never gave one; at their next sign-in they set one up', async () => {
    const before = await signIn(t.server, 'caldicott@northshire-acute.example');
    expect((await before.get('/api/v1/me')).json().stage).toBe('complete');
    const res = await admin.put(`/api/v1/orgs/${acute}/members/${before.userId}/roles`, { roles: ['caldicott-guardian', 'siro'] });
    expect(res.statusCode).toBe(200);
    expect((await before.get('/api/v1/me')).statusCode).toBe(401);
    const again = await t.server.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'caldicott@northshire-acute.example', password: DEMO_PASSWORD } });
    expect(again.json().stage).toBe('enrolment');
    // The administrator's own session, which gave its second factor, is untouched by such changes.
    expect((await admin.get('/api/v1/me')).statusCode).toBe(200);
  });
});

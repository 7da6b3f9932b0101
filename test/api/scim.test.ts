// SCIM 2.0 provisioning from an identity provider such as Microsoft Entra ID: only an organisation's
// SCIM token gets in, and only to its own people; accounts are created, changed, de-provisioned
// (ending every session at once) and reactivated; directory groups become roles through the
// organisation's mapping; bad requests come back as SCIM errors and change nothing.
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, DEMO_PASSWORD, orgId, signIn, type TestApp } from '../support/app.js';

const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';
const LIST = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';

let t: TestApp;
let acute: string;
let mentalHealth: string;
let acuteAdmin: Client;
let acuteToken: string;
let acuteTokenId: string;
let mentalHealthToken: string;

beforeAll(async () => {
  t = await createTestApp();
  acute = await orgId(t.app, 'RZZ');
  mentalHealth = await orgId(t.app, 'RZY');
  acuteAdmin = await signIn(t.server, 'orgadmin@northshire-acute.example');
  const made = await acuteAdmin.post(`/api/v1/orgs/${acute}/tokens`, { name: 'Entra ID provisioning', kind: 'scim' });
  expect(made.statusCode).toBe(201);
  acuteToken = made.json().token;
  acuteTokenId = made.json().apiToken.id;
  const mentalHealthAdmin = await signIn(t.server, 'orgadmin@northshire-mh.example');
  mentalHealthToken = (await mentalHealthAdmin.post(`/api/v1/orgs/${mentalHealth}/tokens`, { name: 'MH directory', kind: 'scim' })).json().token;
});
afterAll(() => t.close());

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A request as Entra ID sends it: bearer token, application/scim+json. */
function scim(token: string | null, method: Method, url: string, body?: unknown): Promise<LightMyRequestResponse> {
  return t.server.inject({
    method,
    url: `/scim/v2${url}`,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/scim+json' }),
    },
    ...(body === undefined ? {} : { payload: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
}

const acuteScim = (method: Method, url: string, body?: unknown) => scim(acuteToken, method, url, body);
const patchOf = (...operations: object[]) => ({ schemas: [PATCH], Operations: operations });

function expectScimError(res: LightMyRequestResponse, status: number, scimType?: string) {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/scim\+json/);
  const body = res.json();
  expect(body).toMatchObject({ schemas: [ERROR], status: String(status), detail: expect.any(String) });
  if (scimType) expect(body.scimType).toBe(scimType);
  return body as { detail: string };
}

async function userRow(id: string) {
  return t.app.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

async function rolesIn(org: string, userId: string) {
  const rows = await t.app.db.selectFrom('memberships').select(['role', 'source']).where('user_id', '=', userId).where('org_id', '=', org).orderBy('role').execute();
  return rows.map((r) => `${r.role} (${r.source})`);
}

async function userIdOf(email: string) {
  return (await t.app.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
}

async function auditActions(entityId: string) {
  const rows = await t.app.db.selectFrom('audit_events').select(['action', 'actor_label', 'org_id']).where('entity_id', '=', entityId).orderBy('seq').execute();
  return rows;
}

describe('who may use SCIM', () => {
  it('a request without a token gets a SCIM 401 error', async () => {
    const res = await scim(null, 'GET', '/Users');
    expectScimError(res, 401);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
  });

  it('an unknown token gets a SCIM 401 error', async () => {
    expectScimError(await scim('bwk_not-a-real-token', 'GET', '/Users'), 401);
  });

  it('a personal or a service token is refused with 403', async () => {
    const staff = await signIn(t.server, 'analyst@northshire-acute.example');
    const scopes: string[] = (await staff.get('/api/v1/me/tokens')).json().availableScopes;
    const personal = await staff.post('/api/v1/me/tokens', { name: 'Reports', scopes: [scopes[0]] });
    expect(personal.statusCode).toBe(201);
    expectScimError(await scim(personal.json().token, 'GET', '/Users'), 403);

    const service = await acuteAdmin.post(`/api/v1/orgs/${acute}/tokens`, { name: 'SIEM', kind: 'service', scopes: [scopes[0]], roles: ['auditor'] });
    expect(service.statusCode).toBe(201);
    expectScimError(await scim(service.json().token, 'POST', '/Users', { schemas: [USER], userName: 'x@northshire-acute.example' }), 403);
  });

  it('a signed-in administrator’s session cannot provision either', async () => {
    expectScimError(await acuteAdmin.get('/scim/v2/Users'), 403);
  });

  it('a SCIM token reaches nothing under /api/v1', async () => {
    const res = await t.server.inject({ method: 'GET', url: `/api/v1/orgs/${acute}/members`, headers: { authorization: `Bearer ${acuteToken}` } });
    expect(res.statusCode).toBe(403);
  });

  it('describes itself to the identity provider', async () => {
    const config = await acuteScim('GET', '/ServiceProviderConfig');
    expect(config.statusCode).toBe(200);
    expect(config.headers['content-type']).toMatch(/^application\/scim\+json/);
    expect(config.json()).toMatchObject({ patch: { supported: true }, bulk: { supported: false }, filter: { supported: true } });
    const types = (await acuteScim('GET', '/ResourceTypes')).json();
    expect(types).toMatchObject({ schemas: [LIST], totalResults: 2 });
    expect(types.Resources.map((r: { endpoint: string }) => r.endpoint)).toEqual(['/Users', '/Groups']);
    const schemas = (await acuteScim('GET', '/Schemas')).json();
    expect(schemas.Resources.map((r: { id: string }) => r.id)).toEqual([USER, GROUP]);
  });

  it('an unknown SCIM path is a SCIM 404, not the web app', async () => {
    expectScimError(await acuteScim('GET', '/Bulk'), 404);
  });
});

describe('provisioning a person', () => {
  let rhysId: string;

  it('creates an account without a password, managed by the directory, with no role until a group gives one', async () => {
    const res = await acuteScim('POST', '/Users', {
      schemas: [USER, 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'],
      userName: 'Rhys.Evans@Northshire-Acute.example',
      externalId: 'entra-0001',
      active: true,
      name: { givenName: 'Rhys', familyName: 'Evans' },
      emails: [{ value: 'Rhys.Evans@Northshire-Acute.example', type: 'work', primary: true }],
      title: 'Porter',
      'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': { department: 'Estates' },
    });
    expect(res.statusCode).toBe(201);
    const user = res.json();
    rhysId = user.id;
    expect(res.headers.location).toBe(user.meta.location);
    expect(user.meta.location).toMatch(new RegExp(`/scim/v2/Users/${rhysId}$`));
    expect(user).toMatchObject({ schemas: [USER], userName: 'rhys.evans@northshire-acute.example', externalId: 'entra-0001', displayName: 'Rhys Evans', active: true });
    const row = await userRow(rhysId);
    expect(row).toMatchObject({ managed_by: 'scim', external_id: 'entra-0001', password_hash: null, deactivated_at: null });
    expect(await rolesIn(acute, rhysId)).toEqual([]);
    expect(await auditActions(rhysId)).toEqual([{ action: 'scim.user-create', actor_label: 'scim-token:Entra ID provisioning', org_id: acute }]);
  });

  it('provisioning the same userName again is a uniqueness conflict', async () => {
    expectScimError(await acuteScim('POST', '/Users', { schemas: [USER], userName: 'rhys.evans@northshire-acute.example' }), 409, 'uniqueness');
  });

  it('two requests creating the same person at once make one account and one uniqueness conflict', async () => {
    const body = { schemas: [USER], userName: 'twin@northshire-acute.example', displayName: 'Twin' };
    const answers = await Promise.all([acuteScim('POST', '/Users', body), acuteScim('POST', '/Users', body)]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(answers.find((r) => r.statusCode === 409)!.json().scimType).toBe('uniqueness');
    const created = answers.find((r) => r.statusCode === 201)!.json().id;
    expect((await acuteScim('DELETE', `/Users/${created}`)).statusCode).toBe(204);
  });

  it('finds the person by id, and by the filters Entra ID uses', async () => {
    expect((await acuteScim('GET', `/Users/${rhysId}`)).json().userName).toBe('rhys.evans@northshire-acute.example');
    const byName = await acuteScim('GET', `/Users?filter=${encodeURIComponent('userName eq "RHYS.EVANS@northshire-acute.example"')}`);
    expect(byName.json()).toMatchObject({ schemas: [LIST], totalResults: 1, startIndex: 1, itemsPerPage: 1 });
    expect(byName.json().Resources[0].id).toBe(rhysId);
    const byExternalId = await acuteScim('GET', `/Users?filter=${encodeURIComponent('externalId eq "entra-0001"')}`);
    expect(byExternalId.json().Resources.map((u: { id: string }) => u.id)).toEqual([rhysId]);
    const nobody = await acuteScim('GET', `/Users?filter=${encodeURIComponent('userName eq "nobody@northshire-acute.example"')}`);
    expect(nobody.json()).toMatchObject({ totalResults: 0, Resources: [] });
    const projected = await acuteScim('GET', `/Users/${rhysId}?attributes=userName`);
    expect(Object.keys(projected.json()).sort()).toEqual(['id', 'schemas', 'userName']);
  });

  it('pages through the people with startIndex and count', async () => {
    for (const name of ['Ffion Jones', 'Gareth Price']) {
      const email = `${name.toLowerCase().replace(' ', '.')}@northshire-acute.example`;
      expect((await acuteScim('POST', '/Users', { schemas: [USER], userName: email, displayName: name })).statusCode).toBe(201);
    }
    const first = (await acuteScim('GET', '/Users?startIndex=1&count=2')).json();
    expect(first).toMatchObject({ totalResults: 3, startIndex: 1, itemsPerPage: 2 });
    const second = (await acuteScim('GET', '/Users?startIndex=3&count=2')).json();
    expect(second).toMatchObject({ totalResults: 3, startIndex: 3, itemsPerPage: 1 });
    const ids = [...first.Resources, ...second.Resources].map((u: { id: string }) => u.id);
    expect(new Set(ids).size).toBe(3);
  });

  it('PUT replaces the name and external id, and leaves the person active', async () => {
    const res = await acuteScim('PUT', `/Users/${rhysId}`, { schemas: [USER], userName: 'rhys.evans@northshire-acute.example', externalId: 'entra-0001', displayName: 'Rhys Evans-Morgan' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ displayName: 'Rhys Evans-Morgan', active: true });
  });

  it('PATCH takes Entra ID’s forms of change, ignoring attributes Bulwark does not keep', async () => {
    const res = await acuteScim(
      'PATCH',
      `/Users/${rhysId}`,
      patchOf(
        { op: 'Replace', path: 'displayName', value: 'Rhys ap Evans' },
        { op: 'Replace', path: 'emails[type eq "work"].value', value: 'rhys@elsewhere.example' },
        { op: 'Add', path: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department', value: 'Estates' },
        { op: 'replace', path: 'externalId', value: 'entra-0001-b' },
      ),
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ displayName: 'Rhys ap Evans', externalId: 'entra-0001-b', userName: 'rhys.evans@northshire-acute.example' });
    expect((await auditActions(rhysId)).map((a) => a.action)).toEqual(['scim.user-create', 'scim.user-update', 'scim.user-update']);
  });

  it('de-provisions with {op: "Replace", path: "active", value: "False"} and reactivates with {value: {active: true}}', async () => {
    const off = await acuteScim('PATCH', `/Users/${rhysId}`, patchOf({ op: 'Replace', path: 'active', value: 'False' }));
    expect(off.statusCode).toBe(200);
    expect(off.json().active).toBe(false);
    expect((await userRow(rhysId)).deactivated_at).not.toBeNull();
    const on = await acuteScim('PATCH', `/Users/${rhysId}`, patchOf({ op: 'replace', value: { active: true } }));
    expect(on.json().active).toBe(true);
    expect((await userRow(rhysId)).deactivated_at).toBeNull();
    expect((await auditActions(rhysId)).slice(-2).map((a) => a.action)).toEqual(['scim.user-deactivate', 'scim.user-reactivate']);
  });

  it('a change that changes nothing writes nothing', async () => {
    const before = (await auditActions(rhysId)).length;
    const res = await acuteScim('PATCH', `/Users/${rhysId}`, patchOf({ op: 'replace', path: 'active', value: true }));
    expect(res.statusCode).toBe(200);
    expect((await auditActions(rhysId)).length).toBe(before);
  });
});

describe('de-provisioning someone who is signed in', () => {
  let staff: Client;
  let staffId: string;
  let staffToken: string;

  beforeAll(async () => {
    staff = await signIn(t.server, 'staff@northshire-acute.example');
    staffId = staff.userId;
    const scopes: string[] = (await staff.get('/api/v1/me/tokens')).json().availableScopes;
    staffToken = (await staff.post('/api/v1/me/tokens', { name: 'My script', scopes: [scopes[0]] })).json().token;
  });

  it('links the existing account of one of the organisation’s people instead of making a second one', async () => {
    const res = await acuteScim('POST', '/Users', { schemas: [USER], userName: 'staff@northshire-acute.example', externalId: 'entra-staff', displayName: 'Sam Staff' });
    expect(res.statusCode).toBe(201);
    expect(res.json().id).toBe(staffId);
    expect(await userRow(staffId)).toMatchObject({ managed_by: 'scim', external_id: 'entra-staff' });
    expect(await rolesIn(acute, staffId)).toEqual(['staff (manual)']);
    expect((await auditActions(staffId)).map((a) => a.action)).toContain('scim.user-link');
    expect((await staff.get('/api/v1/me')).statusCode).toBe(200);
  });

  it('deactivation ends every session and personal token at once', async () => {
    const res = await acuteScim('PATCH', `/Users/${staffId}`, patchOf({ op: 'Replace', path: 'active', value: 'False' }));
    expect(res.statusCode).toBe(200);
    expect((await staff.get('/api/v1/me')).statusCode).toBe(401);
    expect((await t.server.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${staffToken}` } })).statusCode).toBe(401);
    expect(await t.app.db.selectFrom('sessions').select('id').where('user_id', '=', staffId).execute()).toEqual([]);
    const again = await t.server.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'staff@northshire-acute.example', password: DEMO_PASSWORD } });
    expect(again.statusCode).toBe(401);
    const audit = await t.app.db.selectFrom('audit_events').select(['after_json']).where('entity_id', '=', staffId).where('action', '=', 'scim.user-deactivate').executeTakeFirstOrThrow();
    expect(JSON.parse(audit.after_json!)).toMatchObject({ active: false, sessionsEnded: 1, tokensRevoked: 1 });
  });

  it('reactivation lets them sign in again', async () => {
    expect((await acuteScim('PATCH', `/Users/${staffId}`, patchOf({ op: 'replace', value: { active: 'True' } }))).json().active).toBe(true);
    staff = await signIn(t.server, 'staff@northshire-acute.example');
    expect((await staff.get('/api/v1/me')).statusCode).toBe(200);
  });
});

describe('one organisation’s token and another organisation’s people', () => {
  let rhysId: string;
  let mhPersonId: string;

  beforeAll(async () => {
    rhysId = await userIdOf('rhys.evans@northshire-acute.example');
  });

  it('cannot see, change or delete them', async () => {
    expectScimError(await scim(mentalHealthToken, 'GET', `/Users/${rhysId}`), 404);
    expectScimError(await scim(mentalHealthToken, 'PATCH', `/Users/${rhysId}`, patchOf({ op: 'replace', path: 'active', value: false })), 404);
    expectScimError(await scim(mentalHealthToken, 'PUT', `/Users/${rhysId}`, { schemas: [USER], userName: 'rhys.evans@northshire-acute.example' }), 404);
    expectScimError(await scim(mentalHealthToken, 'DELETE', `/Users/${rhysId}`), 404);
    const listed = await scim(mentalHealthToken, 'GET', `/Users?filter=${encodeURIComponent('userName eq "rhys.evans@northshire-acute.example"')}`);
    expect(listed.json().totalResults).toBe(0);
    expect((await scim(mentalHealthToken, 'GET', '/Users')).json().totalResults).toBe(0);
    expect((await userRow(rhysId)).deactivated_at).toBeNull();
  });

  it('cannot take over an account that has roles elsewhere, a system administrator’s included', async () => {
    expectScimError(await scim(mentalHealthToken, 'POST', '/Users', { schemas: [USER], userName: 'staff@northshire-acute.example' }), 409, 'uniqueness');
    expectScimError(await acuteScim('POST', '/Users', { schemas: [USER], userName: 'staff@northshire-mh.example' }), 409, 'uniqueness');
    expectScimError(await acuteScim('POST', '/Users', { schemas: [USER], userName: 'admin@northshire-ics.example' }), 409, 'uniqueness');
    expect((await userRow(await userIdOf('staff@northshire-mh.example'))).managed_by).toBe('local');
  });

  it('provisions its own people, whom the other organisation cannot see', async () => {
    const res = await scim(mentalHealthToken, 'POST', '/Users', { schemas: [USER], userName: 'ceri.hughes@northshire-mh.example', displayName: 'Ceri Hughes' });
    expect(res.statusCode).toBe(201);
    mhPersonId = res.json().id;
    expectScimError(await acuteScim('GET', `/Users/${mhPersonId}`), 404);
  });

  it('cannot put another organisation’s people in its groups, nor see that organisation’s groups', async () => {
    const res = await scim(mentalHealthToken, 'POST', '/Groups', { schemas: [GROUP], displayName: 'MH staff', members: [{ value: rhysId }] });
    expectScimError(res, 400, 'invalidValue');
    const acuteGroup = await acuteScim('POST', '/Groups', { schemas: [GROUP], displayName: 'Porters' });
    expect(acuteGroup.statusCode).toBe(201);
    expectScimError(await scim(mentalHealthToken, 'GET', `/Groups/${acuteGroup.json().id}`), 404);
    expectScimError(await scim(mentalHealthToken, 'PATCH', `/Groups/${acuteGroup.json().id}`, patchOf({ op: 'add', path: 'members', value: [{ value: mhPersonId }] })), 404);
    expect((await scim(mentalHealthToken, 'GET', '/Groups')).json().totalResults).toBe(0);
    expect((await acuteScim('DELETE', `/Groups/${acuteGroup.json().id}`)).statusCode).toBe(204);
  });
});

describe('directory groups and roles', () => {
  let rhysId: string;
  let staffId: string;
  let analystsId: string;
  let auditorsId: string;

  beforeAll(async () => {
    rhysId = await userIdOf('rhys.evans@northshire-acute.example');
    staffId = await userIdOf('staff@northshire-acute.example');
    // The organisation's single sign-on connection holds its group-to-role mapping; provisioning uses it too.
    const at = new Date().toISOString();
    await t.app.db
      .insertInto('sso_connections')
      .values({
        id: crypto.randomUUID(),
        org_id: acute,
        name: 'Northshire Entra ID',
        issuer: 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0',
        client_id: 'bulwark',
        client_secret_sealed: null,
        allowed_domains_json: JSON.stringify(['northshire-acute.example']),
        groups_claim: 'groups',
        group_roles_json: JSON.stringify([
          { group: 'Bulwark Security Analysts', roles: ['security-analyst'] },
          { group: '5b1f0c9e-auditors', roles: ['auditor', 'system-admin'] },
        ]),
        jit_provisioning: 0,
        trust_idp_mfa: 0,
        enabled: 1,
        created_at: at,
        updated_at: at,
        version: 1,
      })
      .execute();
  });

  it('a group created with members gives them the mapped role', async () => {
    const res = await acuteScim('POST', '/Groups', { schemas: [GROUP], displayName: 'Bulwark Security Analysts', externalId: 'a1b2', members: [{ value: rhysId }] });
    expect(res.statusCode).toBe(201);
    analystsId = res.json().id;
    expect(res.json()).toMatchObject({ schemas: [GROUP], displayName: 'Bulwark Security Analysts', members: [{ value: rhysId, display: 'Rhys ap Evans' }] });
    expect(await rolesIn(acute, rhysId)).toEqual(['security-analyst (scim)']);
    expect((await auditActions(rhysId)).map((a) => a.action)).toContain('scim.roles');
  });

  it('group names are unique in the organisation, whatever their case', async () => {
    expectScimError(await acuteScim('POST', '/Groups', { schemas: [GROUP], displayName: 'bulwark security analysts' }), 409, 'uniqueness');
  });

  it('a group matches the mapping by its external id too, and never makes anyone a system administrator', async () => {
    const res = await acuteScim('POST', '/Groups', { schemas: [GROUP], displayName: 'Information governance auditors', externalId: '5b1f0c9e-auditors' });
    auditorsId = res.json().id;
    const added = await acuteScim('PATCH', `/Groups/${auditorsId}`, patchOf({ op: 'Add', path: 'members', value: [{ value: staffId }] }));
    expect(added.statusCode).toBe(200);
    expect(added.json().members.map((m: { value: string }) => m.value)).toEqual([staffId]);
    expect(await rolesIn(acute, staffId)).toEqual(['auditor (scim)', 'staff (manual)']);
  });

  it('finds groups by name and by member, and leaves members out when asked', async () => {
    const byName = await acuteScim('GET', `/Groups?filter=${encodeURIComponent('displayName eq "Bulwark Security Analysts"')}&excludedAttributes=members`);
    expect(byName.json().totalResults).toBe(1);
    expect(byName.json().Resources[0].id).toBe(analystsId);
    expect(byName.json().Resources[0].members).toBeUndefined();
    const byMember = await acuteScim('GET', `/Groups?filter=${encodeURIComponent(`id eq "${auditorsId}" and members[value eq "${staffId}"]`)}`);
    expect(byMember.json().totalResults).toBe(1);
    const notMember = await acuteScim('GET', `/Groups?filter=${encodeURIComponent(`id eq "${auditorsId}" and members[value eq "${rhysId}"]`)}`);
    expect(notMember.json().totalResults).toBe(0);
  });

  it('removing a member takes the mapped role away and leaves roles an administrator granted', async () => {
    const res = await acuteScim('PATCH', `/Groups/${auditorsId}`, patchOf({ op: 'Remove', path: `members[value eq "${staffId}"]` }));
    expect(res.statusCode).toBe(200);
    expect(res.json().members).toEqual([]);
    expect(await rolesIn(acute, staffId)).toEqual(['staff (manual)']);
  });

  it('a mapped role the person also holds manually stays when the group no longer gives it', async () => {
    await t.app.db.insertInto('memberships').values({ id: crypto.randomUUID(), user_id: staffId, org_id: acute, role: 'auditor', source: 'manual', created_at: new Date().toISOString() }).execute();
    await acuteScim('PATCH', `/Groups/${auditorsId}`, patchOf({ op: 'add', path: 'members', value: [{ value: staffId }] }));
    await acuteScim('PATCH', `/Groups/${auditorsId}`, patchOf({ op: 'remove', path: 'members', value: [{ value: staffId }] }));
    expect(await rolesIn(acute, staffId)).toEqual(['auditor (manual)', 'staff (manual)']);
  });

  it('renaming a group out of the mapping takes its role away', async () => {
    const res = await acuteScim('PATCH', `/Groups/${analystsId}`, patchOf({ op: 'Replace', path: 'displayName', value: 'Former analysts' }));
    expect(res.json().displayName).toBe('Former analysts');
    expect(await rolesIn(acute, rhysId)).toEqual([]);
    await acuteScim('PATCH', `/Groups/${analystsId}`, patchOf({ op: 'replace', value: { displayName: 'Bulwark Security Analysts' } }));
    expect(await rolesIn(acute, rhysId)).toEqual(['security-analyst (scim)']);
  });

  it('deleting a group takes away the roles it gave', async () => {
    expect((await acuteScim('DELETE', `/Groups/${analystsId}`)).statusCode).toBe(204);
    expectScimError(await acuteScim('GET', `/Groups/${analystsId}`), 404);
    expect(await rolesIn(acute, rhysId)).toEqual([]);
  });

  it('deleting a user de-provisions them for good here: deactivated, sessions ended, roles and groups gone', async () => {
    const staff = await signIn(t.server, 'staff@northshire-acute.example');
    await acuteScim('PATCH', `/Groups/${auditorsId}`, patchOf({ op: 'add', path: 'members', value: [{ value: staffId }] }));
    expect((await acuteScim('DELETE', `/Users/${staffId}`)).statusCode).toBe(204);
    expect((await staff.get('/api/v1/me')).statusCode).toBe(401);
    expect((await userRow(staffId)).deactivated_at).not.toBeNull();
    expect(await rolesIn(acute, staffId)).toEqual([]);
    expectScimError(await acuteScim('GET', `/Users/${staffId}`), 404);
    expect((await acuteScim('GET', `/Groups/${auditorsId}`)).json().members).toEqual([]);
    expect((await auditActions(staffId)).at(-1)!.action).toBe('scim.user-delete');
  });
});

describe('malformed requests', () => {
  async function userCount() {
    return (await t.app.db.selectFrom('users').select('id').execute()).length;
  }

  it('each is refused with a SCIM 400 that says what is wrong, and changes nothing', async () => {
    const before = await userCount();
    const rhysId = await userIdOf('rhys.evans@northshire-acute.example');
    expectScimError(await acuteScim('POST', '/Users', '{"schemas": ['), 400, 'invalidSyntax');
    expectScimError(await acuteScim('POST', '/Users', { userName: 'no.schemas@northshire-acute.example' }), 400, 'invalidSyntax');
    expectScimError(await acuteScim('POST', '/Users', { schemas: [USER], userName: 'not an email' }), 400, 'invalidValue');
    expectScimError(await acuteScim('POST', '/Users', { schemas: [USER], userName: 'ok@northshire-acute.example', active: 'perhaps' }), 400, 'invalidValue');
    expectScimError(await acuteScim('POST', '/Users', [1, 2, 3]), 400, 'invalidSyntax');
    expectScimError(await acuteScim('PATCH', `/Users/${rhysId}`, patchOf({ op: 'frobnicate', path: 'active', value: false })), 400, 'invalidSyntax');
    expectScimError(await acuteScim('PATCH', `/Users/${rhysId}`, patchOf({ op: 'replace', path: 'active', value: 'maybe' })), 400, 'invalidValue');
    expectScimError(await acuteScim('PATCH', `/Users/${rhysId}`, { schemas: [PATCH], Operations: [] }), 400, 'invalidValue');
    expectScimError(await acuteScim('PATCH', `/Users/${rhysId}`, patchOf({ op: 'remove' })), 400, 'noTarget');
    expectScimError(await acuteScim('GET', `/Users?filter=${encodeURIComponent('userName eq')}`), 400, 'invalidFilter');
    expectScimError(await acuteScim('GET', `/Users?filter=${encodeURIComponent('userName co "rhys"')}`), 400, 'invalidFilter');
    expectScimError(await acuteScim('POST', '/Groups', { schemas: [GROUP], displayName: '' }), 400, 'invalidValue');
    expectScimError(await acuteScim('POST', '/Groups', { schemas: [GROUP], displayName: 'Ghosts', members: [{ value: 'no-such-user' }] }), 400, 'invalidValue');
    expect(await userCount()).toBe(before);
    expect((await userRow(rhysId)).deactivated_at).toBeNull();
    expect((await acuteScim('GET', `/Groups?filter=${encodeURIComponent('displayName eq "Ghosts"')}`)).json().totalResults).toBe(0);
  });
});

describe('a revoked SCIM token', () => {
  it('is refused with a SCIM 401 at once', async () => {
    expect((await acuteScim('GET', '/Users')).statusCode).toBe(200);
    expect((await acuteAdmin.post(`/api/v1/orgs/${acute}/tokens/${acuteTokenId}/revoke`)).statusCode).toBe(200);
    expectScimError(await acuteScim('GET', '/Users'), 401);
  });
});

// Single sign-on with OpenID Connect, against a real provider (oidc-provider) running in this process:
// an organisation's administrators set up the connection, and people sign in through the provider's
// own login page, coming back with the roles their groups give them — or with the reason they cannot.
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from '../../src/app/server.js';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';
import { PROVIDER_ON_THIS_MACHINE, signInAtProvider, startIdentityProvider, type TestIdentityProvider } from '../support/identity-provider.js';
import { serverWithLog } from '../support/log-capture.js';

const PUBLIC_URL = 'http://bulwark.test';
const CALLBACK = `${PUBLIC_URL}/api/v1/auth/sso/callback`;

let t: TestApp;
let idp: TestIdentityProvider;
let acute: string;
let admin: Client;

beforeAll(async () => {
  idp = await startIdentityProvider({ redirectUris: [CALLBACK] });
  t = await createTestApp({ env: { ...PROVIDER_ON_THIS_MACHINE, BULWARK_PUBLIC_URL: PUBLIC_URL, LOGIN_RATE_PER_MINUTE: '500' } });
  acute = await orgId(t.app, 'RZZ');
  admin = await signIn(t.server, 'orgadmin@northshire-acute.example');
});
afterAll(async () => {
  await t?.close();
  await idp?.close();
});

const connectionsPath = () => `/api/v1/orgs/${acute}/sso-connections`;

function settings(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Northshire Entra ID',
    issuer: idp.issuer,
    clientId: idp.clientId,
    clientSecret: idp.clientSecret,
    allowedDomains: ['Northshire-Acute.Example'],
    groupRoles: [
      { group: 'grp-analysts', roles: ['security-analyst'] },
      { group: 'grp-auditors', roles: ['auditor'] },
      { group: 'grp-staff', roles: ['staff'] },
    ],
    ...overrides,
  };
}

async function createConnection(overrides: Record<string, unknown> = {}) {
  const res = await admin.post(connectionsPath(), settings(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string; version: number }>();
}

async function changeConnection(id: string, overrides: Record<string, unknown>) {
  const current = (await admin.get(`${connectionsPath()}/${id}`)).json<{ version: number }>();
  const res = await admin.put(`${connectionsPath()}/${id}`, { ...settings(), clientSecret: undefined, ...overrides, version: current.version });
  expect(res.statusCode, res.body).toBe(200);
}

interface SsoResult {
  /** The callback's answer. */
  res: LightMyRequestResponse;
  ssoCookie: string;
  /** Where the provider sent the browser back to, with code and state. */
  callback: URL;
  location: string;
  sessionCookie: string | undefined;
}

/** The whole code flow: Bulwark's start, the provider's login page, and back to Bulwark's callback. */
async function ssoSignIn(connectionId: string, login: string, returnTo?: string, server: Server = t.server): Promise<SsoResult> {
  const start = await server.inject({ method: 'GET', url: `/api/v1/auth/sso/${connectionId}/start${returnTo ? `?returnTo=${encodeURIComponent(returnTo)}` : ''}` });
  expect(start.statusCode, start.body).toBe(302);
  const ssoCookie = start.cookies.find((c) => c.name === 'bulwark_sso')!;
  expect(ssoCookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/v1/auth/sso', maxAge: 600 });
  const callback = await signInAtProvider(String(start.headers.location), login, idp.people.get(login)!.password);
  expect(`${callback.origin}${callback.pathname}`).toBe(CALLBACK);
  const res = await server.inject({ method: 'GET', url: `${callback.pathname}${callback.search}`, headers: { cookie: `bulwark_sso=${ssoCookie.value}` } });
  expect(res.statusCode, res.body).toBe(302);
  return { res, ssoCookie: ssoCookie.value, callback, location: String(res.headers.location), sessionCookie: res.cookies.find((c) => c.name === 'bulwark_session')?.value };
}

async function meWith(sessionCookie: string) {
  const res = await t.server.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: `bulwark_session=${sessionCookie}` } });
  expect(res.statusCode).toBe(200);
  return res.json<{ user: { id: string; email: string }; stage: string; csrfToken: string }>();
}

async function rolesHere(userId: string) {
  return t.app.db.selectFrom('memberships').select(['role', 'source']).where('user_id', '=', userId).where('org_id', '=', acute).orderBy('role').execute();
}

async function auditEvents(action: string) {
  const res = await admin.get(`/api/v1/orgs/${acute}/audit?action=${action}`);
  expect(res.statusCode).toBe(200);
  return res.json<{ events: Array<{ action: string; actorLabel: string; before: unknown; after: Record<string, unknown> }> }>().events;
}

describe('setting up a connection', () => {
  it('an administrator connects the organisation; the client secret is sealed at rest and never returned', async () => {
    const res = await admin.post(connectionsPath(), settings({ name: 'Set-up check' }));
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({ name: 'Set-up check', clientSecretSet: true, allowedDomains: ['northshire-acute.example'], groupsClaim: 'groups', jitProvisioning: false, trustIdpMfa: false, enabled: true, version: 1 });
    expect(created).not.toHaveProperty('clientSecret');
    expect(res.body).not.toContain(idp.clientSecret);

    const row = await t.app.db.selectFrom('sso_connections').select('client_secret_sealed').where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(row.client_secret_sealed).not.toBe(idp.clientSecret);
    expect(row.client_secret_sealed).not.toContain(idp.clientSecret);
    expect(t.app.secrets.open(row.client_secret_sealed!, `sso-client-secret:${created.id}`)).toBe(idp.clientSecret);

    const list = await admin.get(connectionsPath());
    expect(list.json().redirectUri).toBe(CALLBACK);
    expect(list.body).not.toContain(idp.clientSecret);
    const [event] = await auditEvents('sso.connection-create');
    expect(event!.after).toMatchObject({ name: 'Set-up check', clientSecretSet: true });
    expect(JSON.stringify(event)).not.toContain(idp.clientSecret);
  });

  it('settings with problems are refused, every one at once, and nothing is saved', async () => {
    const before = await t.app.db.selectFrom('sso_connections').select('id').execute();
    const res = await admin.post(
      connectionsPath(),
      settings({ name: ' ', issuer: 'http://login.example.com/tenant', clientId: '', allowedDomains: [], groupRoles: [{ group: 'grp-admins', roles: ['system-admin'] }] }),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual(['name', 'issuer', 'clientId', 'allowedDomains', 'groupRoles.0.roles']);
    expect(res.json().errors.find((e: { field: string }) => e.field === 'groupRoles.0.roles').message).toMatch(/system administrator/);
    expect(await t.app.db.selectFrom('sso_connections').select('id').execute()).toHaveLength(before.length);
  });

  it('a domain that is not a domain, and a group mapped twice, are named', async () => {
    const res = await admin.post(connectionsPath(), settings({ allowedDomains: ['nhs.net', 'not a domain'], groupRoles: [{ group: 'g', roles: ['staff'] }, { group: 'g', roles: ['auditor'] }] }));
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual(['allowedDomains.1', 'groupRoles.1.group']);
  });

  it('an issuer that is unreachable or is not OpenID Connect gets one neutral answer; one that names another issuer gets advice', async () => {
    const unreachable = await admin.post(connectionsPath(), settings({ issuer: 'http://127.0.0.1:1' }));
    expect(unreachable.statusCode).toBe(422);
    expect(unreachable.json().errors[0]).toMatchObject({ field: 'issuer', message: expect.stringMatching(/could not fetch the identity provider’s discovery document/) });

    const notOidc = await admin.post(connectionsPath(), settings({ issuer: `${idp.issuer}/not-here` }));
    expect(notOidc.statusCode).toBe(422);
    expect(notOidc.json().errors).toEqual(unreachable.json().errors);

    const otherIssuer = await admin.post(connectionsPath(), settings({ issuer: idp.issuer.replace('localhost', '127.0.0.1') }));
    expect(otherIssuer.statusCode).toBe(422);
    expect(otherIssuer.json().errors[0].message).toContain(`names a different issuer (${idp.issuer})`);
  });

  it('a change from a stale version is refused with 409; leaving the secret out keeps it, null removes it', async () => {
    const { id } = await createConnection({ name: 'Versioned' });
    const first = await admin.put(`${connectionsPath()}/${id}`, { ...settings({ name: 'Versioned, renamed' }), clientSecret: undefined, version: 1 });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ name: 'Versioned, renamed', clientSecretSet: true, version: 2 });
    const stale = await admin.put(`${connectionsPath()}/${id}`, { ...settings({ name: 'Lost update' }), version: 1 });
    expect(stale.statusCode).toBe(409);
    const removed = await admin.put(`${connectionsPath()}/${id}`, { ...settings(), clientSecret: null, version: 2 });
    expect(removed.json()).toMatchObject({ clientSecretSet: false, version: 3 });
    const [event] = await auditEvents('sso.connection-update');
    expect(event!.after).toMatchObject({ clientSecretSet: false, clientSecretChanged: true });
    expect((await admin.delete(`${connectionsPath()}/${id}`)).statusCode).toBe(204);
    expect((await admin.get(`${connectionsPath()}/${id}`)).statusCode).toBe(404);
  });

  it('only the organisation’s own administrators may see or change its connections', async () => {
    const staff = await signIn(t.server, 'staff@northshire-acute.example');
    expect((await staff.get(connectionsPath())).statusCode).toBe(403);
    const otherTrustAdmin = await signIn(t.server, 'orgadmin@northshire-mh.example');
    expect((await otherTrustAdmin.get(connectionsPath())).statusCode).toBe(404);
    expect((await otherTrustAdmin.post(connectionsPath(), settings())).statusCode).toBe(404);
  });
});

describe('finding the connection for an email address', () => {
  it('the email’s domain finds the enabled connections that allow it; other domains are told to use a password', async () => {
    const { id } = await createConnection({ name: 'Discovery', allowedDomains: ['discovery.example'] });
    const found = await t.server.inject({ method: 'POST', url: '/api/v1/auth/sso/discover', payload: { email: ' Someone@Discovery.Example ' } });
    expect(found.statusCode).toBe(200);
    expect(found.json()).toMatchObject({ connectionId: id, name: 'Discovery', connections: [{ connectionId: id, organisation: 'Northshire Hospitals NHS Foundation Trust' }] });

    const unknown = await t.server.inject({ method: 'POST', url: '/api/v1/auth/sso/discover', payload: { email: 'someone@nowhere.example' } });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().detail).toBe('No single sign-on is set up for that email domain; sign in with your password');

    await changeConnection(id, { name: 'Discovery', allowedDomains: ['discovery.example'], enabled: false });
    expect((await t.server.inject({ method: 'POST', url: '/api/v1/auth/sso/discover', payload: { email: 'someone@discovery.example' } })).statusCode).toBe(404);
  });

  it('connections of several organisations serving one domain are listed by organisation, then by connection name', async () => {
    const acuteConnection = await createConnection({ name: 'Shared domain', allowedDomains: ['shared.example'] });
    const acuteSecond = await createConnection({ name: 'Another shared', allowedDomains: ['shared.example'] });
    // The GP practice's name sorts before the acute trust's; its connection's name sorts last.
    const practice = await orgId(t.app, 'Y99999');
    const at = new Date().toISOString();
    const other = { ...(await t.app.db.selectFrom('sso_connections').selectAll().where('id', '=', acuteConnection.id).executeTakeFirstOrThrow()), id: 'gp-shared-connection', org_id: practice, name: 'Z shared connection', created_at: at, updated_at: at };
    await t.app.db.insertInto('sso_connections').values(other).execute();
    const found = await t.server.inject({ method: 'POST', url: '/api/v1/auth/sso/discover', payload: { email: 'someone@shared.example' } });
    expect(found.json().connections).toEqual([
      { connectionId: 'gp-shared-connection', name: 'Z shared connection', organisation: 'Castlegate Medical Practice' },
      { connectionId: acuteSecond.id, name: 'Another shared', organisation: 'Northshire Hospitals NHS Foundation Trust' },
      { connectionId: acuteConnection.id, name: 'Shared domain', organisation: 'Northshire Hospitals NHS Foundation Trust' },
    ]);
  });
});

describe('signing in through the identity provider', () => {
  let connection: string;
  beforeAll(async () => {
    connection = (await createConnection()).id;
    idp.people.set('jo', { password: 'jo-at-the-idp', email: 'staff@northshire-acute.example', name: 'Jo Taylor', groups: ['grp-auditors', 'grp-staff', 'grp-unmapped'] });
    idp.people.set('outsider', { password: 'outsider-pw', email: 'someone@elsewhere.example', groups: ['grp-analysts'] });
    idp.people.set('newcomer', { password: 'newcomer-pw', email: 'newcomer@northshire-acute.example', name: 'Nia Newcomer', groups: ['grp-analysts'] });
    idp.people.set('ungrouped', { password: 'ungrouped-pw', email: 'ungrouped@northshire-acute.example', groups: ['grp-unmapped'] });
    idp.people.set('tom', { password: 'tom-pw', email: 'seclead@northshire-acute.example', amr: ['pwd', 'mfa'] });
    idp.people.set('mark', { password: 'mark-pw', claims: { preferred_username: 'IAO@northshire-acute.example' } });
    idp.people.set('sam', { password: 'sam-pw', email: 'admin@northshire-ics.example' });
  });

  it('a person signs in at the provider and comes back signed in, with the roles their groups map to', async () => {
    const { location, sessionCookie, res } = await ssoSignIn(connection, 'jo');
    expect(location).toBe('/');
    expect(res.cookies.find((c) => c.name === 'bulwark_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    // The sign-in state is used up and its cookie cleared.
    expect(res.cookies.find((c) => c.name === 'bulwark_sso')?.value).toBe('');
    const me = await meWith(sessionCookie!);
    expect(me).toMatchObject({ user: { email: 'staff@northshire-acute.example' }, stage: 'complete' });
    // 'staff' was granted by an administrator and stays so; 'auditor' came from the group.
    expect(await rolesHere(me.user.id)).toEqual([
      { role: 'auditor', source: 'sso' },
      { role: 'staff', source: 'manual' },
    ]);
    const session = await t.app.db.selectFrom('sessions').select('auth_method').where('user_id', '=', me.user.id).where('auth_method', '=', 'sso').execute();
    expect(session).toHaveLength(1);
    const [mapped] = await auditEvents('member.sso-roles');
    expect(mapped!.after).toMatchObject({ added: ['auditor'], removed: [] });
    // Signing in is recorded against the person, not the organisation.
    const login = await t.app.db.selectFrom('audit_events').select('after_json').where('action', '=', 'auth.login').where('entity_id', '=', me.user.id).orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(JSON.parse(login.after_json!)).toEqual({ method: 'sso', stage: 'complete' });
  });

  it('leaving a group takes away the role it gave at the next sign-in, but never a role an administrator granted', async () => {
    idp.people.get('jo')!.groups = ['grp-analysts'];
    const { sessionCookie } = await ssoSignIn(connection, 'jo');
    const me = await meWith(sessionCookie!);
    expect(await rolesHere(me.user.id)).toEqual([
      { role: 'security-analyst', source: 'sso' },
      { role: 'staff', source: 'manual' },
    ]);
    idp.people.get('jo')!.groups = [];
    await ssoSignIn(connection, 'jo');
    expect(await rolesHere(me.user.id)).toEqual([{ role: 'staff', source: 'manual' }]);
  });

  it('an email domain the organisation did not allow is refused: no session, and the refusal is audited', async () => {
    const { location, sessionCookie } = await ssoSignIn(connection, 'outsider');
    expect(location).toBe('/sign-in?sso=domain-not-allowed');
    expect(sessionCookie).toBeUndefined();
    const [refusal] = await auditEvents('auth.sso-refused');
    expect(refusal).toMatchObject({ actorLabel: 'someone@elsewhere.example', after: { reason: 'domain-not-allowed', email: 'someone@elsewhere.example' } });
    expect(await t.app.db.selectFrom('users').select('id').where('email', '=', 'someone@elsewhere.example').execute()).toEqual([]);
  });

  it('without just-in-time provisioning, a person with no Bulwark account is refused and none is made', async () => {
    const { location, sessionCookie } = await ssoSignIn(connection, 'newcomer');
    expect(location).toBe('/sign-in?sso=no-account');
    expect(sessionCookie).toBeUndefined();
    expect(await t.app.db.selectFrom('users').select('id').where('email', '=', 'newcomer@northshire-acute.example').execute()).toEqual([]);
    expect((await auditEvents('auth.sso-refused'))[0]!.after).toMatchObject({ reason: 'no-account' });
  });

  it('with just-in-time provisioning, the account is made at first sign-in, without a password, with the mapped roles', async () => {
    await changeConnection(connection, { jitProvisioning: true });
    const { location, sessionCookie } = await ssoSignIn(connection, 'newcomer');
    expect(location).toBe('/');
    const me = await meWith(sessionCookie!);
    const user = await t.app.db.selectFrom('users').selectAll().where('id', '=', me.user.id).executeTakeFirstOrThrow();
    expect(user).toMatchObject({ email: 'newcomer@northshire-acute.example', name: 'Nia Newcomer', password_hash: null, managed_by: 'local' });
    expect(await rolesHere(user.id)).toEqual([{ role: 'security-analyst', source: 'sso' }]);
    const identity = await t.app.db.selectFrom('sso_identities').selectAll().where('user_id', '=', user.id).executeTakeFirstOrThrow();
    expect(identity).toMatchObject({ connection_id: connection, subject: 'newcomer' });
    expect((await auditEvents('user.sso-provision'))[0]!.after).toMatchObject({ email: 'newcomer@northshire-acute.example', password: false });
    // The account has no password, so password sign-in cannot reach it.
    const password = await t.server.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'newcomer@northshire-acute.example', password: 'newcomer-pw' } });
    expect(password.statusCode).toBe(401);
  });

  it('with just-in-time provisioning, a person whose groups give no role is refused and no account is made', async () => {
    const { location } = await ssoSignIn(connection, 'ungrouped');
    expect(location).toBe('/sign-in?sso=no-mapped-role');
    expect(await t.app.db.selectFrom('users').select('id').where('email', '=', 'ungrouped@northshire-acute.example').execute()).toEqual([]);
  });

  it('a deactivated account is refused', async () => {
    const user = await t.app.db.selectFrom('users').select('id').where('email', '=', 'newcomer@northshire-acute.example').executeTakeFirstOrThrow();
    expect((await admin.post(`/api/v1/orgs/${acute}/members/${user.id}/deactivate`)).statusCode).toBe(200);
    const { location, sessionCookie } = await ssoSignIn(connection, 'newcomer');
    expect(location).toBe('/sign-in?sso=deactivated');
    expect(sessionCookie).toBeUndefined();
  });

  it('an account with power beyond this organisation (a system administrator) cannot be signed in by its provider', async () => {
    await changeConnection(connection, { jitProvisioning: true, allowedDomains: ['northshire-acute.example', 'northshire-ics.example'] });
    const { location, sessionCookie } = await ssoSignIn(connection, 'sam');
    expect(location).toBe('/sign-in?sso=outside-organisation');
    expect(sessionCookie).toBeUndefined();
  });

  it('Entra ID’s sign-in name stands in for a missing email claim', async () => {
    const { sessionCookie } = await ssoSignIn(connection, 'mark');
    expect((await meWith(sessionCookie!)).user.email).toBe('iao@northshire-acute.example');
  });

  it('the provider’s MFA counts only when the organisation trusts it; otherwise the local second-factor rules apply', async () => {
    // The head of cyber security must use a second factor; without trust they must enrol one here.
    const untrusted = await ssoSignIn(connection, 'tom');
    expect(untrusted.location).toBe('/set-up-mfa');
    expect((await meWith(untrusted.sessionCookie!)).stage).toBe('enrolment');

    await changeConnection(connection, { trustIdpMfa: true });
    const trusted = await ssoSignIn(connection, 'tom');
    expect(trusted.location).toBe('/');
    expect((await meWith(trusted.sessionCookie!)).stage).toBe('complete');

    // Trusted, but this time the provider says only a password was used.
    idp.people.get('tom')!.amr = ['pwd'];
    const passwordOnly = await ssoSignIn(connection, 'tom');
    expect((await meWith(passwordOnly.sessionCookie!)).stage).toBe('enrolment');
  });

  it('comes back to the page asked for, but never to another site', async () => {
    expect((await ssoSignIn(connection, 'mark', '/account')).location).toBe('/account');
    expect((await ssoSignIn(connection, 'mark', '//evil.example/x')).location).toBe('/');
  });

  it('the provider’s answer can be used once only, and only in the browser that started the sign-in', async () => {
    const start = await t.server.inject({ method: 'GET', url: `/api/v1/auth/sso/${connection}/start` });
    const cookie = start.cookies.find((c) => c.name === 'bulwark_sso')!.value;
    const callback = await signInAtProvider(String(start.headers.location), 'mark', 'mark-pw');
    const url = `${callback.pathname}${callback.search}`;

    const elsewhere = await t.server.inject({ method: 'GET', url });
    expect(elsewhere.headers.location).toBe('/sign-in?sso=expired');
    const first = await t.server.inject({ method: 'GET', url, headers: { cookie: `bulwark_sso=${cookie}` } });
    expect(first.headers.location).toBe('/');
    const replay = await t.server.inject({ method: 'GET', url, headers: { cookie: `bulwark_sso=${cookie}` } });
    expect(replay.headers.location).toBe('/sign-in?sso=expired');
    expect(replay.cookies.find((c) => c.name === 'bulwark_session')).toBeUndefined();
  });

  it('a sign-in cancelled at the provider comes back refused, and a disabled connection does not start', async () => {
    const start = await t.server.inject({ method: 'GET', url: `/api/v1/auth/sso/${connection}/start` });
    const cookie = start.cookies.find((c) => c.name === 'bulwark_sso')!.value;
    const state = new URL(String(start.headers.location)).searchParams.get('state')!;
    const cancelled = await t.server.inject({ method: 'GET', url: `/api/v1/auth/sso/callback?error=access_denied&state=${state}`, headers: { cookie: `bulwark_sso=${cookie}` } });
    expect(cancelled.headers.location).toBe('/sign-in?sso=cancelled');

    await changeConnection(connection, { enabled: false });
    const disabled = await t.server.inject({ method: 'GET', url: `/api/v1/auth/sso/${connection}/start` });
    expect(disabled.headers.location).toBe('/sign-in?sso=unavailable');
    await changeConnection(connection, { enabled: true });
  });

  it('removing a connection unlinks its identities; the accounts remain', async () => {
    const linked = await t.app.db.selectFrom('sso_identities').select('user_id').where('connection_id', '=', connection).execute();
    expect(linked.length).toBeGreaterThan(0);
    expect((await admin.delete(`${connectionsPath()}/${connection}`)).statusCode).toBe(204);
    expect(await t.app.db.selectFrom('sso_identities').select('user_id').where('connection_id', '=', connection).execute()).toEqual([]);
    expect(await t.app.db.selectFrom('users').select('id').where('id', '=', linked[0]!.user_id).execute()).toHaveLength(1);
    expect((await auditEvents('sso.connection-delete'))[0]!.after).toMatchObject({ identitiesUnlinked: linked.length });
  });
});

describe('what the logs hold', () => {
  it('neither a sign-in nor a refusal writes the code, state, cookies or client secret to the log', async () => {
    const { server: logged, lines } = await serverWithLog(t.app);
    const { id } = await createConnection({ name: 'Logged' });
    idp.people.set('logged', { password: 'logged-pw', email: 'analyst@northshire-acute.example' });
    idp.people.set('logged-outsider', { password: 'logged-outsider-pw', email: 'logged@elsewhere.example' });

    const admitted = await ssoSignIn(id, 'logged', undefined, logged);
    expect(admitted.location).toBe('/');
    const refused = await ssoSignIn(id, 'logged-outsider', undefined, logged);
    expect(refused.location).toBe('/sign-in?sso=domain-not-allowed');
    // A forged code fails the exchange; the log says so without repeating it.
    const start = await logged.inject({ method: 'GET', url: `/api/v1/auth/sso/${id}/start` });
    const cookie = start.cookies.find((c) => c.name === 'bulwark_sso')!.value;
    const state = new URL(String(start.headers.location)).searchParams.get('state')!;
    const forged = await logged.inject({ method: 'GET', url: `/api/v1/auth/sso/callback?code=forged-code-value&state=${state}&iss=${encodeURIComponent(idp.issuer)}`, headers: { cookie: `bulwark_sso=${cookie}` } });
    expect(forged.headers.location).toBe('/sign-in?sso=failed');
    await logged.close();

    const log = lines.join('\n');
    expect(log).toContain('single sign-on refused');
    const secrets = [
      admitted.callback.searchParams.get('code')!,
      admitted.callback.searchParams.get('state')!,
      refused.callback.searchParams.get('code')!,
      admitted.ssoCookie,
      admitted.sessionCookie!,
      cookie,
      state,
      'forged-code-value',
      idp.clientSecret,
    ];
    for (const secret of secrets) expect(log).not.toContain(secret);
  });
});

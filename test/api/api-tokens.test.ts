// API tokens: scopes limit what a token may do, expired and revoked tokens are refused, tokens
// cannot mint tokens, service tokens act only with their own roles, and only hashes are stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';

let t: TestApp;
let acute: string;
let mentalHealth: string;
let auditor: Client;

beforeAll(async () => {
  t = await createTestApp();
  acute = await orgId(t.app, 'RZZ');
  mentalHealth = await orgId(t.app, 'RZY');
  auditor = await signIn(t.server, 'auditor@northshire-acute.example');
});
afterAll(() => t.close());

function withToken(token: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  return t.server.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });
}

async function personalToken(client: Client, scopes: string[], expiresInDays?: number) {
  const res = await client.post('/api/v1/me/tokens', { name: `Token ${scopes.length}`, scopes, ...(expiresInDays ? { expiresInDays } : {}) });
  expect(res.statusCode).toBe(201);
  return res.json<{ token: string; apiToken: { id: string; prefix: string; expiresAt: string } }>();
}

describe('personal API tokens', () => {
  it('are shown once and stored as a hash, with a prefix to recognise them', async () => {
    const { token, apiToken } = await personalToken(auditor, ['audit:read']);
    expect(token).toMatch(/^bwk_[A-Za-z0-9_-]{43}$/);
    expect(token.startsWith(apiToken.prefix)).toBe(true);
    const rows = await t.app.db.selectFrom('api_tokens').selectAll().where('id', '=', apiToken.id).execute();
    expect(JSON.stringify(rows)).not.toContain(token);
    const listed = (await auditor.get('/api/v1/me/tokens')).json();
    expect(JSON.stringify(listed)).not.toContain(token);
    expect(listed.availableScopes).toContain('audit:read');
  });

  it('a token works within its scope and gets 403 outside it', async () => {
    const { token } = await personalToken(auditor, ['audit:read']);
    expect((await withToken(token, 'GET', `/api/v1/orgs/${acute}/audit`)).statusCode).toBe(200);
    const outside = await withToken(token, 'GET', `/api/v1/orgs/${acute}/members`);
    expect(outside.statusCode).toBe(403);
    expect(outside.json().detail).toMatch(/member:read/);
  });

  it('a read scope does not allow writing; the person’s own roles still apply', async () => {
    const admin = await signIn(t.server, 'orgadmin@northshire-acute.example');
    const { token: readOnly } = await personalToken(admin, ['organisation:read']);
    const change = { name: 'Renamed by token' };
    expect((await withToken(readOnly, 'PUT', `/api/v1/orgs/${acute}`, change)).statusCode).toBe(403);
    // The auditor's write-scoped token still cannot do what the auditor may not do.
    const { token: auditorWrite } = await personalToken(auditor, ['organisation:write']);
    expect((await withToken(auditorWrite, 'GET', `/api/v1/orgs/${acute}`)).statusCode).toBe(200);
    expect((await withToken(auditorWrite, 'PUT', `/api/v1/orgs/${acute}`, change)).statusCode).toBe(403);
  });

  it('a revoked token gets 401, at once', async () => {
    const { token, apiToken } = await personalToken(auditor, ['audit:read']);
    expect((await withToken(token, 'GET', `/api/v1/orgs/${acute}/audit`)).statusCode).toBe(200);
    const revoked = await auditor.post(`/api/v1/me/tokens/${apiToken.id}/revoke`);
    expect(revoked.json().state).toBe('revoked');
    expect((await withToken(token, 'GET', `/api/v1/orgs/${acute}/audit`)).statusCode).toBe(401);
  });

  it('an expired token gets 401', async () => {
    const { token, apiToken } = await personalToken(auditor, ['audit:read']);
    await t.app.db.updateTable('api_tokens').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('id', '=', apiToken.id).execute();
    const res = await withToken(token, 'GET', `/api/v1/orgs/${acute}/audit`);
    expect(res.statusCode).toBe(401);
    expect((await auditor.get('/api/v1/me/tokens')).json().tokens.find((x: { id: string }) => x.id === apiToken.id).state).toBe('expired');
  });

  it('a malformed or unknown bearer token gets 401', async () => {
    expect((await withToken('bwk_unknown', 'GET', '/api/v1/me')).statusCode).toBe(401);
    expect((await t.server.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: 'Basic abc' } })).statusCode).toBe(401);
  });

  it('records when it was last used', async () => {
    const { token, apiToken } = await personalToken(auditor, ['audit:read']);
    await withToken(token, 'GET', `/api/v1/orgs/${acute}/audit`);
    const row = await t.app.db.selectFrom('api_tokens').select('last_used_at').where('id', '=', apiToken.id).executeTakeFirstOrThrow();
    expect(row.last_used_at).not.toBeNull();
  });

  it('a token cannot create tokens or change passwords, whatever its scopes', async () => {
    const all = (await auditor.get('/api/v1/me/tokens')).json().availableScopes as string[];
    expect(all.filter((s) => /^(token|mfa|role|auth|scim):/.test(s))).toEqual([]);
    const { token } = await personalToken(auditor, all);
    expect((await withToken(token, 'POST', '/api/v1/me/tokens', { name: 'minted', scopes: ['audit:read'] })).statusCode).toBe(403);
    expect((await withToken(token, 'POST', '/api/v1/me/password', { currentPassword: 'x', newPassword: 'y' })).statusCode).toBe(403);
  });

  it('refuses unknown scopes, no scopes and over-long expiry with every problem at once', async () => {
    const res = await auditor.post('/api/v1/me/tokens', { name: '', scopes: ['everything:write'], expiresInDays: 1000 });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['expiresInDays', 'name', 'scopes']);
  });

  it('a deactivated person’s tokens stop working', async () => {
    const analyst = await signIn(t.server, 'analyst@northshire-acute.example');
    const { token } = await personalToken(analyst, ['organisation:read']);
    expect((await withToken(token, 'GET', `/api/v1/orgs/${acute}`)).statusCode).toBe(200);
    const admin = await signIn(t.server, 'orgadmin@northshire-acute.example');
    expect((await admin.post(`/api/v1/orgs/${acute}/members/${analyst.userId}/deactivate`)).statusCode).toBe(200);
    expect((await withToken(token, 'GET', `/api/v1/orgs/${acute}`)).statusCode).toBe(401);
  });
});

describe('service tokens', () => {
  it('act with their own roles in their organisation only, and only administrators make them', async () => {
    const admin = await signIn(t.server, 'orgadmin@northshire-acute.example');
    const made = await admin.post(`/api/v1/orgs/${acute}/tokens`, { name: 'SIEM export', kind: 'service', roles: ['auditor'], scopes: ['audit:read', 'organisation:read'] });
    expect(made.statusCode).toBe(201);
    const { token } = made.json();
    expect((await withToken(token, 'GET', `/api/v1/orgs/${acute}/audit`)).statusCode).toBe(200);
    expect((await withToken(token, 'GET', `/api/v1/orgs/${mentalHealth}`)).statusCode).toBe(404);

    expect((await auditor.post(`/api/v1/orgs/${acute}/tokens`, { name: 'x', kind: 'service', roles: ['auditor'], scopes: ['audit:read'] })).statusCode).toBe(403);
    const sysadminRole = await admin.post(`/api/v1/orgs/${acute}/tokens`, { name: 'x', kind: 'service', roles: ['system-admin'], scopes: ['audit:read'] });
    expect(sysadminRole.statusCode).toBe(422);

    const audit = await t.app.db.selectFrom('audit_events').select(['actor_label']).where('action', '=', 'token.create').where('org_id', '=', acute).execute();
    expect(audit.length).toBeGreaterThan(0);
  });

  it('a SCIM token reaches nothing outside SCIM', async () => {
    const admin = await signIn(t.server, 'orgadmin@northshire-acute.example');
    const made = await admin.post(`/api/v1/orgs/${acute}/tokens`, { name: 'Entra provisioning', kind: 'scim' });
    expect(made.statusCode).toBe(201);
    expect((await withToken(made.json().token, 'GET', `/api/v1/orgs/${acute}`)).statusCode).toBe(403);
    expect((await withToken(made.json().token, 'GET', '/api/v1/me')).statusCode).toBe(403);
  });
});

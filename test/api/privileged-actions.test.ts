// Actions that change who can sign in as whom, or hand out power — passwords, second factors,
// reset and invitation links, privileged roles, tokens, SSO and MFA settings — are refused to every
// API token whatever its scopes and roles, and to a session that has not given its second factor;
// an administrator signed in with their second factor can take them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, DEMO_PASSWORD, orgId, signIn, type TestApp } from '../support/app.js';

let t: TestApp;
let acute: string;
let admin: Client;
let staffId: string;
const TOKEN_KINDS = [
  'a personal token of an administrator, with every scope',
  'a service token acting as an organisation administrator, SIRO and head of cyber security, with every scope',
  'a SCIM token',
] as const;
const tokens = new Map<(typeof TOKEN_KINDS)[number], string>();

interface Attempt {
  name: string;
  method: 'GET' | 'POST' | 'PUT';
  url: () => string;
  body?: () => object;
  /** About the caller's own account: anyone signed in may, so only tokens are refused. */
  own?: true;
}

// Each names something a leaked token (or a password without its second factor) must never do.
const attempts: Attempt[] = [
  { name: 'reset a person’s second factors', method: 'POST', url: () => `/api/v1/orgs/${acute}/members/${staffId}/reset-mfa` },
  { name: 'make a password-reset link', method: 'POST', url: () => `/api/v1/orgs/${acute}/members/${staffId}/password-reset` },
  {
    name: 'add a person with a password of its choosing',
    method: 'POST',
    url: () => `/api/v1/orgs/${acute}/members`,
    body: () => ({ email: 'chosen.password@northshire-acute.example', name: 'Chosen Password', password: 'lantern-orchard-velvet', roles: ['staff'] }),
  },
  {
    name: 'add a person as an organisation administrator',
    method: 'POST',
    url: () => `/api/v1/orgs/${acute}/members`,
    body: () => ({ email: 'new.admin@northshire-acute.example', name: 'New Admin', roles: ['org-admin'] }),
  },
  { name: 'make someone the SIRO', method: 'PUT', url: () => `/api/v1/orgs/${acute}/members/${staffId}/roles`, body: () => ({ roles: ['staff', 'siro'] }) },
  { name: 'make someone head of cyber security', method: 'PUT', url: () => `/api/v1/orgs/${acute}/members/${staffId}/roles`, body: () => ({ roles: ['staff', 'security-lead'] }) },
  {
    name: 'make an invitation link',
    method: 'POST',
    url: () => `/api/v1/orgs/${acute}/invitations`,
    body: () => ({ email: 'linked@northshire-acute.example', name: 'Linked', roles: ['staff'] }),
  },
  {
    name: 'mint a service token',
    method: 'POST',
    url: () => `/api/v1/orgs/${acute}/tokens`,
    body: () => ({ name: 'minted', kind: 'service', roles: ['org-admin'], scopes: ['member:write'] }),
  },
  { name: 'mint a personal token', method: 'POST', url: () => '/api/v1/me/tokens', body: () => ({ name: 'minted', scopes: ['member:write'] }), own: true },
  { name: 'change who must use a second factor', method: 'PUT', url: () => `/api/v1/orgs/${acute}/mfa-policy`, body: () => ({ mfaPolicy: 'privileged' }) },
  { name: 'read the single sign-on settings', method: 'GET', url: () => `/api/v1/orgs/${acute}/sso-connections` },
  {
    name: 'connect an identity provider',
    method: 'POST',
    url: () => `/api/v1/orgs/${acute}/sso-connections`,
    body: () => ({ name: 'Rogue', issuer: 'http://127.0.0.1:9/', clientId: 'x', allowedDomains: ['northshire-acute.example'], groupRoles: [{ group: 'g', roles: ['org-admin'] }] }),
  },
  { name: 'start adding a passkey', method: 'POST', url: () => '/api/v1/me/passkeys/registration-options', own: true },
  { name: 'start setting up an authenticator app', method: 'POST', url: () => '/api/v1/me/mfa/totp/setup', own: true },
  { name: 'replace the recovery codes', method: 'POST', url: () => '/api/v1/me/mfa/recovery-codes', own: true },
  { name: 'change the password', method: 'POST', url: () => '/api/v1/me/password', body: () => ({ currentPassword: DEMO_PASSWORD, newPassword: 'lantern-orchard-velvet' }), own: true },
];

function send(attempt: Attempt, headers: Record<string, string>) {
  const body = attempt.body?.();
  return t.server.inject({ method: attempt.method, url: attempt.url(), headers, ...(body ? { payload: body } : {}) });
}

/** Everything the attempts could change, without the columns that merely record use. */
async function identityState() {
  const db = t.app.db;
  return {
    users: await db.selectFrom('users').select(['id', 'email', 'password_hash', 'version']).orderBy('id').execute(),
    memberships: await db.selectFrom('memberships').select(['user_id', 'org_id', 'role']).orderBy('id').execute(),
    links: await db.selectFrom('account_links').select(['id', 'revoked_at']).orderBy('id').execute(),
    tokens: await db.selectFrom('api_tokens').select(['id', 'revoked_at']).orderBy('id').execute(),
    totp: await db.selectFrom('totp_credentials').select(['user_id', 'confirmed_at']).orderBy('user_id').execute(),
    recoveryCodes: await db.selectFrom('recovery_codes').select('id').orderBy('id').execute(),
    passkeys: await db.selectFrom('passkeys').select('id').orderBy('id').execute(),
    challenges: await db.selectFrom('auth_challenges').select('id').orderBy('id').execute(),
    organisations: await db.selectFrom('organisations').select(['id', 'mfa_policy', 'version']).orderBy('id').execute(),
    ssoConnections: await db.selectFrom('sso_connections').select('id').orderBy('id').execute(),
  };
}

beforeAll(async () => {
  t = await createTestApp({ env: { LOGIN_RATE_PER_MINUTE: '500' } });
  acute = await orgId(t.app, 'RZZ');
  admin = await signIn(t.server, 'orgadmin@northshire-acute.example');
  staffId = (await t.app.db.selectFrom('users').select('id').where('email', '=', 'staff@northshire-acute.example').executeTakeFirstOrThrow()).id;
  const scopes = (await admin.get('/api/v1/me/tokens')).json().availableScopes as string[];
  const made = async (url: string, body: object) => {
    const res = await admin.post(url, body);
    expect(res.statusCode).toBe(201);
    return res.json().token as string;
  };
  tokens.set(TOKEN_KINDS[0], await made('/api/v1/me/tokens', { name: 'Everything', scopes }));
  tokens.set(TOKEN_KINDS[1], await made(`/api/v1/orgs/${acute}/tokens`, { name: 'Everything', kind: 'service', roles: ['org-admin', 'siro', 'security-lead'], scopes }));
  tokens.set(TOKEN_KINDS[2], await made(`/api/v1/orgs/${acute}/tokens`, { name: 'Directory', kind: 'scim' }));
});
afterAll(() => t.close());

describe('API tokens', () => {
  it.each(TOKEN_KINDS)('%s is refused each of these, and nothing changes', async (kind) => {
    const token = tokens.get(kind)!;
    // The token works for what it may do, so the refusals below are about the actions.
    if (kind !== 'a SCIM token') expect((await t.server.inject({ method: 'GET', url: `/api/v1/orgs/${acute}/members`, headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(200);
    const before = await identityState();
    for (const attempt of attempts) {
      const res = await send(attempt, { authorization: `Bearer ${token}` });
      expect({ attempt: attempt.name, status: res.statusCode }).toEqual({ attempt: attempt.name, status: 403 });
    }
    expect(await identityState()).toEqual(before);
  });
});

describe('a session that has not given its second factor', () => {
  it('is refused the administrator’s credential and role actions, and told why', async () => {
    const passwordOnly = await signIn(t.server, 'orgadmin@northshire-acute.example');
    // As a session opened before second factors were recorded, or by a password alone.
    await t.app.db.updateTable('sessions').set({ second_factor_at: null }).where('csrf_token', '=', passwordOnly.csrfToken).execute();
    const before = await identityState();
    for (const attempt of attempts.filter((a) => !a.own)) {
      const res = await send(attempt, { cookie: passwordOnly.cookie, 'x-csrf-token': passwordOnly.csrfToken });
      expect({ attempt: attempt.name, status: res.statusCode }).toEqual({ attempt: attempt.name, status: 403 });
    }
    expect(await identityState()).toEqual(before);
    const refused = await passwordOnly.post(`/api/v1/orgs/${acute}/members/${staffId}/reset-mfa`);
    expect(refused.json().detail).toMatch(/a session where they gave their own second factor/);
    // What it may still do: ordinary administration.
    expect((await passwordOnly.get(`/api/v1/orgs/${acute}/members`)).statusCode).toBe(200);
  });
});

describe('an administrator signed in with their second factor', () => {
  it.each(attempts.filter((a) => !['connect an identity provider', 'start setting up an authenticator app', 'change the password'].includes(a.name)).map((a) => [a.name, a] as const))(
    'may %s',
    async (_, attempt) => {
      const res = await send(attempt, { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken });
      expect(res.statusCode, res.body).toBeLessThan(300);
    },
  );

  it('gets past the permission check to connect an identity provider (the unreachable issuer is what stops it)', async () => {
    const attempt = attempts.find((a) => a.name === 'connect an identity provider')!;
    const res = await send(attempt, { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toContain('issuer');
  });
});

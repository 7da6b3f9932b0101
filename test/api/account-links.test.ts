// Invitations and password-reset links: single use, expiring, withdrawable, confined to what the
// administrator may do; and ending one of your own sessions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCodeAt } from '../../src/modules/mfa/domain/totp.js';
import { type Client, createTestApp, DEMO_PASSWORD, orgId, signIn, signInWithPassword, type TestApp } from '../support/app.js';

let t: TestApp;
let acute: string;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp({ env: { LOGIN_RATE_PER_MINUTE: '500' } });
  acute = await orgId(t.app, 'RZZ');
  admin = await signIn(t.server, 'orgadmin@northshire-acute.example');
});
afterAll(() => t.close());

const tokenOf = (link: string) => link.split('#')[1]!;
const publicPost = (url: string, payload: object) => t.server.inject({ method: 'POST', url, payload });

describe('invitations', () => {
  it('an invitation link creates the account with the invited roles and signs the person in, once', async () => {
    const made = await admin.post(`/api/v1/orgs/${acute}/invitations`, { email: 'New.Starter@northshire-acute.example', name: 'New Starter', roles: ['ig-lead'] });
    expect(made.statusCode).toBe(201);
    const { link, invitation, delivery } = made.json();
    expect(link).toMatch(/^http:\/\/localhost(:\d+)?\/accept-invitation#[A-Za-z0-9_-]{43}$/);
    // Without SMTP_URL nothing is emailed: the administrator passes the link on, as the answer says.
    expect(delivery).toBe('not-configured');
    expect(invitation).toMatchObject({ email: 'new.starter@northshire-acute.example', roles: ['ig-lead'], state: 'pending' });
    const stored = await t.app.db.selectFrom('account_links').selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain(tokenOf(link));

    const preview = await publicPost('/api/v1/auth/invitations/preview', { token: tokenOf(link) });
    expect(preview.json()).toEqual({
      email: 'new.starter@northshire-acute.example',
      name: 'New Starter',
      organisationName: 'Northshire Hospitals NHS Foundation Trust',
      roles: ['ig-lead'],
      roleLabels: ['Information governance lead'],
      expiresAt: invitation.expiresAt,
    });

    const weak = await publicPost('/api/v1/auth/invitations/accept', { token: tokenOf(link), password: 'password' });
    expect(weak.statusCode).toBe(422);
    expect(await t.app.db.selectFrom('users').select('id').where('email', '=', 'new.starter@northshire-acute.example').executeTakeFirst()).toBeUndefined();

    const accepted = await publicPost('/api/v1/auth/invitations/accept', { token: tokenOf(link), password: 'kestrel-lighthouse-amber' });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().stage).toBe('complete');
    expect(accepted.cookies.some((c) => c.name === 'bulwark_session')).toBe(true);
    const member = (await admin.get(`/api/v1/orgs/${acute}/members/${accepted.json().user.id}`)).json();
    expect(member.roles).toEqual(['ig-lead']);

    const again = await publicPost('/api/v1/auth/invitations/accept', { token: tokenOf(link), password: 'kestrel-lighthouse-amber' });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toMatch(/used already/);
    const listed = (await admin.get(`/api/v1/orgs/${acute}/invitations`)).json().invitations;
    expect(listed.find((i: { id: string }) => i.id === invitation.id).state).toBe('accepted');
  });

  it('an invitation for a privileged role leads the new person to enrol a second factor', async () => {
    const { link } = (await admin.post(`/api/v1/orgs/${acute}/invitations`, { email: 'deputy.siro@northshire-acute.example', name: 'Deputy SIRO', roles: ['siro'] })).json();
    const accepted = await publicPost('/api/v1/auth/invitations/accept', { token: tokenOf(link), password: 'granite-willow-beacon' });
    expect(accepted.json().stage).toBe('enrolment');
  });

  it('an existing account accepts signed in as itself, not through the link', async () => {
    const mh = await orgId(t.app, 'RZY');
    const mhAdmin = await signIn(t.server, 'orgadmin@northshire-mh.example');
    const { link } = (await mhAdmin.post(`/api/v1/orgs/${mh}/invitations`, { email: 'staff@northshire-acute.example', name: 'x', roles: ['staff'] })).json();
    // The link is no way round the account's password, second factor or lockout.
    const viaLink = await publicPost('/api/v1/auth/invitations/accept', { token: tokenOf(link), password: DEMO_PASSWORD });
    expect(viaLink.statusCode).toBe(409);
    expect(viaLink.json().detail).toMatch(/Sign in with it, and accept the invitation under Your account/);
    expect(viaLink.cookies).toEqual([]);

    const staff = await signIn(t.server, 'staff@northshire-acute.example');
    const [waiting] = (await staff.get('/api/v1/me/invitations')).json().invitations;
    expect(waiting).toMatchObject({ organisationId: mh, organisationName: 'Northshire and Dale Mental Health NHS Trust', roles: ['staff'] });
    expect((await staff.post(`/api/v1/me/invitations/${waiting.id}/accept`)).statusCode).toBe(200);
    expect((await mhAdmin.get(`/api/v1/orgs/${mh}/members/${staff.userId}`)).json().roles).toEqual(['staff']);
    // Accepted once: the link is spent too.
    expect((await publicPost('/api/v1/auth/invitations/preview', { token: tokenOf(link) })).statusCode).toBe(409);
  });

  it('withdrawn and expired invitations do not work, and say why', async () => {
    const first = (await admin.post(`/api/v1/orgs/${acute}/invitations`, { email: 'withdrawn@northshire-acute.example', name: 'W', roles: ['staff'] })).json();
    expect((await admin.post(`/api/v1/orgs/${acute}/invitations/${first.invitation.id}/revoke`)).json().state).toBe('revoked');
    const withdrawn = await publicPost('/api/v1/auth/invitations/accept', { token: tokenOf(first.link), password: 'kestrel-lighthouse-amber' });
    expect(withdrawn.statusCode).toBe(409);
    expect(withdrawn.json().detail).toMatch(/withdrawn/);

    const second = (await admin.post(`/api/v1/orgs/${acute}/invitations`, { email: 'late@northshire-acute.example', name: 'L', roles: ['staff'] })).json();
    await t.app.db.updateTable('account_links').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('id', '=', second.invitation.id).execute();
    const expired = await publicPost('/api/v1/auth/invitations/accept', { token: tokenOf(second.link), password: 'kestrel-lighthouse-amber' });
    expect(expired.statusCode).toBe(409);
    expect(expired.json().detail).toMatch(/expired/);
    expect((await publicPost('/api/v1/auth/invitations/preview', { token: 'made-up' })).statusCode).toBe(404);
  });

  it('only administrators invite, and not to roles they cannot grant', async () => {
    const siro = await signIn(t.server, 'siro@northshire-acute.example');
    expect((await siro.post(`/api/v1/orgs/${acute}/invitations`, { email: 'x@northshire-acute.example', name: 'X', roles: ['staff'] })).statusCode).toBe(403);
    expect((await admin.post(`/api/v1/orgs/${acute}/invitations`, { email: 'x@northshire-acute.example', name: 'X', roles: ['system-admin'] })).statusCode).toBe(403);
    expect((await admin.post(`/api/v1/orgs/${acute}/invitations`, { email: 'dpo@northshire-acute.example', name: 'D', roles: ['staff'] })).statusCode).toBe(409);
  });
});

describe('password reset links', () => {
  it('a reset link sets a new password once, unlocks the account and ends its sessions', async () => {
    const manager = await signIn(t.server, 'manager@northshire-acute.example');
    await t.app.db.updateTable('users').set({ failed_login_count: 9, locked_until: new Date(Date.now() + 3_600_000).toISOString() }).where('id', '=', manager.userId).execute();
    const made = await admin.post(`/api/v1/orgs/${acute}/members/${manager.userId}/password-reset`);
    expect(made.statusCode).toBe(201);
    const token = tokenOf(made.json().link);
    expect((await publicPost('/api/v1/auth/password-reset/preview', { token })).json().email).toBe('manager@northshire-acute.example');

    expect((await publicPost('/api/v1/auth/password-reset', { token, password: 'short' })).statusCode).toBe(422);
    expect((await publicPost('/api/v1/auth/password-reset', { token, password: 'copper-meadow-lantern' })).statusCode).toBe(204);
    expect((await manager.get('/api/v1/me')).statusCode).toBe(401);
    expect((await signInWithPassword(t.server, 'manager@northshire-acute.example', 'copper-meadow-lantern')).stage).toBe('complete');
    expect((await publicPost('/api/v1/auth/password-reset', { token, password: 'another-copper-meadow' })).statusCode).toBe(409);
  });

  it('a new link replaces the previous one', async () => {
    const iao = (await t.app.db.selectFrom('users').select('id').where('email', '=', 'iao@northshire-acute.example').executeTakeFirstOrThrow()).id;
    const first = tokenOf((await admin.post(`/api/v1/orgs/${acute}/members/${iao}/password-reset`)).json().link);
    const second = tokenOf((await admin.post(`/api/v1/orgs/${acute}/members/${iao}/password-reset`)).json().link);
    expect((await publicPost('/api/v1/auth/password-reset/preview', { token: first })).statusCode).toBe(409);
    expect((await publicPost('/api/v1/auth/password-reset/preview', { token: second })).statusCode).toBe(200);
  });

  it('an administrator cannot reset the password of someone who is also in an organisation they do not administer', async () => {
    const mhAdmin = await signIn(t.server, 'orgadmin@northshire-mh.example');
    const mh = await orgId(t.app, 'RZY');
    const staffId = (await t.app.db.selectFrom('users').select('id').where('email', '=', 'staff@northshire-acute.example').executeTakeFirstOrThrow()).id;
    // staff@northshire-acute joined the mental health trust in an earlier test, and keeps roles at the acute trust.
    const res = await mhAdmin.post(`/api/v1/orgs/${mh}/members/${staffId}/password-reset`);
    expect(res.statusCode).toBe(403);
  });
});

describe('your own sessions', () => {
  it('ending another session signs that browser out, and leaves this one', async () => {
    const here = await signIn(t.server, 'caldicott@northshire-acute.example');
    const elsewhere = await signIn(t.server, 'caldicott@northshire-acute.example');
    const sessions = (await here.get('/api/v1/me/sessions')).json().sessions as { id: string; current: boolean }[];
    const other = sessions.find((s) => !s.current)!;
    expect((await here.post(`/api/v1/me/sessions/${other.id}/revoke`)).statusCode).toBe(204);
    expect((await elsewhere.get('/api/v1/me')).statusCode).toBe(401);
    expect((await here.get('/api/v1/me')).statusCode).toBe(200);
    expect((await here.post('/api/v1/me/sessions/abcdefabcdef/revoke')).statusCode).toBe(404);
  });
});

describe('identity activity', () => {
  it('a person sees their own sign-ins and failures; an administrator sees a member’s, and nobody else’s', async () => {
    await t.server.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'iglead@northshire-acute.example', password: 'wrong-password-here' } });
    const iglead = await signIn(t.server, 'iglead@northshire-acute.example');
    const own = (await iglead.get('/api/v1/me/activity')).json().events as { action: string; orgId: string | null }[];
    expect(own.slice(0, 2).map((e) => e.action)).toEqual(['auth.login', 'auth.login-failed']);
    // The administrator sees the events that belong to no organisation; the person also sees those an organisation's trail holds.
    const seen = (await admin.get(`/api/v1/orgs/${acute}/members/${iglead.userId}/activity`)).json().events as { action: string }[];
    expect(seen.map((e) => e.action)).toEqual(own.filter((e) => e.orgId === null).map((e) => e.action));
    expect((await iglead.get(`/api/v1/orgs/${acute}/members/${admin.userId}/activity`)).statusCode).toBe(403);
    const mhStaff = (await t.app.db.selectFrom('users').select('id').where('email', '=', 'staff@northshire-mh.example').executeTakeFirstOrThrow()).id;
    expect((await admin.get(`/api/v1/orgs/${acute}/members/${mhStaff}/activity`)).statusCode).toBe(404);
  });

  it('your own activity shows your sign-ins, failures, second-factor changes and personal tokens — never anyone else’s', async () => {
    const login = (email: string, password: string) => t.server.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
    const makeAndRevokeToken = async (client: Client) => {
      const made = await client.post('/api/v1/me/tokens', { name: 'Reports', scopes: ['audit:read'] });
      expect(made.statusCode).toBe(201);
      expect((await client.post(`/api/v1/me/tokens/${made.json().apiToken.id}/revoke`)).statusCode).toBe(200);
      return made.json().apiToken.id as string;
    };
    // Two people do the same things.
    for (const email of ['caldicott@northshire-acute.example', 'iao@northshire-acute.example']) await login(email, 'wrong-password-here');
    const b = await signIn(t.server, 'iao@northshire-acute.example');
    const bToken = await makeAndRevokeToken(b);
    const a = await signIn(t.server, 'caldicott@northshire-acute.example');
    const aToken = await makeAndRevokeToken(a);
    const setup = (await a.post('/api/v1/me/mfa/totp/setup')).json();
    expect((await a.post('/api/v1/me/mfa/totp/confirm', { code: totpCodeAt(setup.secret, new Date()) })).statusCode).toBe(200);
    // An administrator resets A's second factors: A sees that too, though it happened in the organisation.
    expect((await admin.post(`/api/v1/orgs/${acute}/members/${a.userId}/reset-mfa`)).statusCode).toBe(204);

    const again = await signIn(t.server, 'caldicott@northshire-acute.example');
    const events = (await again.get('/api/v1/me/activity')).json().events as { action: string; actorId: string | null; entityType: string; entityId: string }[];
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['auth.login-failed', 'auth.login', 'token.create', 'token.revoke', 'mfa.totp-enrol', 'user.mfa-reset']),
    );
    expect(events.filter((e) => e.entityType === 'api-token').map((e) => e.entityId)).toEqual([aToken, aToken]);
    for (const e of events) {
      expect(e.entityType === 'user' ? e.entityId : e.actorId).toBe(a.userId);
      expect(e.entityId).not.toBe(b.userId);
      expect(e.entityId).not.toBe(bToken);
    }
    const bEvents = (await b.get('/api/v1/me/activity')).json().events as { entityId: string; actorId: string | null }[];
    expect(bEvents.length).toBeGreaterThan(0);
    expect(bEvents.some((e) => e.entityId === a.userId || e.entityId === aToken || e.actorId === a.userId)).toBe(false);
  });
});

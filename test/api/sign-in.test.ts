// Signing in and out, cookies, CSRF, lockout and session expiry, through the real HTTP layer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_PASSWORD, signIn, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { LOCKOUT_THRESHOLD: '3', LOGIN_RATE_PER_MINUTE: '1000' } });
});
afterAll(() => t.close());

const login = (email: string, password: string, headers: Record<string, string> = {}) =>
  t.server.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, headers });

describe('signing in', () => {
  it('a correct password gives an HttpOnly, SameSite=Strict session cookie and a CSRF token', async () => {
    const res = await login('staff@northshire-acute.example', DEMO_PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'bulwark_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    expect(cookie.path).toBe('/');
    expect(cookie.secure).toBeFalsy();
    expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(res.json().csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('the cookie is Secure when the request came over HTTPS through a trusted proxy', async () => {
    const proxied = await createTestApp({ demo: true, env: { TRUST_PROXY: '1' } });
    try {
      const res = await proxied.server.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'staff@northshire-acute.example', password: DEMO_PASSWORD },
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(res.cookies.find((c) => c.name === '__Host-bulwark_session')!.secure).toBe(true);
    } finally {
      await proxied.close();
    }
  });

  it('the database holds only a hash of the session token', async () => {
    const res = await login('staff@northshire-acute.example', DEMO_PASSWORD);
    const token = res.cookies.find((c) => c.name === 'bulwark_session')!.value;
    const rows = await t.app.db.selectFrom('sessions').select('id').execute();
    expect(rows.some((r) => r.id === token)).toBe(false);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.id))).toBe(true);
  });

  it('a wrong password and an unknown email get the same answer', async () => {
    const wrong = await login('siro@northshire-acute.example', 'not-the-password');
    const unknown = await login('nobody@northshire-acute.example', 'not-the-password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().detail).toBe(unknown.json().detail);
    expect(wrong.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('/me without a session is 401 with a problem document', async () => {
    const res = await t.server.inject({ method: 'GET', url: '/api/v1/me' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ status: 401, title: 'Sign in required' });
  });

  it('/me names the person, their roles and the organisations they can see', async () => {
    const c = await signIn(t.server, 'orgadmin@northshire-acute.example');
    const me = (await c.get('/api/v1/me')).json();
    expect(me.user.email).toBe('orgadmin@northshire-acute.example');
    expect(me.isSystemAdmin).toBe(false);
    const names = me.organisations.map((o: { name: string }) => o.name);
    expect(names).toContain('Northshire Hospitals NHS Foundation Trust');
    expect(names).toContain('Northshire General Hospital');
    expect(names).not.toContain('Northshire and Dale Mental Health NHS Trust');
    expect(me.organisations.find((o: { odsCode: string }) => o.odsCode === 'RZZ').roles).toEqual(['org-admin']);
  });
});

describe('progressive lockout', () => {
  it('locks the account after the threshold, says for how long, and keeps the right password out meanwhile', async () => {
    const email = 'iao@northshire-acute.example';
    for (let i = 0; i < 2; i++) expect((await login(email, 'wrong-password-x')).statusCode).toBe(401);
    const third = await login(email, 'wrong-password-x');
    expect(third.statusCode).toBe(429);
    expect(third.json().detail).toMatch(/locked for 1 more minute/);
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
    const right = await login(email, DEMO_PASSWORD);
    expect(right.statusCode).toBe(429);

    // When the lock has passed, the right password works and clears the count.
    await t.app.db.updateTable('users').set({ locked_until: new Date(Date.now() - 1000).toISOString() }).where('email', '=', email).execute();
    expect((await login(email, DEMO_PASSWORD)).statusCode).toBe(200);
    const user = await t.app.db.selectFrom('users').select(['failed_login_count', 'locked_until']).where('email', '=', email).executeTakeFirstOrThrow();
    expect(user).toEqual({ failed_login_count: 0, locked_until: null });
  });

  it('each failure after the threshold doubles the wait', async () => {
    const email = 'manager@northshire-acute.example';
    await t.app.db.updateTable('users').set({ failed_login_count: 4, last_failed_login_at: new Date().toISOString() }).where('email', '=', email).execute();
    const res = await login(email, 'wrong-password-x');
    expect(res.json().detail).toMatch(/locked for 4 more minutes/);
  });

  it('twenty wrong passwords at once all count: the lock engages at the threshold, and every answer is 401 or 429', async () => {
    const email = 'auditor@northshire-acute.example';
    const burst = await Promise.all(Array.from({ length: 20 }, () => login(email, 'wrong-password-x')));
    const statuses = burst.map((r) => r.statusCode);
    expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([]);
    // Failures one and two (below the threshold of three) are refused; from the third the account is locked.
    expect(statuses.filter((s) => s === 401)).toHaveLength(2);
    const user = await t.app.db.selectFrom('users').select(['id', 'failed_login_count', 'locked_until']).where('email', '=', email).executeTakeFirstOrThrow();
    // Every guess that got as far as the password counted (those that came after the lock were turned away first).
    expect(user.failed_login_count).toBeGreaterThanOrEqual(3);
    expect(user.failed_login_count).toBeLessThanOrEqual(20);
    expect(user.locked_until).not.toBeNull();
    const counted = await t.app.db.selectFrom('audit_events').select('after_json').where('entity_id', '=', user.id).where('action', 'in', ['auth.login-failed', 'auth.locked']).execute();
    expect(counted.map((r) => JSON.parse(r.after_json!).failures).sort((a, b) => a - b)).toEqual(Array.from({ length: user.failed_login_count }, (_, i) => i + 1));
    expect((await login(email, DEMO_PASSWORD)).statusCode).toBe(429);
  });

  it('an email with no account is locked out just as an account is: the same status, body and headers', async () => {
    const known = 'staff@northshire-mh.example';
    const unknown = 'no-such-person@northshire-acute.example';
    const comparable = (res: Awaited<ReturnType<typeof login>>) => {
      // The date, the request id and the per-address rate limit's running count differ from one request to the next, whoever asks.
      const { date: _date, 'x-request-id': _id, 'x-ratelimit-remaining': _remaining, 'x-ratelimit-reset': _reset, ...headers } = res.headers;
      return { status: res.statusCode, body: res.json(), headers };
    };
    for (let attempt = 1; attempt <= 4; attempt++) {
      const [a, b] = [await login(known, 'wrong-password-x'), await login(unknown, 'wrong-password-x')];
      expect(comparable(b)).toEqual(comparable(a));
      // Below the threshold, wrong; at it, locked for a minute; while locked, still locked.
      expect(a.statusCode).toBe(attempt < 3 ? 401 : 429);
    }
    // After the lock, the next failure doubles it, for both.
    await t.app.db.updateTable('users').set({ locked_until: new Date(Date.now() - 1000).toISOString() }).where('email', '=', known).execute();
    await t.app.db.updateTable('sign_in_throttle').set({ locked_until: new Date(Date.now() - 1000).toISOString() }).execute();
    const [a, b] = [await login(known, 'wrong-password-x'), await login(unknown, 'wrong-password-x')];
    expect(a.json().detail).toMatch(/locked for 2 more minutes/);
    expect(comparable(b)).toEqual(comparable(a));
    // The address itself is never stored.
    const stored = JSON.stringify(await t.app.db.selectFrom('sign_in_throttle').selectAll().execute());
    expect(stored).not.toContain('no-such-person');
    expect(JSON.stringify(await t.app.db.selectFrom('audit_events').selectAll().execute())).not.toContain('no-such-person');
  });

  it('failed sign-ins and locks are in the audit trail', async () => {
    const actions = (await t.app.db.selectFrom('audit_events').select('action').where('actor_label', '=', 'iao@northshire-acute.example').execute()).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['auth.login-failed', 'auth.locked', 'auth.login']));
  });
});

describe('sessions', () => {
  it('a session idle longer than the limit is ended', async () => {
    const c = await signIn(t.server, 'dpo@northshire-acute.example');
    expect((await c.get('/api/v1/me')).statusCode).toBe(200);
    await t.app.db.updateTable('sessions').set({ last_seen_at: new Date(Date.now() - 31 * 60_000).toISOString() }).where('user_id', '=', c.userId).execute();
    const res = await c.get('/api/v1/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().detail).toMatch(/session has ended/);
    expect(await t.app.db.selectFrom('sessions').select('id').where('user_id', '=', c.userId).execute()).toEqual([]);
  });

  it('a session past its absolute limit is ended however active', async () => {
    const c = await signIn(t.server, 'caldicott@northshire-acute.example');
    await t.app.db.updateTable('sessions').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('user_id', '=', c.userId).execute();
    expect((await c.get('/api/v1/me')).statusCode).toBe(401);
  });

  it('signing out ends this session only; signing out everywhere ends them all', async () => {
    const a = await signIn(t.server, 'iglead@northshire-acute.example');
    const b = await signIn(t.server, 'iglead@northshire-acute.example');
    const c = await signIn(t.server, 'iglead@northshire-acute.example');
    const sessions = (await a.get('/api/v1/me/sessions')).json().sessions;
    expect(sessions).toHaveLength(3);
    expect(sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);

    expect((await a.post('/api/v1/auth/logout')).statusCode).toBe(204);
    expect((await a.get('/api/v1/me')).statusCode).toBe(401);
    expect((await b.get('/api/v1/me')).statusCode).toBe(200);

    expect((await b.post('/api/v1/auth/logout-everywhere')).statusCode).toBe(204);
    expect((await b.get('/api/v1/me')).statusCode).toBe(401);
    expect((await c.get('/api/v1/me')).statusCode).toBe(401);
  });
});

describe('CSRF defence for cookie-authenticated writes', () => {
  it('a write without the CSRF header is refused', async () => {
    const c = await signIn(t.server, 'seclead@northshire-acute.example');
    const res = await t.server.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: c.cookie } });
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toMatch(/CSRF/);
    expect((await c.get('/api/v1/me')).statusCode).toBe(200);
  });

  it('a write with another session’s CSRF token is refused', async () => {
    const c = await signIn(t.server, 'seclead@northshire-acute.example');
    const other = await signIn(t.server, 'analyst@northshire-acute.example');
    const res = await t.server.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: c.cookie, 'x-csrf-token': other.csrfToken } });
    expect(res.statusCode).toBe(403);
  });

  it('a write started by another site is refused, even with the token', async () => {
    const c = await signIn(t.server, 'seclead@northshire-acute.example');
    const crossSite = await c.request('POST', '/api/v1/auth/logout', undefined, { 'sec-fetch-site': 'cross-site' });
    expect(crossSite.statusCode).toBe(403);
    const otherOrigin = await c.request('POST', '/api/v1/auth/logout', undefined, { origin: 'https://evil.example' });
    expect(otherOrigin.statusCode).toBe(403);
    const login = await t.server.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'staff@northshire-acute.example', password: DEMO_PASSWORD },
      headers: { origin: 'https://evil.example' },
    });
    expect(login.statusCode).toBe(403);
  });
});

describe('changing your own password', () => {
  it('needs the current password and a good new one, and says what is wrong with each', async () => {
    const c = await signIn(t.server, 'analyst@northshire-acute.example');
    const res = await c.post('/api/v1/me/password', { currentPassword: 'not-my-password', newPassword: 'password1234' });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([
      { field: 'currentPassword', message: 'Your current password is not right' },
      { field: 'newPassword', message: expect.stringMatching(/too easy to guess/) },
    ]);
    const same = await c.post('/api/v1/me/password', { currentPassword: DEMO_PASSWORD, newPassword: DEMO_PASSWORD });
    expect(same.json().errors).toEqual([{ field: 'newPassword', message: 'Choose a password different from your current one' }]);
  });

  it('changes it, ends every other session, keeps this one, and is audited without the password', async () => {
    const here = await signIn(t.server, 'analyst@northshire-acute.example');
    const elsewhere = await signIn(t.server, 'analyst@northshire-acute.example');
    const res = await here.post('/api/v1/me/password', { currentPassword: DEMO_PASSWORD, newPassword: 'copper-meadow-lantern' });
    expect(res.statusCode).toBe(200);
    expect(res.json().sessionsEnded).toBeGreaterThanOrEqual(1);
    expect((await here.get('/api/v1/me')).statusCode).toBe(200);
    expect((await elsewhere.get('/api/v1/me')).statusCode).toBe(401);
    expect((await login('analyst@northshire-acute.example', DEMO_PASSWORD)).statusCode).toBe(401);
    expect((await login('analyst@northshire-acute.example', 'copper-meadow-lantern')).statusCode).toBe(200);
    const audit = await t.app.db.selectFrom('audit_events').select(['action', 'after_json']).where('action', '=', 'auth.password-change').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after_json).not.toContain('copper');
  });
});

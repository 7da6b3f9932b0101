// The session cookie over HTTPS (__Host- prefix) and plain http, responses that no cache may keep,
// the CSRF token compared in constant time, and the Origin of a write matched by scheme, host and port.
import * as crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Client, createTestApp, DEMO_PASSWORD, orgId, signIn, type TestApp } from '../support/app.js';

// The real timingSafeEqual, watched, to show which comparison the CSRF check uses.
vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:crypto')>();
  return { ...real, timingSafeEqual: vi.fn(real.timingSafeEqual) };
});

const STAFF = 'staff@northshire-acute.example';
const HTTPS = { 'x-forwarded-proto': 'https' };

let t: TestApp;
beforeAll(async () => {
  // One load balancer in front that terminates TLS and says so in X-Forwarded-Proto.
  t = await createTestApp({ env: { TRUST_PROXY: '1', LOGIN_RATE_PER_MINUTE: '1000' } });
});
afterAll(() => t.close());

function login(headers: Record<string, string> = {}) {
  return t.server.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: STAFF, password: DEMO_PASSWORD }, headers });
}

describe('the session cookie', () => {
  it('over HTTPS is __Host-bulwark_session: Secure, HttpOnly, SameSite=Strict, Path=/ and no Domain', async () => {
    const res = await login(HTTPS);
    expect(res.statusCode).toBe(200);
    expect(res.cookies.map((c) => c.name)).toEqual(['__Host-bulwark_session']);
    const cookie = res.cookies[0]!;
    expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie.domain).toBeUndefined();
    expect(String(res.headers['set-cookie'])).not.toMatch(/domain=/i);
  });

  it('over plain http keeps the name bulwark_session, without Secure, for use on this machine', async () => {
    const res = await login();
    expect(res.cookies.map((c) => c.name)).toEqual(['bulwark_session']);
    expect(res.cookies[0]!.secure).toBeFalsy();
  });

  it('over HTTPS only the __Host- cookie is read: the same token under the plain name is not a session', async () => {
    const token = (await login(HTTPS)).cookies[0]!.value;
    const me = (cookie: string, headers: Record<string, string> = {}) => t.server.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie, ...headers } });
    expect((await me(`__Host-bulwark_session=${token}`, HTTPS)).statusCode).toBe(200);
    expect((await me(`bulwark_session=${token}`, HTTPS)).statusCode).toBe(401);
    // And over plain http the __Host- cookie is not the one read.
    expect((await me(`__Host-bulwark_session=${token}`)).statusCode).toBe(401);
  });

  it('signing out over HTTPS clears the __Host- cookie with the same attributes', async () => {
    const signedIn = await login(HTTPS);
    const token = signedIn.cookies[0]!.value;
    const res = await t.server.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { ...HTTPS, cookie: `__Host-bulwark_session=${token}`, 'x-csrf-token': signedIn.json<{ csrfToken: string }>().csrfToken },
    });
    expect(res.statusCode).toBe(204);
    expect(res.cookies).toEqual([expect.objectContaining({ name: '__Host-bulwark_session', value: '', secure: true, path: '/' })]);
  });
});

describe('no cache keeps API answers', () => {
  let admin: Client;
  let acute: string;
  beforeAll(async () => {
    admin = await signIn(t.server, 'admin@northshire-ics.example');
    acute = await orgId(t.app, 'RZZ');
  });

  it('every API read, answered to a signed-in person, says Cache-Control: no-store', async () => {
    const reads = t.server.routeRecords.filter((r) => r.method === 'GET' && r.url.startsWith('/api/v1/') && r.policy && 'action' in r.policy);
    expect(reads.length).toBeGreaterThan(10);
    const answers: string[] = [];
    for (const route of reads) {
      const res = await admin.get(route.url.replace(/:([A-Za-z]+)/g, (_, name: string) => (name === 'orgId' ? acute : 'unknown')));
      answers.push(`${route.url} ${String(res.headers['cache-control'])}`);
    }
    expect(answers).toEqual(reads.map((r) => `${r.url} no-store`));
  });

  it('sign-in, refusals and unknown API paths say no-store too; the web app page keeps its own header', async () => {
    expect((await login()).headers['cache-control']).toBe('no-store');
    expect((await t.server.inject({ method: 'GET', url: '/api/v1/me' })).headers['cache-control']).toBe('no-store');
    expect((await t.server.inject({ method: 'GET', url: '/api/v1/nothing-here' })).headers['cache-control']).toBe('no-store');
    expect((await t.server.inject({ method: 'GET', url: '/scim/v2/Users' })).headers['cache-control']).toBe('no-store');
  });
});

describe('the CSRF token', () => {
  let staff: Client;
  beforeAll(async () => {
    staff = await signIn(t.server, STAFF);
  });
  const logoutEverywhere = (csrf: string | string[]) =>
    t.server.inject({ method: 'POST', url: '/api/v1/auth/logout-everywhere', headers: { cookie: staff.cookie, 'x-csrf-token': csrf } });

  it('is compared in constant time, over buffers of equal length', async () => {
    const compare = vi.mocked(crypto.timingSafeEqual);
    compare.mockClear();
    const wrong = staff.csrfToken.slice(0, -1) + (staff.csrfToken.endsWith('A') ? 'B' : 'A');
    const res = await logoutEverywhere(wrong);
    expect(res.statusCode).toBe(403);
    expect(compare).toHaveBeenCalledWith(Buffer.from(wrong), Buffer.from(staff.csrfToken));
  });

  it.each([
    ['shorter', (token: string) => token.slice(0, 10)],
    ['longer', (token: string) => `${token}x`],
    ['empty', () => ''],
    ['sent twice', (token: string) => [token, token]],
  ])('a %s token is refused with 403, not an error', async (_, tamper) => {
    const res = await logoutEverywhere(tamper(staff.csrfToken));
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toMatch(/CSRF token/);
  });
});

describe('the Origin of a write', () => {
  const loginFrom = (origin: string, headers: Record<string, string> = {}) => login({ origin, ...headers });

  it('from this very origin is accepted, default port or not', async () => {
    // inject talks to localhost:80 over http.
    expect((await loginFrom('http://localhost')).statusCode).toBe(200);
    expect((await loginFrom('http://localhost:80')).statusCode).toBe(200);
  });

  it.each([
    ['the same host and port over another scheme', 'https://localhost:80'],
    ['the same host on another port', 'http://localhost:8080'],
    ['another host', 'http://evil.example'],
    ['an opaque origin', 'null'],
    ['something that is not an origin', 'not a url'],
  ])('from %s is refused', async (_, origin) => {
    const res = await loginFrom(origin);
    expect(res.statusCode).toBe(403);
  });

  it('over HTTPS must be the https origin', async () => {
    // As a TLS-terminating proxy passes it on: the Host the browser used, no port.
    const proxied = { ...HTTPS, host: 'localhost' };
    expect((await loginFrom('https://localhost', proxied)).statusCode).toBe(200);
    expect((await loginFrom('http://localhost', proxied)).statusCode).toBe(403);
  });
});

describe('the Origin of a write when BULWARK_PUBLIC_URL is set', () => {
  let configured: TestApp;
  beforeAll(async () => {
    configured = await createTestApp({ env: { BULWARK_PUBLIC_URL: 'https://bulwark.northshire.example', LOGIN_RATE_PER_MINUTE: '1000' } });
  });
  afterAll(() => configured.close());
  const loginFrom = (origin: string, host: string) =>
    configured.server.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: STAFF, password: DEMO_PASSWORD }, headers: { origin, host } });

  it('must be the public address, whatever Host the request carries', async () => {
    expect((await loginFrom('https://bulwark.northshire.example', 'bulwark.northshire.example')).statusCode).toBe(200);
    expect((await loginFrom('https://bulwark.northshire.example', '10.0.0.5:3000')).statusCode).toBe(200);
    expect((await loginFrom('http://bulwark.northshire.example', 'bulwark.northshire.example')).statusCode).toBe(403);
    // A name rebound to Bulwark's address: Host and Origin agree with each other, but not with the public address.
    expect((await loginFrom('http://rebound.example', 'rebound.example')).statusCode).toBe(403);
  });
});

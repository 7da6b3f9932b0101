// Which X-Forwarded-For addresses Bulwark believes: only those its own proxies added. The client
// address lands in the login session and keys the sign-in rate limit, so a client must not be able to
// choose it by writing its own X-Forwarded-For.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenId } from '../../src/modules/accounts/domain/credentials.js';
import { ConfigError, loadConfig } from '../../src/platform/config.js';
import { createTestApp, DEMO_PASSWORD, type TestApp } from '../support/app.js';

const STAFF = 'staff@northshire-acute.example';

function login(t: TestApp, headers: Record<string, string>, remoteAddress = '127.0.0.1', password = DEMO_PASSWORD) {
  return t.server.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: STAFF, password }, headers, remoteAddress });
}

/** The client address the login session was recorded with. */
async function sessionAddress(t: TestApp, res: Awaited<ReturnType<typeof login>>): Promise<string | null> {
  expect(res.statusCode, res.body).toBe(200);
  const token = res.cookies.find((c) => c.name === 'bulwark_session' || c.name === '__Host-bulwark_session')!.value;
  const row = await t.app.db.selectFrom('sessions').select('ip').where('id', '=', tokenId(token)).executeTakeFirstOrThrow();
  return row.ip;
}

describe('TRUST_PROXY=1: one load balancer in front of Bulwark', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { TRUST_PROXY: '1', LOGIN_RATE_PER_MINUTE: '2' } });
  });
  afterAll(() => t.close());

  it('the login session records the address the proxy added, not the one the client wrote first', async () => {
    const res = await login(t, { 'x-forwarded-for': '6.6.6.6, 203.0.113.7' });
    expect(await sessionAddress(t, res)).toBe('203.0.113.7');
  });

  it('a client cannot dodge the sign-in rate limit by changing the left-most address', async () => {
    const statuses = [];
    for (const spoofed of ['10.0.0.1', '10.0.0.2', '10.0.0.3']) {
      statuses.push((await login(t, { 'x-forwarded-for': `${spoofed}, 198.51.100.20` }, '127.0.0.1', 'not-the-password')).statusCode);
    }
    expect(statuses).toEqual([401, 401, 429]);
    // Another client behind the same proxy has its own allowance.
    expect((await login(t, { 'x-forwarded-for': '198.51.100.21' }, '127.0.0.1', 'not-the-password')).statusCode).toBe(401);
  });
});

describe('TRUST_PROXY=10.0.0.0/8,127.0.0.1: the proxies named by address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { TRUST_PROXY: '10.0.0.0/8,127.0.0.1', LOGIN_RATE_PER_MINUTE: '1000' } });
  });
  afterAll(() => t.close());

  it('addresses added by listed proxies are skipped; the first one that is not a proxy is the client', async () => {
    const res = await login(t, { 'x-forwarded-for': '6.6.6.6, 198.51.100.4, 10.9.9.9' }, '10.1.2.3');
    expect(await sessionAddress(t, res)).toBe('198.51.100.4');
  });

  it('a request straight from an address that is not listed is taken at its word only for its own address', async () => {
    const res = await login(t, { 'x-forwarded-for': '198.51.100.4', 'x-forwarded-proto': 'https' }, '192.0.2.50');
    expect(await sessionAddress(t, res)).toBe('192.0.2.50');
    expect(res.cookies.find((c) => c.name === 'bulwark_session')!.secure).toBeFalsy();
  });
});

describe('the TRUST_PROXY setting', () => {
  const trustProxy = (value?: string) => loadConfig(value === undefined ? {} : { TRUST_PROXY: value }).trustProxy;

  it.each([
    [undefined, false],
    ['false', false],
    ['0', false],
    ['1', 1],
    ['2', 2],
    ['10.0.0.0/8,127.0.0.1', ['10.0.0.0/8', '127.0.0.1']],
    [' 172.16.0.0/12 , fd00::/8, loopback ', ['172.16.0.0/12', 'fd00::/8', 'loopback']],
  ])('%s means %j', (value, expected) => {
    expect(trustProxy(value)).toEqual(expected);
  });

  it.each(['true', 'yes'])('%s is refused, with the reason and what to set instead', (value) => {
    expect(() => trustProxy(value)).toThrow(ConfigError);
    expect(() => trustProxy(value)).toThrow(/TRUST_PROXY: 'true' is not accepted: it would believe whatever address a client writes first.*TRUST_PROXY=1.*TRUST_PROXY=10\.0\.0\.0\/8/);
  });

  it.each(['proxy.example', '10.0.0.0/33', '10.0.0.0/8/1', '-1'])('%s is refused as not an address or range', (value) => {
    expect(() => trustProxy(value)).toThrow(/TRUST_PROXY: give a number of proxies, or proxy addresses/);
  });
});

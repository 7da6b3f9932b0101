// Single sign-on reaches identity providers at public addresses only (unless an installation allows
// private ones): an administrator's "issuer" must not make Bulwark probe its own network. Every
// refusal gets the same words as a closed port or a page that is not a discovery document, and
// nothing is fetched from a refused address: connections to the local servers here are counted.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkIssuer, UNREACHABLE_ISSUER } from '../../src/modules/sso/oidc-client.js';
import type { ProviderFetchOptions } from '../../src/modules/sso/provider-fetch.js';
import { ValidationFailed } from '../../src/platform/errors.js';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';
import { PROVIDER_ON_THIS_MACHINE } from '../support/identity-provider.js';
import { serverWithLog } from '../support/log-capture.js';

interface CountingServer {
  port: number;
  /** TCP connections accepted: a refused address must get none. */
  connections: number;
  requests: string[];
  close(): Promise<void>;
}

type Answer = (request: http.IncomingMessage, response: http.ServerResponse, server: CountingServer) => void;

async function countingServer(host: string, port: number, answer: Answer): Promise<CountingServer> {
  const server = http.createServer();
  const counted: CountingServer = { port, connections: 0, requests: [], close: () => new Promise((resolve) => server.close(() => resolve())) };
  server.on('connection', () => counted.connections++);
  server.on('request', (request, response) => {
    counted.requests.push(request.url ?? '');
    answer(request, response, counted);
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  counted.port = (server.address() as AddressInfo).port;
  return counted;
}

/** A discovery document for the issuer the request was addressed to. */
const discoveryDocument: Answer = (request, response) => {
  const issuer = `http://${request.headers.host}`;
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(
    JSON.stringify({
      issuer,
      authorization_endpoint: `${issuer}/authorize`,
      token_endpoint: `${issuer}/token`,
      jwks_uri: `${issuer}/jwks`,
      response_types_supported: ['code'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['RS256'],
    }),
  );
};

async function refusal(attempt: Promise<void>): Promise<string> {
  const error = await attempt.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationFailed);
  return (error as ValidationFailed).errors[0]!.message;
}

describe('issuers at addresses that are not public, through the API', () => {
  let t: TestApp;
  let allowing: TestApp;
  let admin: Client, allowingAdmin: Client;
  let acute: string, allowingAcute: string;
  let target: CountingServer;
  let notDiscovery: CountingServer;

  beforeAll(async () => {
    // Listening on every address, so 127.0.0.1, ::1 and localhost all reach it if anything tries.
    target = await countingServer('::', 0, discoveryDocument);
    notDiscovery = await countingServer('127.0.0.1', 0, (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<!doctype html><title>Printer status</title>');
    });
    t = await createTestApp();
    allowing = await createTestApp({ env: { ...PROVIDER_ON_THIS_MACHINE } });
    acute = await orgId(t.app, 'RZZ');
    allowingAcute = await orgId(allowing.app, 'RZZ');
    admin = await signIn(t.server, 'orgadmin@northshire-acute.example');
    allowingAdmin = await signIn(allowing.server, 'orgadmin@northshire-acute.example');
  });
  afterAll(async () => {
    await Promise.all([t?.close(), allowing?.close(), target?.close(), notDiscovery?.close()]);
  });

  const connect = (client: Client, issuer: string) =>
    client.post(`/api/v1/orgs/${client === admin ? acute : allowingAcute}/sso-connections`, { name: 'Probe', issuer, clientId: 'bulwark', allowedDomains: ['northshire-acute.example'] });

  it.each([
    ['loopback', (port: number) => `http://127.0.0.1:${port}`],
    ['a name that resolves to loopback', (port: number) => `http://localhost:${port}`],
    ['IPv6 loopback', (port: number) => `http://[::1]:${port}`],
    ['loopback over https', (port: number) => `https://127.0.0.1:${port}`],
    ['loopback written as an IPv4-mapped IPv6 address', (port: number) => `https://[::ffff:127.0.0.1]:${port}`],
    ['the unspecified address', (port: number) => `https://0.0.0.0:${port}`],
    ['a private network', () => 'https://10.0.0.1'],
    ['the cloud metadata service (link-local)', () => 'https://169.254.169.254/latest'],
    ['carrier-grade NAT', () => 'https://100.64.0.1'],
    ['an IPv6 unique local address', () => 'https://[fd00::1]'],
    ['an IPv6 link-local address', () => 'https://[fe80::1]'],
  ])('%s is refused with the neutral answer, and nothing is fetched', async (_, issuer) => {
    const before = target.connections;
    const res = await connect(admin, issuer(target.port));
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([{ field: 'issuer', message: UNREACHABLE_ISSUER }]);
    expect(target.connections).toBe(before);
    expect(await t.app.db.selectFrom('sso_connections').select('id').execute()).toEqual([]);
  });

  it('a closed port and a page that is not a discovery document get exactly the same words as a refused address', async () => {
    const refused = (await connect(admin, `http://127.0.0.1:${target.port}`)).json().errors;
    const closed = (await connect(allowingAdmin, 'http://127.0.0.1:1')).json().errors;
    const notADocument = (await connect(allowingAdmin, `http://127.0.0.1:${notDiscovery.port}`)).json().errors;
    expect(notDiscovery.requests).toEqual(['/.well-known/openid-configuration']);
    expect(closed).toEqual(refused);
    expect(notADocument).toEqual(refused);
  });

  it('the reason for a refusal is written to the log at debug level, not told to the person', async () => {
    const { server: logged, lines } = await serverWithLog(t.app, 'debug');
    const res = await logged.inject({
      method: 'POST',
      url: `/api/v1/orgs/${acute}/sso-connections`,
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken },
      payload: { name: 'Probe', issuer: 'https://169.254.169.254', clientId: 'bulwark', allowedDomains: ['northshire-acute.example'] },
    });
    await logged.close();
    expect(res.statusCode).toBe(422);
    expect(res.body).not.toContain('169.254.169.254 ');
    expect(res.body).not.toMatch(/not a public address/);
    const entry = lines.map((line) => JSON.parse(line) as { level: number; detail?: string }).find((line) => line.detail);
    expect(entry).toMatchObject({ level: 20, detail: expect.stringMatching(/169\.254\.169\.254, which is not a public address/) });
  });

  it('with BULWARK_SSO_ALLOW_PRIVATE_ISSUERS=true the same loopback provider is reached and saved', async () => {
    const res = await connect(allowingAdmin, `http://127.0.0.1:${target.port}`);
    expect(res.statusCode, res.body).toBe(201);
    expect(target.requests).toContain('/.well-known/openid-configuration');
  });
});

// No public address can be reached from a test, so 127.0.0.2 stands in for the internet: the checks
// below are told it is public, and every other address keeps the real rule's answer (not public).
describe('names, redirects and pinned connections', () => {
  const STAND_IN_PUBLIC = '127.0.0.2';
  const PRIVATE = '127.0.0.3';
  const publicStandIn = (address: string) => address === STAND_IN_PUBLIC;
  let provider: CountingServer;
  let internal: CountingServer;
  let elsewhere: CountingServer;

  // "localhost" keeps plain http allowed (as for any provider on this machine); this resolver says it is at the stand-in.
  const atStandIn = async () => [{ address: STAND_IN_PUBLIC, family: 4 }];
  const check = (issuer: string, options: Partial<ProviderFetchOptions> = {}) =>
    checkIssuer({ issuer, clientId: 'bulwark', clientSecret: null, allowPrivateAddresses: false }, { isPublic: publicStandIn, resolve: atStandIn, ...options });

  beforeAll(async () => {
    provider = await countingServer(STAND_IN_PUBLIC, 0, (request, response, self) => {
      const hops = /^\/hop\/(\d+)/.exec(request.url ?? '');
      if (request.url?.startsWith('/to-private')) {
        response.writeHead(302, { location: `http://${PRIVATE}:${internal.port}/.well-known/openid-configuration` });
        return response.end();
      }
      if (hops) {
        response.writeHead(302, { location: `http://localhost:${self.port}/hop/${Number(hops[1]) + 1}/x` });
        return response.end();
      }
      if (request.url === '/moved/.well-known/openid-configuration') {
        response.writeHead(301, { location: '/.well-known/openid-configuration' });
        return response.end();
      }
      return discoveryDocument(request, response, self);
    });
    internal = await countingServer(PRIVATE, 0, discoveryDocument);
    // The same port on the address an unpinned second lookup of "localhost" would give.
    elsewhere = await countingServer('127.0.0.1', provider.port, discoveryDocument);
  });
  afterAll(async () => {
    await Promise.all([provider?.close(), internal?.close(), elsewhere?.close()]);
  });

  it('a redirect to a private address is refused with the neutral answer, and nothing is fetched there', async () => {
    const message = await refusal(check(`http://localhost:${provider.port}/to-private`));
    expect(message).toBe(UNREACHABLE_ISSUER);
    expect(provider.requests).toContain('/to-private/.well-known/openid-configuration');
    expect(internal.connections).toBe(0);
  });

  it('a name is refused when any one of its addresses is not public, and neither address is fetched', async () => {
    const before = provider.connections;
    const resolve = async () => [
      { address: STAND_IN_PUBLIC, family: 4 },
      { address: PRIVATE, family: 4 },
    ];
    expect(await refusal(check(`http://localhost:${provider.port}`, { resolve }))).toBe(UNREACHABLE_ISSUER);
    expect(provider.connections).toBe(before);
    expect(internal.connections).toBe(0);
  });

  it('the connection goes to the address that was checked, not to whatever a second lookup would say', async () => {
    const lookups: string[] = [];
    const resolve = async (hostname: string) => {
      lookups.push(hostname);
      return [{ address: STAND_IN_PUBLIC, family: 4 }];
    };
    const before = provider.requests.length;
    // The system resolver would say 127.0.0.1 for localhost, where `elsewhere` listens on the same port.
    await expect(check(`http://localhost:${provider.port}`, { resolve })).resolves.toBeUndefined();
    expect(lookups).toEqual(['localhost']);
    expect(provider.requests.length).toBe(before + 1);
    expect(elsewhere.connections).toBe(0);
  });

  it('a redirect within public addresses is followed', async () => {
    const attempt = check(`http://localhost:${provider.port}/moved`);
    const message = await refusal(attempt);
    expect(provider.requests).toEqual(expect.arrayContaining(['/moved/.well-known/openid-configuration', '/.well-known/openid-configuration']));
    // Fetched after the redirect; refused only because it names another issuer, which is said plainly.
    expect(message).toMatch(/names a different issuer/);
  });

  it('more than three redirects are not followed', async () => {
    const before = provider.requests.length;
    expect(await refusal(check(`http://localhost:${provider.port}/hop/0`))).toBe(UNREACHABLE_ISSUER);
    expect(provider.requests.length - before).toBe(4);
  });
});

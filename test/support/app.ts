// A real Bulwark for a test: real database (SQLite file or PostgreSQL), real HTTP layer through
// Fastify's inject, demo data on request, and clients that sign in like a browser does.
import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { loadDemo } from '../../src/modules/demo/service.js';
import { totpCodeAt } from '../../src/modules/mfa/domain/totp.js';
import { openApp, type OpenedApp } from '../../src/app/bootstrap.js';
import { type Config, loadConfig } from '../../src/platform/config.js';
import { buildServer, type Server } from '../../src/app/server.js';
import type { DatabaseTarget } from '../../src/platform/db/database.js';
import { createTestDatabase, type TestEngine } from './database.js';

export const DEMO_PASSWORD = 'demo-password-for-tests-only';
/** A fresh key per test run, so no key is ever written down. */
export const TEST_SECRET_KEY = randomBytes(32).toString('base64');

export interface TestApp {
  app: OpenedApp;
  server: Server;
  /** Where the database is, for a second process (the CLI) to open. */
  target: DatabaseTarget;
  close(): Promise<void>;
}

export interface TestAppOptions {
  engine?: TestEngine;
  demo?: boolean;
  /** Also load the demo trust's assessments, evidence and review (slower; off unless a test needs them). */
  demoAssessments?: boolean;
  /** Also load the demo trust's two years of incidents (off unless a test needs them). */
  demoIncidents?: boolean;
  /** Also load the demo trust's exercises (off unless a test needs them). */
  demoExercises?: boolean;
  /** Also import the demo trust's 90 days of alerts (off unless a test needs them). */
  demoAlerts?: boolean;
  /** Also load the demo trust's information asset register and suppliers (off unless a test needs them). */
  demoRegister?: boolean;
  /** Load the demo trust's vulnerability scans. */
  demoVulnerabilities?: boolean;
  env?: Record<string, string>;
  webRoot?: string;
}

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ LOG_LEVEL: 'silent', BULWARK_DEMO_PASSWORD: DEMO_PASSWORD, BULWARK_DATA_DIR: '/nonexistent', BULWARK_SECRET_KEY: TEST_SECRET_KEY, ...env });
}

export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase(options.engine);
  const app = await openApp(testConfig(options.env), database.target);
  if (options.demo !== false) await loadDemo(app, new Date(), { assessments: options.demoAssessments === true, incidents: options.demoIncidents === true, exercises: options.demoExercises === true, alerts: options.demoAlerts === true, register: options.demoRegister === true, vulnerabilities: options.demoVulnerabilities === true });
  const server = await buildServer(app, { logger: false, ...(options.webRoot ? { webRoot: options.webRoot } : {}) });
  await server.ready();
  return {
    app,
    server,
    target: database.target,
    close: async () => {
      await server.close();
      await app.close();
      await database.drop();
    },
  };
}

/** A signed-in person talking to the API as the web app does: session cookie plus CSRF header. */
export class Client {
  constructor(
    readonly server: Server,
    readonly cookie: string,
    readonly csrfToken: string,
    readonly userId: string,
  ) {}

  request(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.server.inject({
      method,
      url,
      headers: { cookie: this.cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': this.csrfToken }), ...headers },
      ...(body === undefined ? {} : { payload: body as object }),
    });
  }
  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, body?: unknown) {
    return this.request('POST', url, body);
  }
  put(url: string, body?: unknown) {
    return this.request('PUT', url, body);
  }
  patch(url: string, body?: unknown) {
    return this.request('PATCH', url, body);
  }
  delete(url: string) {
    return this.request('DELETE', url);
  }
}

export interface FirstFactor {
  client: Client;
  stage: 'complete' | 'second-factor' | 'enrolment';
  methods: string[];
}

/** Signs in with the password only, leaving the session in whatever stage the server puts it. */
export async function signInWithPassword(server: Server, email: string, password = DEMO_PASSWORD): Promise<FirstFactor> {
  const res = await server.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in as ${email} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'bulwark_session');
  if (!cookie) throw new Error('no session cookie');
  const body = res.json<{ csrfToken: string; user: { id: string }; stage: FirstFactor['stage']; methods: string[] }>();
  return { client: new Client(server, `bulwark_session=${cookie.value}`, body.csrfToken, body.user.id), stage: body.stage, methods: body.methods };
}

/** Second factors enrolled by signIn, per server and person: the TOTP secret and unused recovery codes. */
const enrolled = new WeakMap<Server, Map<string, { secret: string; recoveryCodes: string[] }>>();

export function enrolledFactors(server: Server, email: string) {
  return enrolled.get(server)?.get(email);
}

/**
 * Signs in as a person would, all the way: people whose roles require a second factor enrol an
 * authenticator app on their first sign-in (through the API, with a real code) and give a recovery
 * code on later ones, so tests of other features run against real, complete sessions.
 */
export async function signIn(server: Server, email: string, password = DEMO_PASSWORD): Promise<Client> {
  const { client: firstFactor, stage } = await signInWithPassword(server, email, password);
  let client = firstFactor;
  const byEmail = enrolled.get(server) ?? new Map<string, { secret: string; recoveryCodes: string[] }>();
  enrolled.set(server, byEmail);
  if (stage === 'enrolment') {
    const setup = await expectOk(client.post('/api/v1/me/mfa/totp/setup'), 'TOTP set-up');
    const { secret } = setup.json<{ secret: string }>();
    const confirmed = await expectOk(client.post('/api/v1/me/mfa/totp/confirm', { code: totpCodeAt(secret, new Date()) }), 'TOTP confirmation');
    byEmail.set(email, { secret, recoveryCodes: confirmed.json<{ recoveryCodes: string[] }>().recoveryCodes });
    client = renewedClient(client, confirmed);
  } else if (stage === 'second-factor') {
    const factors = byEmail.get(email);
    if (!factors) throw new Error(`${email} has a second factor this test run did not enrol`);
    client = renewedClient(client, await expectOk(client.post('/api/v1/auth/second-factor/recovery-code', { code: factors.recoveryCodes.shift() }), 'recovery code'));
    if (factors.recoveryCodes.length < 3) {
      const fresh = await expectOk(client.post('/api/v1/me/mfa/recovery-codes'), 'new recovery codes');
      factors.recoveryCodes = fresh.json<{ recoveryCodes: string[] }>().recoveryCodes;
    }
  }
  return client;
}

/**
 * Adding a person to an organisation is an invitation: this signs in as them and accepts every
 * invitation waiting for them, returning the ids of the organisations joined.
 */
export async function acceptInvitations(server: Server, email: string, password = DEMO_PASSWORD): Promise<string[]> {
  const client = await signIn(server, email, password);
  const { invitations } = (await expectOk(client.get('/api/v1/me/invitations'), 'listing invitations')).json<{ invitations: { id: string; organisationId: string }[] }>();
  for (const invitation of invitations) await expectOk(client.post(`/api/v1/me/invitations/${invitation.id}/accept`), 'accepting an invitation');
  return invitations.map((i) => i.organisationId);
}

/**
 * Giving or enrolling a second factor renews the session (a new cookie and CSRF token; the old ones stop
 * working): the client to carry on with.
 */
export function renewedClient(client: Client, response: LightMyRequestResponse): Client {
  const cookie = response.cookies.find((c) => c.name === 'bulwark_session');
  if (!cookie) return client;
  return new Client(client.server, `bulwark_session=${cookie.value}`, response.json<{ csrfToken: string }>().csrfToken, client.userId);
}

async function expectOk(response: Promise<LightMyRequestResponse>, what: string): Promise<LightMyRequestResponse> {
  const res = await response;
  if (res.statusCode >= 300) throw new Error(`${what} failed: ${res.statusCode} ${res.body}`);
  return res;
}

/** The id of a demo organisation by its ODS code (or 'ics' for the ICS, which has none). */
export async function orgId(app: OpenedApp, odsOrIcs: string): Promise<string> {
  const q = app.db.selectFrom('organisations').select('id');
  const row = await (odsOrIcs === 'ics' ? q.where('type', '=', 'ics') : q.where('ods_code', '=', odsOrIcs)).executeTakeFirstOrThrow();
  return row.id;
}

// A real Bulwark for a test: real database (SQLite file or PostgreSQL), real HTTP layer through
// Fastify's inject, demo data on request, and clients that sign in like a browser does.
import type { LightMyRequestResponse } from 'fastify';
import { loadDemo } from '../../src/modules/demo/service.js';
import { openApp, type OpenedApp } from '../../src/platform/bootstrap.js';
import { type Config, loadConfig } from '../../src/platform/config.js';
import { buildServer, type Server } from '../../src/platform/http/server.js';
import { createTestDatabase, type TestEngine } from './database.js';

export const DEMO_PASSWORD = 'demo-password-for-tests-only';

export interface TestApp {
  app: OpenedApp;
  server: Server;
  close(): Promise<void>;
}

export interface TestAppOptions {
  engine?: TestEngine;
  demo?: boolean;
  env?: Record<string, string>;
  webRoot?: string;
}

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ LOG_LEVEL: 'silent', BULWARK_DEMO_PASSWORD: DEMO_PASSWORD, BULWARK_DATA_DIR: '/nonexistent', ...env });
}

export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase(options.engine);
  const app = await openApp(testConfig(options.env), database.target);
  if (options.demo !== false) await loadDemo(app);
  const server = await buildServer(app, { logger: false, ...(options.webRoot ? { webRoot: options.webRoot } : {}) });
  await server.ready();
  return {
    app,
    server,
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
    private readonly server: Server,
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

export async function signIn(server: Server, email: string, password = DEMO_PASSWORD): Promise<Client> {
  const res = await server.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in as ${email} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'bulwark_session');
  if (!cookie) throw new Error('no session cookie');
  const body = res.json<{ csrfToken: string; user: { id: string } }>();
  return new Client(server, `bulwark_session=${cookie.value}`, body.csrfToken, body.user.id);
}

/** The id of a demo organisation by its ODS code (or 'ics' for the ICS, which has none). */
export async function orgId(app: OpenedApp, odsOrIcs: string): Promise<string> {
  const q = app.db.selectFrom('organisations').select('id');
  const row = await (odsOrIcs === 'ics' ? q.where('type', '=', 'ics') : q.where('ods_code', '=', odsOrIcs)).executeTakeFirstOrThrow();
  return row.id;
}

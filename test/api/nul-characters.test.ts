// The NUL character is refused everywhere, in one place: every route the server has answers 400 for
// one in its address and 422 (naming the field) for one in its body, on both engines. PostgreSQL
// cannot store it in text, so before this guard such requests ended in 500s; SQLite stored it.
import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteRecord } from '../../src/app/server.js';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';

let t: TestApp;
let acute: string;
let admin: Client;
let auditor: Client;
let orgAdmin: Client;
let dpo: Client;
let scimToken: string;

beforeAll(async () => {
  t = await createTestApp({ env: { LOGIN_RATE_PER_MINUTE: '10000' } });
  acute = await orgId(t.app, 'RZZ');
  admin = await signIn(t.server, 'admin@northshire-ics.example');
  orgAdmin = await signIn(t.server, 'orgadmin@northshire-acute.example');
  auditor = await signIn(t.server, 'auditor@northshire-acute.example');
  dpo = await signIn(t.server, 'dpo@northshire-acute.example');
  const made = await orgAdmin.post(`/api/v1/orgs/${acute}/tokens`, { name: 'Directory', kind: 'scim' });
  expect(made.statusCode, made.body).toBe(201);
  scimToken = made.json<{ token: string }>().token;
});
afterAll(() => t.close());

/** Every route once (HEAD is GET's twin), as METHOD URL. */
function routes(): RouteRecord[] {
  return t.server.routeRecords.filter((r) => r.method !== 'HEAD');
}

/** The route's address with each parameter given `value` (organisation ids the real one when asked). */
function addressOf(route: RouteRecord, value: (name: string) => string): string {
  return route.url.replace(/:([A-Za-z]+)/g, (_, name: string) => value(name)).replace(/\*$/, value('*'));
}

/** Sends as the person (or SCIM directory) who may call the route, so the guard, not access control, answers. */
function send(route: RouteRecord, url: string, body?: unknown): Promise<LightMyRequestResponse> {
  const scim = url.startsWith('/scim/');
  // The system administrator may not do everything: the incident register, exercises, the alert history, the cyber alerts register, the evidence library, the information asset register, its data flows, DPIAs, the actions made from its flags, the record of processing, directory accounts, training, access reviews, remediation deadlines and the end-of-support table are the trust's own, the DPO gives the DPO's advice, and the independent review is its auditor's.
  const trustOwn = /\/incident|\/alert-|\/cyber-alerts|\/evidence|\/exercise|\/assets|\/suppliers|\/data-flows|\/dpias|\/register-actions|\/ropa|\/directory|\/training|\/reviews|\/remediation-deadlines|\/end-of-support/.test(route.url);
  const person = route.url.endsWith('/dpias/:id/advice') ? dpo : trustOwn ? orgAdmin : /\/review(?!s)/.test(route.url) ? auditor : admin;
  const credentials: Record<string, string> = scim
    ? { authorization: `Bearer ${scimToken}` }
    : { cookie: person.cookie, ...(route.method === 'GET' ? {} : { 'x-csrf-token': person.csrfToken }) };
  return t.server.inject({
    method: route.method as 'GET',
    url,
    headers: { ...credentials, ...(body === undefined ? {} : { 'content-type': scim ? 'application/scim+json' : 'application/json' }) },
    ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
  });
}

/** How many rows each table holds, to show that a refused request changed nothing. */
async function rowCounts(): Promise<Record<string, number>> {
  const tables = (await t.app.db.introspection.getTables()).map((table) => table.name).filter((name) => !name.startsWith('kysely_'));
  const counts: Record<string, number> = {};
  for (const name of tables.sort()) {
    const row = await t.app.db
      .selectFrom(name as 'users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    counts[name] = Number(row.n);
  }
  return counts;
}

describe('the NUL character', () => {
  it('in any route’s address is refused with 400, signed in or not, and nothing is stored', async () => {
    const before = await rowCounts();
    const answers: string[] = [];
    for (const route of routes()) {
      const withParams = /[:*]/.test(route.url);
      const url = addressOf(route, (name) => (name === '*' ? 'page%00' : `x%00${name}`)) + (withParams ? '' : '?q=%00');
      const signedIn = await send(route, url);
      const anonymous = await t.server.inject({ method: route.method as 'GET', url });
      answers.push(`${route.method} ${route.url} ${signedIn.statusCode} ${anonymous.statusCode}`);
    }
    expect(answers).toEqual(routes().map((r) => `${r.method} ${r.url} 400 400`));
    expect(await rowCounts()).toEqual(before);
  });

  it('nested anywhere in a body is refused with 422 naming the field, on every route that takes a body, and nothing is stored', async () => {
    const before = await rowCounts();
    const answers: string[] = [];
    const writes = routes().filter((r) => r.method !== 'GET');
    for (const route of writes) {
      const url = addressOf(route, (name) => (name === 'orgId' ? acute : randomUUID()));
      const res = await send(route, url, { name: 'Ward 7', nested: { list: ['fine', 'bad\u0000value'] } });
      const problem = res.json<{ errors?: Array<{ field: string }>; status?: number | string }>();
      answers.push(`${route.method} ${route.url} ${res.statusCode} ${problem.errors?.[0]?.field ?? (url.startsWith('/scim/') ? 'scim' : '-')}`);
    }
    expect(answers).toEqual(writes.map((r) => `${r.method} ${r.url} ${r.url.startsWith('/scim/') ? '400 scim' : '422 nested.list.1'}`));
    expect(await rowCounts()).toEqual(before);
  });

  it('in a key of the body is refused too', async () => {
    const res = await admin.post(`/api/v1/orgs/${acute}/children`, { name: 'Site', type: 'site', ['ty\u0000pe']: 'x' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ errors: [{ field: 'ty\u0000pe', message: expect.stringMatching(/NUL character/) }] });
  });

  it('sent anonymously in a body is not looked at before access control refuses', async () => {
    const res = await t.server.inject({ method: 'POST', url: `/api/v1/orgs/${acute}/children`, payload: { name: 'a\u0000b' } });
    expect(res.statusCode).toBe(401);
  });
});

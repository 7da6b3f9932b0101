// Who may call a route is settled before its body is read: someone not signed in, or not allowed,
// hears 401, 403 or 404, never a 422 that lists what the route accepts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';

let t: TestApp;
let acute: string;
let staff: Client, otherTrustAdmin: Client, orgAdmin: Client;

beforeAll(async () => {
  t = await createTestApp();
  acute = await orgId(t.app, 'RZZ');
  [staff, otherTrustAdmin, orgAdmin] = await Promise.all([
    signIn(t.server, 'staff@northshire-acute.example'),
    signIn(t.server, 'orgadmin@northshire-mh.example'),
    signIn(t.server, 'orgadmin@northshire-acute.example'),
  ]);
});
afterAll(() => t.close());

const INVALID_MEMBER = { email: 'not an email', roles: 'everything' };

/** A problem document that names no field and says nothing about what the body should hold. */
function expectNothingAboutTheBody(body: string) {
  const problem = JSON.parse(body) as Record<string, unknown>;
  expect(problem).not.toHaveProperty('errors');
  expect(problem.status).not.toBe(422);
  // The words of a validation problem ("The body has 2 values to correct: name: …").
  expect(String(problem.detail)).not.toMatch(/to correct|body has|invalid input|expected/i);
}

describe('access control comes before validation', () => {
  it('an anonymous write with an invalid body to any protected route is told to sign in, and nothing about the body', async () => {
    const writes = t.server.routeRecords.filter((r) => r.policy && 'action' in r.policy && ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method));
    expect(writes.length).toBeGreaterThan(20);
    const answers: string[] = [];
    for (const route of writes) {
      const url = route.url.replace(/:([A-Za-z]+)/g, (_, name: string) => (name === 'orgId' ? acute : 'some-id'));
      const res = await t.server.inject({ method: route.method as 'POST', url, payload: { bogus: 1, name: 42, email: [] } });
      answers.push(`${route.method} ${route.url} ${res.statusCode}`);
      expectNothingAboutTheBody(res.body);
    }
    expect(answers).toEqual(writes.map((r) => `${r.method} ${r.url} 401`));
  });

  it('a body that is not even JSON gets 401, not 400, when nobody is signed in', async () => {
    const res = await t.server.inject({ method: 'POST', url: `/api/v1/orgs/${acute}/members`, headers: { 'content-type': 'application/json' }, payload: '{"email": ' });
    expect(res.statusCode).toBe(401);
    expectNothingAboutTheBody(res.body);
  });

  it('a signed-in person without the permission gets 403, not the field details', async () => {
    const res = await staff.post(`/api/v1/orgs/${acute}/members`, INVALID_MEMBER);
    expect(res.statusCode).toBe(403);
    expectNothingAboutTheBody(res.body);
  });

  it('another trust’s administrator gets 404, as if the organisation did not exist', async () => {
    const res = await otherTrustAdmin.post(`/api/v1/orgs/${acute}/members`, INVALID_MEMBER);
    expect(res.statusCode).toBe(404);
    expectNothingAboutTheBody(res.body);
  });

  it('a write without the session’s CSRF token is refused before its body is looked at', async () => {
    const res = await t.server.inject({ method: 'POST', url: `/api/v1/orgs/${acute}/members`, headers: { cookie: orgAdmin.cookie }, payload: INVALID_MEMBER });
    expect(res.statusCode).toBe(403);
    expectNothingAboutTheBody(res.body);
  });

  it('someone allowed to make the change is told which values to correct', async () => {
    const res = await orgAdmin.post(`/api/v1/orgs/${acute}/members`, INVALID_MEMBER);
    expect(res.statusCode).toBe(422);
    expect(res.json<{ errors: Array<{ field: string }> }>().errors.map((e) => e.field)).toEqual(expect.arrayContaining(['name', 'roles']));
  });
});

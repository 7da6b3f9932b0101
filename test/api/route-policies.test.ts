// Every route must say who may call it: this test fails when one does not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyFor } from '../../src/platform/policy/policy.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ demo: false });
});
afterAll(() => t.close());

describe('route policies', () => {
  it('the server has routes to check', () => {
    expect(t.server.routeRecords.length).toBeGreaterThan(15);
  });

  it('every route declares a public reason or an action that has a rule', () => {
    const missing = t.server.routeRecords.filter((r) => {
      const p = r.policy;
      if (!p) return true;
      if ('public' in p) return p.public.trim().length < 10;
      return policyFor(p.action) === undefined;
    });
    expect(missing.map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });

  it('every organisational action is on a route that names the organisation', () => {
    const wrong = t.server.routeRecords.filter((r) => r.policy && 'action' in r.policy && policyFor(r.policy.action)?.inOrg && !r.url.includes(':orgId'));
    expect(wrong.map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });

  it('only sign-in and its links, health, the API description, the deployment’s name and logo, and the web app files are public', () => {
    const publicRoutes = t.server.routeRecords.filter((r) => r.policy && 'public' in r.policy && r.method !== 'HEAD').map((r) => `${r.method} ${r.url}`);
    expect(publicRoutes.sort()).toEqual([
      'GET /*',
      'GET /api/openapi.json',
      'GET /api/v1/auth/options',
      'GET /api/v1/auth/sso/:connectionId/start',
      'GET /api/v1/auth/sso/callback',
      'GET /api/v1/identity',
      'GET /api/v1/identity/favicon',
      'GET /api/v1/identity/logo',
      'GET /healthz',
      'POST /api/v1/auth/invitations/accept',
      'POST /api/v1/auth/invitations/preview',
      'POST /api/v1/auth/login',
      'POST /api/v1/auth/passkey',
      'POST /api/v1/auth/passkey/options',
      'POST /api/v1/auth/password-reset',
      'POST /api/v1/auth/password-reset-requests',
      'POST /api/v1/auth/password-reset/preview',
      'POST /api/v1/auth/sso/discover',
    ]);
  });

  it('a route registered without a policy is refused at request time', async () => {
    const { buildServer } = await import('../../src/app/server.js');
    const server = await buildServer(t.app, { logger: false });
    server.get('/api/v1/unguarded', async () => ({ secret: true }));
    await server.ready();
    const res = await server.inject({ method: 'GET', url: '/api/v1/unguarded' });
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toMatch(/no access policy/);
    await server.close();
  });
});

// What every response carries: security headers, problem details, request ids, the health check
// and the OpenAPI document.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp } from '../support/app.js';

let t: TestApp;
let webRoot: string;

beforeAll(async () => {
  // A stand-in build of the web app, so these tests do not depend on running Vite.
  webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-web-'));
  fs.mkdirSync(path.join(webRoot, 'assets'));
  fs.writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>Bulwark</title><script type="module" src="/assets/app.js"></script>');
  fs.writeFileSync(path.join(webRoot, 'assets/app.js'), 'console.log(1)');
  t = await createTestApp({ webRoot });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(webRoot, { recursive: true, force: true });
});

const STRICT_CSP = "default-src 'self';script-src 'self';style-src 'self';img-src 'self' data:;font-src 'self';connect-src 'self';object-src 'none';frame-ancestors 'none';base-uri 'self';form-action 'self'";

// Written out here rather than imported, so that a change to the policy has to change this test too.

describe('HTTP surface', () => {
  it('pages carry a strict Content-Security-Policy with no inline script', async () => {
    const res = await t.server.inject({ method: 'GET', url: '/orgs/anything/people' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.headers['content-security-policy']).toBe(STRICT_CSP);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['permissions-policy']).toMatch(/camera=\(\)/);
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('API responses carry the same headers and a request id', async () => {
    const res = await t.server.inject({ method: 'GET', url: '/api/v1/me' });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-security-policy']).toBe(STRICT_CSP);
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('built assets are served with long caching; the page itself is not cached', async () => {
    const asset = await t.server.inject({ method: 'GET', url: '/assets/app.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toMatch(/immutable/);
    const page = await t.server.inject({ method: 'GET', url: '/' });
    expect(page.headers['cache-control']).toBe('no-cache');
  });

  it('paths outside the web app folder are not served', async () => {
    const res = await t.server.inject({ method: 'GET', url: '/..%2f..%2fetc%2fpasswd' });
    expect(res.body).not.toContain('root:');
  });

  it('an unknown API path is a 404 problem, not the web app', async () => {
    const res = await t.server.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 404, title: 'Not found' });
  });

  it('the health check says ok while the database answers', async () => {
    const res = await t.server.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('the OpenAPI document lists the API with its schemas', async () => {
    const res = await t.server.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/auth/login', '/api/v1/me', '/api/v1/orgs/{orgId}/members', '/api/v1/orgs/{orgId}/audit']));
    expect(doc.paths['/api/v1/orgs/{orgId}/members'].post.requestBody).toBeDefined();
    expect(Object.keys(doc.paths)).not.toContain('/*');
    expect(Object.keys(doc.paths['/api/v1/auth/logout'].post.responses)).toEqual(['204']);
  });

  it('a response never carries fields its schema does not name', async () => {
    const c = await signIn(t.server, 'orgadmin@northshire-acute.example');
    const me = await c.get('/api/v1/me');
    expect(me.body).not.toContain('password_hash');
    expect(me.body).not.toContain('argon2');
  });
});

describe('health check when the database is gone', () => {
  it('answers 503', async () => {
    const broken = await createTestApp({ demo: false });
    await broken.app.db.destroy();
    const res = await broken.server.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ status: 'unavailable' });
    await broken.server.close();
  });
});

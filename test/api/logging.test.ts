// Structured logs carry the request id and nothing secret or personal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from '../../src/app/server.js';
import { createTestApp, DEMO_PASSWORD, orgId, type TestApp } from '../support/app.js';
import { serverWithLog } from '../support/log-capture.js';

let t: TestApp;
let server: Server;
let lines: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  ({ server, lines } = await serverWithLog(t.app));
});
afterAll(async () => {
  await server.close();
  await t.close();
});

describe('request logs', () => {
  it('are JSON with the request id, and hold no password, cookie, token or email from the query', async () => {
    const login = await server.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'auditor@northshire-acute.example', password: DEMO_PASSWORD },
    });
    const cookie = login.cookies.find((c) => c.name === 'bulwark_session')!.value;
    const csrf = login.json().csrfToken as string;
    const acute = await orgId(t.app, 'RZZ');
    const res = await server.inject({
      method: 'GET',
      url: `/api/v1/orgs/${acute}/audit?actor=someone.private@northshire-acute.example`,
      headers: { cookie: `bulwark_session=${cookie}`, 'x-csrf-token': csrf },
    });
    expect(res.statusCode).toBe(200);
    const withToken = await server.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: 'Bearer bwk_not-a-real-token' } });
    expect(withToken.statusCode).toBe(401);

    const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const forRequest = records.filter((r) => r.reqId === res.headers['x-request-id']);
    expect(forRequest.length).toBeGreaterThanOrEqual(2);
    expect(forRequest.some((r) => (r.req as { path?: string } | undefined)?.path === `/api/v1/orgs/${acute}/audit`)).toBe(true);

    const all = lines.join('\n');
    for (const secret of [DEMO_PASSWORD, cookie, csrf, 'someone.private', 'not-a-real-token']) expect(all).not.toContain(secret);
  });
});

// Sign-in rate limits are shared by every instance when Redis is configured.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';

const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
let a: TestApp, b: TestApp;

beforeAll(async () => {
  const env = { REDIS_URL: redisUrl, REDIS_KEY_PREFIX: `bulwark-test-${randomBytes(4).toString('hex')}:`, LOGIN_RATE_PER_MINUTE: '4' };
  a = await createTestApp({ demo: false, env });
  b = await createTestApp({ demo: false, env });
});
afterAll(async () => {
  await a.close();
  await b.close();
});

describe('sign-in rate limit across two instances', () => {
  it('attempts on one instance count on the other', async () => {
    const attempt = (t: TestApp) => t.server.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'x@example.nhs.uk', password: 'wrong-password-xx' } });
    const codes = [];
    for (const t of [a, b, a, b, a, b]) codes.push((await attempt(t)).statusCode);
    expect(codes).toEqual([401, 401, 401, 401, 429, 429]);
    const limited = await attempt(b);
    expect(limited.json()).toMatchObject({ status: 429, title: 'Too many attempts' });
    expect(limited.headers['retry-after']).toBeDefined();
  });
});

// "Forgotten your password?" through the API, with a real SMTP server in the test process: the same
// answer for every address, an email with a single-use link only for an active account with a
// password, limits per client address and per inbox that hold under parallel requests, requests from
// other sites refused, and a clear 404 on an installation that sends no email.
import type { AddressInfo } from 'node:net';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenId } from '../../src/modules/accounts/domain/credentials.js';
import { type Client, createTestApp, orgId, signIn, signInWithPassword, type TestApp } from '../support/app.js';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.js';

const PUBLIC_URL = 'https://bulwark.northshire.example';
const REQUESTS = '/api/v1/auth/password-reset-requests';
const emailSettings = (smtp: TestSmtpServer) => ({ SMTP_URL: smtp.url, SMTP_FROM: 'bulwark@northshire-ics.example', BULWARK_PUBLIC_URL: PUBLIC_URL });

describe('with email set up', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let admin: Client;
  let acute: string;
  const post = (url: string, payload: object, headers: Record<string, string> = {}) => t.server.inject({ method: 'POST', url, payload, headers });
  const userId = async (email: string) => (await t.app.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({ env: { ...emailSettings(smtp), LOGIN_RATE_PER_MINUTE: '500' } });
    acute = await orgId(t.app, 'RZZ');
    admin = await signIn(t.server, 'orgadmin@northshire-acute.example');
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('the sign-in pages are told that a reset link can be asked for by email', async () => {
    const options = await t.server.inject({ method: 'GET', url: '/api/v1/auth/options' });
    expect(options.json()).toEqual({ passwordResetByEmail: true });
  });

  it('a known address is emailed a link that resets the password once, and the request is in the person’s activity', async () => {
    const asked = await post(REQUESTS, { email: '  Staff@Northshire-Acute.example ' });
    expect(asked.statusCode).toBe(202);
    expect(asked.json().message).toMatch(/^If this email address belongs to an account/);

    const email = await smtp.waitForEmail('staff@northshire-acute.example');
    expect(email.envelope.to).toEqual(['staff@northshire-acute.example']);
    expect(email.subject).toBe('Choose a new Bulwark password');
    expect(email.text).toContain('Someone asked to reset the password of your Bulwark account from the sign-in page.');
    const link = new RegExp(`${PUBLIC_URL}/reset-password#([A-Za-z0-9_-]{43})`).exec(email.text)?.[0];
    expect(link).toBeDefined();
    expect(email.html).toContain(`<a href="${link}"`);
    const token = link!.split('#')[1]!;

    const preview = await post('/api/v1/auth/password-reset/preview', { token });
    expect(preview.statusCode).toBe(200);
    // Short-lived: an hour, not the day an administrator's link lasts.
    const lasts = new Date(preview.json().expiresAt).getTime() - Date.now();
    expect(lasts).toBeGreaterThan(55 * 60_000);
    expect(lasts).toBeLessThanOrEqual(60 * 60_000);
    expect((await post('/api/v1/auth/password-reset', { token, password: 'lichen-orchard-compass' })).statusCode).toBe(204);
    expect((await post('/api/v1/auth/password-reset', { token, password: 'lichen-orchard-compass-2' })).statusCode).toBe(409);
    expect((await signInWithPassword(t.server, 'staff@northshire-acute.example', 'lichen-orchard-compass')).stage).toBe('complete');

    const staffId = await userId('staff@northshire-acute.example');
    const activity = (await admin.get(`/api/v1/orgs/${acute}/members/${staffId}/activity`)).json<{ events: Array<{ action: string; actorLabel: string; after: unknown }> }>().events;
    const requested = activity.find((e) => e.action === 'auth.password-reset-requested');
    expect(requested).toMatchObject({ actorLabel: 'password reset request from the sign-in page', after: { expiresAt: preview.json().expiresAt } });
    const trail = await t.app.db.selectFrom('audit_events').select(['after_json', 'before_json']).execute();
    expect(JSON.stringify(trail)).not.toContain(token);
  });

  it('unknown, deactivated and single-sign-on-only addresses get the same answer, and no email', async () => {
    const iaoId = await userId('iao@northshire-acute.example');
    expect((await admin.post(`/api/v1/orgs/${acute}/members/${iaoId}/deactivate`)).statusCode).toBe(200);
    // An account without a password signs in through single sign-on only, as just-in-time accounts do.
    const analystId = await userId('analyst@northshire-acute.example');
    await t.app.db.updateTable('users').set({ password_hash: null }).where('id', '=', analystId).execute();

    const addresses = ['nobody.here@northshire-acute.example', 'iao@northshire-acute.example', 'analyst@northshire-acute.example', 'siro@northshire-acute.example'];
    const answers = await Promise.all(addresses.map((email) => post(REQUESTS, { email })));
    await t.app.email.settled();
    const shape = (res: LightMyRequestResponse) => ({ status: res.statusCode, body: res.body, headers: Object.keys(res.headers).filter((h) => !['date', 'x-request-id'].includes(h)).sort() });
    const [unknown, deactivated, ssoOnly, known] = answers.map(shape);
    expect(unknown).toEqual(known);
    expect(deactivated).toEqual(known);
    expect(ssoOnly).toEqual(known);

    expect(smtp.emailsTo('siro@northshire-acute.example')).toHaveLength(1);
    for (const quiet of addresses.slice(0, 3)) expect(smtp.emailsTo(quiet)).toEqual([]);
    const links = await t.app.db.selectFrom('account_links').select('user_id').where('user_id', 'in', [iaoId, analystId]).execute();
    expect(links).toEqual([]);
  });

  it('one inbox gets at most three emails an hour, however many requests arrive at once', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, (_, n) => post(REQUESTS, { email: n % 2 ? 'dpo@northshire-acute.example' : 'DPO@northshire-acute.example' })));
    expect(answers.map((a) => a.statusCode)).toEqual(Array(20).fill(202));
    await t.app.email.settled();
    expect(smtp.emailsTo('dpo@northshire-acute.example')).toHaveLength(3);
    // The latest link is the one that works; the earlier ones were withdrawn when it was made.
    const tokens = smtp.emailsTo('dpo@northshire-acute.example').map((m) => /#([A-Za-z0-9_-]{43})/.exec(m.text)![1]!);
    const states = await Promise.all(tokens.map(async (token) => (await post('/api/v1/auth/password-reset/preview', { token })).statusCode));
    expect(states.filter((s) => s === 200).length).toBeGreaterThanOrEqual(1);
    const stored = await t.app.db.selectFrom('account_links').select('token_hash').where('user_id', '=', await userId('dpo@northshire-acute.example')).execute();
    expect(stored.map((r) => r.token_hash).sort()).toEqual(tokens.map(tokenId).sort());
  });

  it('a request another site started is refused, and sends nothing', async () => {
    const fromElsewhere = await post(REQUESTS, { email: 'caldicott@northshire-acute.example' }, { origin: 'https://evil.example' });
    expect(fromElsewhere.statusCode).toBe(403);
    const crossSite = await post(REQUESTS, { email: 'caldicott@northshire-acute.example' }, { 'sec-fetch-site': 'cross-site' });
    expect(crossSite.statusCode).toBe(403);
    await t.app.email.settled();
    expect(smtp.emailsTo('caldicott@northshire-acute.example')).toEqual([]);
  });

  it('an address that is not one gets a specific error', async () => {
    for (const email of ['not-an-email', 'a,b@northshire-acute.example', 'x@northshire-acute.example\r\nBcc: y@attacker.example']) {
      const res = await post(REQUESTS, { email });
      expect(res.statusCode).toBe(422);
      expect(res.json().errors).toEqual([{ field: 'email', message: 'Enter an email address in the right format, like name@example.nhs.uk' }]);
    }
  });
});

describe('the limit per client address', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({ demo: false, env: { ...emailSettings(smtp), LOGIN_RATE_PER_MINUTE: '5' } });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('holds under 20 parallel requests, as for signing in', async () => {
    // Over real HTTP: each request arrives on its own, as in production.
    await t.server.listen({ host: '127.0.0.1', port: 0 });
    const { port } = t.server.server.address() as AddressInfo;
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        fetch(`http://127.0.0.1:${port}${REQUESTS}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: `person${n}@northshire-acute.example` }) }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 202)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
    const refused = answers.find((a) => a.status === 429)!;
    expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(((await refused.json()) as { detail: string }).detail).toMatch(/Too many requests from this address/);
  });
});

describe('without email set up', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ demo: false });
  });
  afterAll(() => t?.close());

  it('the sign-in pages are told there is no reset by email, and a request says why it cannot be done', async () => {
    expect((await t.server.inject({ method: 'GET', url: '/api/v1/auth/options' })).json()).toEqual({ passwordResetByEmail: false });
    const res = await t.server.inject({ method: 'POST', url: REQUESTS, payload: { email: 'someone@northshire-acute.example' } });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json().detail).toBe(
      'Resetting your own password by email is not available here, because it has no email set up. Ask an administrator of your organisation for a password reset link.',
    );
    expect(await t.app.db.selectFrom('account_links').selectAll().execute()).toEqual([]);
  });
});

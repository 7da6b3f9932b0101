// Passkeys through the real HTTP layer and database, answered by a software authenticator: adding
// one, giving it as the second factor, signing in with it alone, and the refusals that keep it safe
// (used challenges, another origin, a cloned key, removing the last factor).
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, DEMO_PASSWORD, renewedClient, signIn, signInWithPassword, type TestApp } from '../support/app.js';
import { SoftwareAuthenticator } from '../support/software-authenticator.js';

const ORIGIN = 'http://localhost';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { LOGIN_RATE_PER_MINUTE: '1000', LOCKOUT_THRESHOLD: '3' } });
});
afterAll(() => t.close());

/** The value of the WebAuthn ceremony cookie an options response set. */
function ceremonyOf(res: LightMyRequestResponse): string {
  const cookie = res.cookies.find((c) => c.name === 'bulwark_webauthn');
  if (!cookie) throw new Error(`no ceremony cookie: ${res.statusCode} ${res.body}`);
  return cookie.value;
}

/** A signed-in request that also carries the ceremony cookie, as the browser would. */
function withCeremony(client: Client, url: string, ceremony: string, body?: unknown) {
  return client.request('POST', url, body, { cookie: `${client.cookie}; bulwark_webauthn=${ceremony}` });
}

/** Each person's first authenticator, so later tests can sign them in with it. */
const keys = new Map<string, SoftwareAuthenticator>();

/** Adds a passkey on the authenticator for a signed-in person, through the API. */
async function addPasskey(client: Client, authenticator: SoftwareAuthenticator, name = 'Work laptop') {
  const options = await client.post('/api/v1/me/passkeys/registration-options');
  expect(options.statusCode).toBe(200);
  const res = await withCeremony(client, '/api/v1/me/passkeys', ceremonyOf(options), { name, response: authenticator.register(options.json()) });
  expect(res.statusCode, res.body).toBe(201);
  return { ...res.json<{ passkey: { id: string; name: string }; recoveryCodes: string[] | null; csrfToken: string }>(), renewed: renewedClient(client, res) };
}

/** Signs the person in completely: with their passkey once they have one, otherwise as the shared helper does. */
async function session(email: string): Promise<Client> {
  const key = keys.get(email);
  if (!key) return signIn(t.server, email);
  const res = await passkeySignIn(key);
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json<{ csrfToken: string; user: { id: string } }>();
  return new Client(t.server, `bulwark_session=${res.cookies.find((c) => c.name === 'bulwark_session')!.value}`, body.csrfToken, body.user.id);
}

/** Signs the person in and adds a passkey for them on a new authenticator. */
async function enrolPasskey(email: string, name = 'Work laptop', authenticator = new SoftwareAuthenticator(ORIGIN)) {
  const client = await session(email);
  const added = await addPasskey(client, authenticator, name);
  if (!keys.has(email)) keys.set(email, authenticator);
  return { client, authenticator, ...added };
}

/** Passwordless sign-in: options, then the authenticator's answer, with no session at all. */
async function passkeySignIn(authenticator: SoftwareAuthenticator, tamper: Parameters<SoftwareAuthenticator['authenticate']>[1] = {}) {
  const options = await t.server.inject({ method: 'POST', url: '/api/v1/auth/passkey/options' });
  expect(options.statusCode).toBe(200);
  return t.server.inject({
    method: 'POST',
    url: '/api/v1/auth/passkey',
    headers: { cookie: `bulwark_webauthn=${ceremonyOf(options)}` },
    payload: { response: authenticator.authenticate(options.json(), tamper) },
  });
}

async function auditActions(userId: string, action: string) {
  return t.app.db.selectFrom('audit_events').select(['action', 'after_json']).where('entity_id', '=', userId).where('action', '=', action).execute();
}

async function userIdOf(email: string) {
  return (await t.app.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
}

describe('adding a passkey', () => {
  it('gives options for this site, adds the passkey, and the first one comes with ten recovery codes', async () => {
    const email = 'staff@northshire-acute.example';
    const client = await session(email);
    const authenticator = new SoftwareAuthenticator(ORIGIN);
    const options = await client.post('/api/v1/me/passkeys/registration-options');
    expect(options.statusCode).toBe(200);
    const body = options.json();
    expect(body.rp).toEqual({ id: 'localhost', name: 'Bulwark' });
    expect(body.attestation).toBe('none');
    expect(body.authenticatorSelection).toMatchObject({ residentKey: 'preferred', userVerification: 'preferred' });
    expect(body.excludeCredentials).toEqual([]);
    // The user handle is the account id, not the email address.
    expect(Buffer.from(body.user.id, 'base64url').toString()).toBe(client.userId);
    const cookie = options.cookies.find((c) => c.name === 'bulwark_webauthn')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', maxAge: 300 });

    const added = await withCeremony(client, '/api/v1/me/passkeys', cookie.value, { name: '  Work   laptop ', response: authenticator.register(body) });
    expect(added.statusCode, added.body).toBe(201);
    keys.set(email, authenticator);
    const { passkey, recoveryCodes } = added.json();
    expect(passkey).toMatchObject({ name: 'Work laptop', lastUsedAt: null, transports: ['internal'], deviceType: 'singleDevice', backedUp: false });
    expect(recoveryCodes).toHaveLength(10);

    const list = await client.get('/api/v1/me/passkeys');
    expect(list.json().passkeys.map((p: { id: string }) => p.id)).toEqual([passkey.id]);
    expect((await client.get('/api/v1/me/mfa')).json()).toMatchObject({ passkeys: 1, recoveryCodesLeft: 10 });
    const audit = await auditActions(client.userId, 'mfa.passkey-add');
    expect(JSON.parse(audit[0]!.after_json!)).toMatchObject({ passkeyId: passkey.id, name: 'Work laptop', recoveryCodesIssued: true });

    // A second passkey: the first is excluded from registration, and no new recovery codes are issued.
    const again = await client.post('/api/v1/me/passkeys/registration-options');
    expect(again.json().excludeCredentials).toEqual([{ id: passkey.id, type: 'public-key', transports: ['internal'] }]);
    const second = await withCeremony(client, '/api/v1/me/passkeys', ceremonyOf(again), { name: 'Phone', response: new SoftwareAuthenticator(ORIGIN).register(again.json()) });
    expect(second.json().recoveryCodes).toBeNull();
  });

  it('a passkey without a name is refused beside the field, and the same answer can then be sent with one', async () => {
    const client = await session('iao@northshire-acute.example');
    const authenticator = new SoftwareAuthenticator(ORIGIN);
    const options = await client.post('/api/v1/me/passkeys/registration-options');
    const ceremony = ceremonyOf(options);
    const response = authenticator.register(options.json());
    const unnamed = await withCeremony(client, '/api/v1/me/passkeys', ceremony, { name: '   ', response });
    expect(unnamed.statusCode).toBe(422);
    expect(unnamed.json().errors).toEqual([expect.objectContaining({ field: 'name' })]);
    const named = await withCeremony(client, '/api/v1/me/passkeys', ceremony, { name: 'Security key', response });
    expect(named.statusCode).toBe(201);
    keys.set('iao@northshire-acute.example', authenticator);
  });

  it('an answer made for another site is refused, and the refusal says why in the audit trail', async () => {
    const client = await session('dpo@northshire-acute.example');
    const options = await client.post('/api/v1/me/passkeys/registration-options');
    const response = new SoftwareAuthenticator(ORIGIN).register(options.json(), { origin: 'https://evil.example' });
    const res = await withCeremony(client, '/api/v1/me/passkeys', ceremonyOf(options), { name: 'Phished', response });
    expect(res.statusCode).toBe(422);
    expect((await client.get('/api/v1/me/passkeys')).json().passkeys).toEqual([]);
    const refused = await auditActions(client.userId, 'auth.passkey-refused');
    expect(JSON.parse(refused.at(-1)!.after_json!)).toMatchObject({ ceremony: 'registration', reason: expect.stringContaining('https://evil.example') });
  });

  it('a challenge works once: the same ceremony cannot add a second passkey, and no cookie means no ceremony', async () => {
    const email = 'caldicott@northshire-acute.example';
    const client = await session(email);
    const authenticator = new SoftwareAuthenticator(ORIGIN);
    const options = await client.post('/api/v1/me/passkeys/registration-options');
    const ceremony = ceremonyOf(options);
    const first = await withCeremony(client, '/api/v1/me/passkeys', ceremony, { name: 'One', response: authenticator.register(options.json()) });
    expect(first.statusCode).toBe(201);
    keys.set(email, authenticator);
    const replay = await withCeremony(client, '/api/v1/me/passkeys', ceremony, { name: 'Two', response: new SoftwareAuthenticator(ORIGIN).register(options.json()) });
    expect(replay.statusCode).toBe(409);
    expect(replay.json().detail).toMatch(/expired or has been used already/);
    const noCookie = await client.post('/api/v1/me/passkeys', { name: 'Three', response: new SoftwareAuthenticator(ORIGIN).register(options.json()) });
    expect(noCookie.statusCode).toBe(409);
    expect((await client.get('/api/v1/me/passkeys')).json().passkeys).toHaveLength(1);
  });

  it('an expired challenge is refused', async () => {
    const client = await session('auditor@northshire-acute.example');
    const options = await client.post('/api/v1/me/passkeys/registration-options');
    await t.app.db.updateTable('auth_challenges').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('user_id', '=', client.userId).execute();
    const res = await withCeremony(client, '/api/v1/me/passkeys', ceremonyOf(options), { name: 'Late', response: new SoftwareAuthenticator(ORIGIN).register(options.json()) });
    expect(res.statusCode).toBe(409);
  });

  it('one person’s ceremony cannot be finished by another', async () => {
    const mine = await session('auditor@northshire-acute.example');
    const theirs = await session('manager@northshire-acute.example');
    const options = await mine.post('/api/v1/me/passkeys/registration-options');
    const res = await withCeremony(theirs, '/api/v1/me/passkeys', ceremonyOf(options), { name: 'Not mine', response: new SoftwareAuthenticator(ORIGIN).register(options.json()) });
    expect(res.statusCode).toBe(409);
    expect((await theirs.get('/api/v1/me/passkeys')).json().passkeys).toEqual([]);
  });

  it('a privileged person can enrol a passkey as their second factor, which completes their sign-in', async () => {
    const email = 'seclead@northshire-acute.example';
    const { client, stage } = await signInWithPassword(t.server, email);
    expect(stage).toBe('enrolment');
    // Listing waits until signing in is finished; adding is what enrolment is for.
    expect((await client.get('/api/v1/me/passkeys')).statusCode).toBe(403);
    const authenticator = new SoftwareAuthenticator(ORIGIN);
    const { recoveryCodes, renewed } = await addPasskey(client, authenticator, 'YubiKey');
    keys.set(email, authenticator);
    expect(recoveryCodes).toHaveLength(10);
    // Enrolment finished signing in, under a new session token; the password-only one no longer works.
    expect(renewed.cookie).not.toBe(client.cookie);
    expect((await client.get('/api/v1/me')).statusCode).toBe(401);
    expect((await renewed.get('/api/v1/me')).json().stage).toBe('complete');
    expect((await renewed.get('/api/v1/me/passkeys')).statusCode).toBe(200);
  });

  it('a session still owing its second factor cannot add a passkey', async () => {
    await enrolPasskey('siro@northshire-acute.example');
    const { client: pending, stage } = await signInWithPassword(t.server, 'siro@northshire-acute.example');
    expect(stage).toBe('second-factor');
    const res = await pending.post('/api/v1/me/passkeys/registration-options');
    expect(res.statusCode).toBe(403);
    expect(res.json().type).toMatch(/second-factor-required/);
  });

  it('the relying party is the configured public URL’s host when one is set', async () => {
    const configured = await createTestApp({ env: { BULWARK_PUBLIC_URL: 'https://bulwark.northshire.example' } });
    try {
      const client = await signIn(configured.server, 'staff@northshire-mh.example');
      const options = await client.post('/api/v1/me/passkeys/registration-options');
      expect(options.json().rp.id).toBe('bulwark.northshire.example');
      // An answer from http://localhost is from the wrong origin for this relying party.
      const res = await withCeremony(client, '/api/v1/me/passkeys', ceremonyOf(options), { name: 'Laptop', response: new SoftwareAuthenticator(ORIGIN).register(options.json()) });
      expect(res.statusCode).toBe(422);
      const options2 = await client.post('/api/v1/me/passkeys/registration-options');
      const good = await withCeremony(client, '/api/v1/me/passkeys', ceremonyOf(options2), {
        name: 'Laptop',
        response: new SoftwareAuthenticator('https://bulwark.northshire.example').register(options2.json()),
      });
      expect(good.statusCode).toBe(201);
    } finally {
      await configured.close();
    }
  });
});

describe('a passkey as the second factor', () => {
  it('after the password, the passkey completes signing in and its use is recorded', async () => {
    const { passkey, authenticator } = await enrolPasskey('analyst@northshire-acute.example');

    const { client, stage, methods } = await signInWithPassword(t.server, 'analyst@northshire-acute.example');
    expect(stage).toBe('second-factor');
    expect(methods).toEqual(['passkey', 'recovery-code']);
    const options = await client.post('/api/v1/auth/second-factor/passkey/options');
    expect(options.statusCode).toBe(200);
    expect(options.json().allowCredentials.map((c: { id: string }) => c.id)).toEqual([passkey.id]);
    const res = await withCeremony(client, '/api/v1/auth/second-factor/passkey', ceremonyOf(options), { response: authenticator.authenticate(options.json()) });
    expect(res.statusCode, res.body).toBe(200);
    const renewed = renewedClient(client, res);
    expect(renewed.cookie).not.toBe(client.cookie);
    expect((await client.get('/api/v1/me')).statusCode).toBe(401);
    expect((await renewed.get('/api/v1/me')).json()).toMatchObject({ stage: 'complete', csrfToken: renewed.csrfToken });

    const [listed] = (await renewed.get('/api/v1/me/passkeys')).json().passkeys;
    expect(listed.lastUsedAt).not.toBeNull();
    const logins = await auditActions(client.userId, 'auth.login');
    expect(JSON.parse(logins.at(-1)!.after_json!)).toMatchObject({ secondFactor: 'passkey', stage: 'complete' });
  });

  it('a passkey that is not the person’s is refused and counts as a failed attempt', async () => {
    const { authenticator: stranger } = await enrolPasskey('staff@northshire-mh.example', 'Someone else’s');
    const { client } = await signInWithPassword(t.server, 'analyst@northshire-acute.example');
    const options = await client.post('/api/v1/auth/second-factor/passkey/options');
    const res = await withCeremony(client, '/api/v1/auth/second-factor/passkey', ceremonyOf(options), { response: stranger.authenticate({ ...options.json(), allowCredentials: [] }) });
    expect(res.statusCode).toBe(422);
    const refused = await auditActions(client.userId, 'auth.passkey-refused');
    expect(JSON.parse(refused.at(-1)!.after_json!)).toMatchObject({ ceremony: 'second-factor', reason: 'The passkey is not one of this person’s' });
    const user = await t.app.db.selectFrom('users').select('failed_login_count').where('id', '=', client.userId).executeTakeFirstOrThrow();
    expect(user.failed_login_count).toBe(1);
    expect((await client.get('/api/v1/me')).json().stage).toBe('second-factor');
  });
});

describe('signing in with a passkey alone', () => {
  it('asks for a discoverable passkey with user verification, and gives a complete session', async () => {
    const { authenticator } = await enrolPasskey('iglead@northshire-acute.example', 'Phone');

    const options = await t.server.inject({ method: 'POST', url: '/api/v1/auth/passkey/options' });
    expect(options.json()).toMatchObject({ rpId: 'localhost', userVerification: 'required' });
    expect(options.json().allowCredentials).toBeUndefined();

    const res = await passkeySignIn(authenticator);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ user: { email: 'iglead@northshire-acute.example' }, stage: 'complete', methods: [] });
    const cookie = res.cookies.find((c) => c.name === 'bulwark_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    const me = await t.server.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: `bulwark_session=${cookie.value}` } });
    expect(me.json()).toMatchObject({ stage: 'complete', user: { email: 'iglead@northshire-acute.example' } });
    const row = await t.app.db.selectFrom('sessions').select(['auth_method', 'stage']).where('user_id', '=', res.json().user.id).where('auth_method', '=', 'passkey').executeTakeFirstOrThrow();
    expect(row).toEqual({ auth_method: 'passkey', stage: 'complete' });
  });

  it('a privileged person signing in with a passkey needs nothing more: it is two factors in one', async () => {
    const { authenticator } = await enrolPasskey('orgadmin@northshire-mh.example');
    const res = await passkeySignIn(authenticator);
    expect(res.json()).toMatchObject({ stage: 'complete' });
  });

  it('a passkey that did not verify its holder (no PIN or biometrics) cannot sign in alone', async () => {
    const { client, authenticator } = await enrolPasskey('manager@northshire-acute.example');
    const res = await passkeySignIn(authenticator, { userVerified: false });
    expect(res.statusCode).toBe(401);
    const refused = await auditActions(client.userId, 'auth.passkey-refused');
    expect(JSON.parse(refused.at(-1)!.after_json!)).toMatchObject({ ceremony: 'sign-in', reason: expect.stringMatching(/verif/i) });
  });

  it('an answer for another origin is refused', async () => {
    const { client, authenticator } = await enrolPasskey('auditor@northshire-acute.example');
    const res = await passkeySignIn(authenticator, { origin: 'https://evil.example' });
    expect(res.statusCode).toBe(401);
    expect(res.cookies.find((c) => c.name === 'bulwark_session')).toBeUndefined();
    const refused = await auditActions(client.userId, 'auth.passkey-refused');
    expect(JSON.parse(refused.at(-1)!.after_json!)).toMatchObject({ ceremony: 'sign-in', reason: expect.stringContaining('https://evil.example') });
  });

  it('a used challenge is refused, whether its cookie or the whole answer is replayed', async () => {
    const authenticator = keys.get('iao@northshire-acute.example')!;
    const options = await t.server.inject({ method: 'POST', url: '/api/v1/auth/passkey/options' });
    const cookie = `bulwark_webauthn=${ceremonyOf(options)}`;
    const response = authenticator.authenticate(options.json());
    const first = await t.server.inject({ method: 'POST', url: '/api/v1/auth/passkey', headers: { cookie }, payload: { response } });
    expect(first.statusCode).toBe(200);
    expect(first.cookies.find((c) => c.name === 'bulwark_webauthn')?.value).toBe('');

    const sameCookie = await t.server.inject({ method: 'POST', url: '/api/v1/auth/passkey', headers: { cookie }, payload: { response: authenticator.authenticate(options.json()) } });
    expect(sameCookie.statusCode).toBe(409);
    // The captured answer under a fresh ceremony: its challenge is not the new one.
    const fresh = await t.server.inject({ method: 'POST', url: '/api/v1/auth/passkey/options' });
    const replayed = await t.server.inject({ method: 'POST', url: '/api/v1/auth/passkey', headers: { cookie: `bulwark_webauthn=${ceremonyOf(fresh)}` }, payload: { response } });
    expect(replayed.statusCode).toBe(401);
    const refused = await auditActions(first.json().user.id, 'auth.passkey-refused');
    expect(JSON.parse(refused.at(-1)!.after_json!)).toMatchObject({ ceremony: 'sign-in', reason: expect.stringMatching(/challenge/i) });
  });

  it('a second-factor ceremony cannot be used to sign in without a password', async () => {
    const email = 'caldicott@northshire-acute.example';
    const { client } = await signInWithPassword(t.server, email);
    const options = await client.post('/api/v1/auth/second-factor/passkey/options');
    const res = await t.server.inject({
      method: 'POST',
      url: '/api/v1/auth/passkey',
      headers: { cookie: `bulwark_webauthn=${ceremonyOf(options)}` },
      payload: { response: keys.get(email)!.authenticate(options.json()) },
    });
    expect(res.statusCode).toBe(409);
  });

  it('a cloned authenticator is refused when its counter falls behind, and the regression is audited', async () => {
    const { client, passkey, authenticator: original } = await enrolPasskey('orgadmin@northshire-acute.example');
    const clone = original.clone();
    expect((await passkeySignIn(original)).statusCode).toBe(200);
    expect((await passkeySignIn(original)).statusCode).toBe(200);
    // The clone's next signature carries counter 1, behind the 2 the server has seen.
    const res = await passkeySignIn(clone);
    expect(res.statusCode).toBe(401);
    const regression = await auditActions(client.userId, 'auth.passkey-counter-regression');
    expect(JSON.parse(regression[0]!.after_json!)).toEqual({ ceremony: 'sign-in', passkeyId: passkey.id, storedCounter: 2, presentedCounter: 1 });
    // The genuine key still works.
    expect((await passkeySignIn(original)).statusCode).toBe(200);
  });

  it('a passkey that never counts (a synced one) keeps working at counter 0', async () => {
    const { authenticator } = await enrolPasskey('icslead@northshire-ics.example', 'Password manager', new SoftwareAuthenticator(ORIGIN, false));
    expect((await passkeySignIn(authenticator)).statusCode).toBe(200);
    expect((await passkeySignIn(authenticator)).statusCode).toBe(200);
  });

  it('a locked account cannot sign in with its passkey, nor a deactivated one', async () => {
    const email = 'staff@northshire-acute.example';
    const id = await userIdOf(email);
    await t.app.db.updateTable('users').set({ locked_until: new Date(Date.now() + 60_000).toISOString() }).where('id', '=', id).execute();
    expect((await passkeySignIn(keys.get(email)!)).statusCode).toBe(429);
    await t.app.db.updateTable('users').set({ locked_until: null, deactivated_at: new Date().toISOString() }).where('id', '=', id).execute();
    expect((await passkeySignIn(keys.get(email)!)).statusCode).toBe(401);
    await t.app.db.updateTable('users').set({ deactivated_at: null }).where('id', '=', id).execute();
    expect((await passkeySignIn(keys.get(email)!)).statusCode).toBe(200);
  });

  it('an unknown passkey is told to sign in with a password and add it first', async () => {
    const unknown = new SoftwareAuthenticator(ORIGIN);
    unknown.register({ challenge: 'AAAA', rp: { id: 'localhost', name: 'Bulwark' }, user: { id: 'bm9ib2R5' } });
    const res = await passkeySignIn(unknown);
    expect(res.statusCode).toBe(401);
    expect(res.json().detail).toMatch(/not registered/);
  });
});

describe('renaming and removing passkeys', () => {
  it('a passkey can be renamed; a blank name is refused', async () => {
    const { client, passkey } = await enrolPasskey('dpo@northshire-acute.example', 'Old name');
    const blank = await client.post(`/api/v1/me/passkeys/${passkey.id}/rename`, { name: '' });
    expect(blank.statusCode).toBe(422);
    const res = await client.post(`/api/v1/me/passkeys/${passkey.id}/rename`, { name: 'Blue key' });
    expect(res.json()).toMatchObject({ id: passkey.id, name: 'Blue key' });
    const audit = await auditActions(client.userId, 'mfa.passkey-rename');
    expect(JSON.parse(audit[0]!.after_json!)).toEqual({ passkeyId: passkey.id, name: 'Blue key' });
  });

  it('someone else’s passkey cannot be renamed or removed', async () => {
    const owner = await session('staff@northshire-mh.example');
    const [passkey] = (await owner.get('/api/v1/me/passkeys')).json().passkeys;
    const other = await session('iao@northshire-acute.example');
    expect((await other.post(`/api/v1/me/passkeys/${passkey.id}/rename`, { name: 'Mine now' })).statusCode).toBe(404);
    expect((await other.post(`/api/v1/me/passkeys/${passkey.id}/remove`, { currentPassword: DEMO_PASSWORD })).statusCode).toBe(404);
  });

  it('removing needs the password, and the last factor of someone who must have one stays', async () => {
    // The head of cyber security enrolled a passkey as their only second factor (above).
    const client = await session('seclead@northshire-acute.example');
    const [only] = (await client.get('/api/v1/me/passkeys')).json().passkeys as { id: string }[];
    const wrong = await client.post(`/api/v1/me/passkeys/${only!.id}/remove`, { currentPassword: 'not-my-password' });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().errors).toEqual([expect.objectContaining({ field: 'currentPassword' })]);
    const last = await client.post(`/api/v1/me/passkeys/${only!.id}/remove`, { currentPassword: DEMO_PASSWORD });
    expect(last.statusCode).toBe(409);
    expect(last.json().detail).toMatch(/requires a second factor/);

    // With a second passkey, the first may go; recovery codes stay while a factor remains.
    const { passkey: spare } = await addPasskey(client, new SoftwareAuthenticator(ORIGIN), 'Spare');
    const removed = await client.post(`/api/v1/me/passkeys/${only!.id}/remove`, { currentPassword: DEMO_PASSWORD });
    expect(removed.statusCode).toBe(204);
    expect((await client.get('/api/v1/me/mfa')).json()).toMatchObject({ passkeys: 1, recoveryCodesLeft: 10 });
    expect((await client.post(`/api/v1/me/passkeys/${spare.id}/remove`, { currentPassword: DEMO_PASSWORD })).statusCode).toBe(409);
    expect(await auditActions(client.userId, 'mfa.passkey-remove')).toHaveLength(1);
  });

  it('someone not obliged to have a second factor may remove their last passkey; the recovery codes go with it', async () => {
    const email = 'manager@northshire-acute.example';
    const client = await session(email);
    const passkeys = (await client.get('/api/v1/me/passkeys')).json().passkeys as { id: string }[];
    expect(passkeys).toHaveLength(1);
    const res = await client.post(`/api/v1/me/passkeys/${passkeys[0]!.id}/remove`, { currentPassword: DEMO_PASSWORD });
    expect(res.statusCode).toBe(204);
    keys.delete(email);
    expect((await client.get('/api/v1/me/mfa')).json()).toMatchObject({ passkeys: 0, recoveryCodesLeft: 0 });
    // Next time the password alone is enough again.
    expect((await signInWithPassword(t.server, email)).stage).toBe('complete');
  });
});

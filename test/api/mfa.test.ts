// Second factors: enrolment led by the MFA policy, TOTP at sign-in without replays, recovery codes
// that work once, sessions that cannot do anything else until the second factor is given, and the
// administrator's reset.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stepAt, totpCodeAt } from '../../src/modules/mfa/domain/totp.js';
import { acceptInvitations, type Client, createTestApp, orgId, renewedClient, signIn, signInWithPassword, type TestApp } from '../support/app.js';

let t: TestApp;
let acute: string;
/** The security lead's recovery codes, from their enrolment in the first test. */
let secleadCodes: string[] = [];

beforeAll(async () => {
  // This file signs in more often than a person would in a minute.
  t = await createTestApp({ env: { LOGIN_RATE_PER_MINUTE: '500' } });
  acute = await orgId(t.app, 'RZZ');
});
afterAll(() => t.close());

/** A code for the step after the last one the server accepted (the window allows one step ahead). */
function nextCode(secret: string, usedSteps: Set<number>): string {
  const now = new Date();
  for (const offset of [0, 1]) {
    const at = new Date(now.getTime() + offset * 30_000);
    if (!usedSteps.has(stepAt(at))) {
      usedSteps.add(stepAt(at));
      return totpCodeAt(secret, at);
    }
  }
  throw new Error('both usable steps are spent; the test signs in too often');
}

async function enrolTotp(client: Client): Promise<{ secret: string; recoveryCodes: string[]; used: Set<number>; renewed: Client }> {
  const setup = await client.post('/api/v1/me/mfa/totp/setup');
  expect(setup.statusCode).toBe(200);
  const { secret, uri, qrSvg } = setup.json();
  expect(uri).toMatch(/^otpauth:\/\/totp\/Bulwark:/);
  expect(uri).toContain(`secret=${secret}`);
  expect(qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
  const used = new Set<number>();
  const confirm = await client.post('/api/v1/me/mfa/totp/confirm', { code: nextCode(secret, used) });
  expect(confirm.statusCode).toBe(200);
  return { secret, recoveryCodes: confirm.json().recoveryCodes, used, renewed: renewedClient(client, confirm) };
}

describe('MFA policy and enrolment', () => {
  it('a privileged role is led to enrolment, and can do nothing else until enrolled', async () => {
    const { client, stage } = await signInWithPassword(t.server, 'seclead@northshire-acute.example');
    expect(stage).toBe('enrolment');
    const blocked = await client.get(`/api/v1/orgs/${acute}`);
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().type).toMatch(/mfa-enrolment-required$/);
    const me = await client.get('/api/v1/me');
    expect(me.json()).toMatchObject({ stage: 'enrolment', organisations: [] });

    const { recoveryCodes, renewed } = await enrolTotp(client);
    secleadCodes = recoveryCodes;
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect((await renewed.get(`/api/v1/orgs/${acute}`)).statusCode).toBe(200);
    // Enrolling finished signing in under a new session token: the one from the password alone is dead.
    expect(renewed.cookie).not.toBe(client.cookie);
    expect(renewed.csrfToken).not.toBe(client.csrfToken);
    expect((await client.get('/api/v1/me')).statusCode).toBe(401);
  });

  it('staff need no second factor until the organisation requires it of everyone', async () => {
    expect((await signInWithPassword(t.server, 'staff@northshire-acute.example')).stage).toBe('complete');
    const admin = await signIn(t.server, 'orgadmin@northshire-acute.example');
    const versionBefore = (await admin.get(`/api/v1/orgs/${acute}`)).json().version as number;
    const set = await admin.put(`/api/v1/orgs/${acute}/mfa-policy`, { mfaPolicy: 'everyone' });
    expect(set.json()).toEqual({ mfaPolicy: 'everyone', version: versionBefore + 1 });
    expect((await admin.get(`/api/v1/orgs/${acute}`)).json()).toMatchObject({ mfaPolicy: 'everyone', version: versionBefore + 1 });
    expect((await signInWithPassword(t.server, 'staff@northshire-acute.example')).stage).toBe('enrolment');
    // A person whose only role is at a site below the trust follows the trust's setting.
    const site = await orgId(t.app, 'RZZ01');
    const added = await admin.post(`/api/v1/orgs/${site}/members`, { email: 'porter@northshire-acute.example', name: 'Site Porter', password: 'lantern-orchard-meadow', roles: ['staff'] });
    expect(added.statusCode).toBe(201);
    expect(await acceptInvitations(t.server, 'porter@northshire-acute.example', 'lantern-orchard-meadow')).toEqual([site]);
    expect((await signInWithPassword(t.server, 'porter@northshire-acute.example', 'lantern-orchard-meadow')).stage).toBe('enrolment');
    expect((await admin.put(`/api/v1/orgs/${acute}/mfa-policy`, { mfaPolicy: 'nobody' })).statusCode).toBe(422);
    await admin.put(`/api/v1/orgs/${acute}/mfa-policy`, { mfaPolicy: 'privileged' });
    expect((await signInWithPassword(t.server, 'staff@northshire-acute.example')).stage).toBe('complete');
    expect((await signInWithPassword(t.server, 'porter@northshire-acute.example', 'lantern-orchard-meadow')).stage).toBe('complete');
  });

  it('an ICS that requires a second factor of everyone binds its own staff, not the staff of the trusts below it', async () => {
    const ics = await orgId(t.app, 'ics');
    const mentalHealthStaff = await t.app.db.selectFrom('users').select('id').where('email', '=', 'staff@northshire-mh.example').executeTakeFirstOrThrow();
    await t.app.db.updateTable('organisations').set({ mfa_policy: 'everyone' }).where('id', '=', ics).execute();
    try {
      expect((await signInWithPassword(t.server, 'staff@northshire-acute.example')).stage).toBe('complete');
      expect((await signInWithPassword(t.server, 'staff@northshire-mh.example')).stage).toBe('complete');
      await t.app.db.insertInto('memberships').values({ id: 'ics-auditor-role', user_id: mentalHealthStaff.id, org_id: ics, role: 'auditor', created_at: new Date().toISOString() }).execute();
      expect((await signInWithPassword(t.server, 'staff@northshire-mh.example')).stage).toBe('enrolment');
    } finally {
      await t.app.db.deleteFrom('memberships').where('id', '=', 'ics-auditor-role').execute();
      await t.app.db.updateTable('organisations').set({ mfa_policy: 'privileged' }).where('id', '=', ics).execute();
    }
  });

  it('only administrators set the policy', async () => {
    const siro = await signIn(t.server, 'siro@northshire-acute.example');
    expect((await siro.put(`/api/v1/orgs/${acute}/mfa-policy`, { mfaPolicy: 'everyone' })).statusCode).toBe(403);
  });
});

describe('signing in with a second factor', () => {
  let secret: string;
  let recoveryCodes: string[];
  let used: Set<number>;

  beforeAll(async () => {
    const { client } = await signInWithPassword(t.server, 'dpo@northshire-acute.example');
    ({ secret, recoveryCodes, used } = await enrolTotp(client));
  });

  it('a password alone leaves the session waiting for the second factor, and it can do nothing else', async () => {
    const { client, stage, methods } = await signInWithPassword(t.server, 'dpo@northshire-acute.example');
    expect(stage).toBe('second-factor');
    expect(methods).toEqual(['totp', 'recovery-code']);
    const blocked = await client.get(`/api/v1/orgs/${acute}`);
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().type).toMatch(/second-factor-required$/);
    expect((await client.get('/api/v1/me/tokens')).statusCode).toBe(403);
  });

  it('a TOTP code completes sign-in under a new session token, and the same code cannot be used again', async () => {
    const first = await signInWithPassword(t.server, 'dpo@northshire-acute.example');
    const code = nextCode(secret, used);
    const given = await first.client.post('/api/v1/auth/second-factor/totp', { code });
    expect(given.statusCode).toBe(200);
    const renewed = renewedClient(first.client, given);
    expect(renewed.cookie).not.toBe(first.client.cookie);
    expect(given.json().csrfToken).not.toBe(first.client.csrfToken);
    expect((await renewed.get(`/api/v1/orgs/${acute}`)).statusCode).toBe(200);
    // Whoever held the token from before the second factor (planted or seen) holds nothing now.
    expect((await first.client.get('/api/v1/me')).statusCode).toBe(401);
    expect((await renewed.get('/api/v1/me')).json().csrfToken).toBe(renewed.csrfToken);

    const second = await signInWithPassword(t.server, 'dpo@northshire-acute.example');
    const replay = await second.client.post('/api/v1/auth/second-factor/totp', { code });
    expect(replay.statusCode).toBe(422);
    expect(replay.json().errors[0].message).toMatch(/used already/);
    expect((await second.client.get(`/api/v1/orgs/${acute}`)).statusCode).toBe(403);
  });

  it('a wrong code is refused and counted towards the lockout', async () => {
    const { client } = await signInWithPassword(t.server, 'dpo@northshire-acute.example');
    const before = await t.app.db.selectFrom('users').select('failed_login_count').where('email', '=', 'dpo@northshire-acute.example').executeTakeFirstOrThrow();
    const wrong = await client.post('/api/v1/auth/second-factor/totp', { code: '000000' === totpCodeAt(secret, new Date()) ? '111111' : '000000' });
    expect(wrong.statusCode).toBe(422);
    const after = await t.app.db.selectFrom('users').select('failed_login_count').where('email', '=', 'dpo@northshire-acute.example').executeTakeFirstOrThrow();
    expect(after.failed_login_count).toBe(before.failed_login_count + 1);
  });

  it('a recovery code works once', async () => {
    const code = recoveryCodes[0]!;
    const first = await signInWithPassword(t.server, 'dpo@northshire-acute.example');
    const ok = await first.client.post('/api/v1/auth/second-factor/recovery-code', { code: code.toLowerCase().replaceAll('-', ' ') });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ recoveryCodesLeft: 9, csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
    expect((await renewedClient(first.client, ok).get(`/api/v1/orgs/${acute}`)).statusCode).toBe(200);
    expect((await first.client.get('/api/v1/me')).statusCode).toBe(401);

    const again = await signInWithPassword(t.server, 'dpo@northshire-acute.example');
    const reused = await again.client.post('/api/v1/auth/second-factor/recovery-code', { code });
    expect(reused.statusCode).toBe(422);
    expect((await again.client.get(`/api/v1/orgs/${acute}`)).statusCode).toBe(403);
  });

  it('the TOTP seed is stored sealed, never as the secret itself', async () => {
    const row = await t.app.db.selectFrom('totp_credentials').innerJoin('users', 'users.id', 'totp_credentials.user_id').select('secret_sealed').where('users.email', '=', 'dpo@northshire-acute.example').executeTakeFirstOrThrow();
    expect(row.secret_sealed).not.toContain(secret);
    expect(row.secret_sealed).toMatch(/^v1:[0-9a-f]{8}:/);
    const codes = await t.app.db.selectFrom('recovery_codes').select('code_hash').execute();
    for (const c of recoveryCodes) expect(codes.map((r) => r.code_hash)).not.toContain(c);
  });

  it('removing the authenticator needs the password, and is refused while the role requires MFA', async () => {
    const firstFactor = (await signInWithPassword(t.server, 'seclead@northshire-acute.example')).client;
    const given = await firstFactor.post('/api/v1/auth/second-factor/recovery-code', { code: secleadCodes[0] });
    expect(given.statusCode).toBe(200);
    const seclead = renewedClient(firstFactor, given);
    expect((await seclead.get('/api/v1/me/mfa')).json()).toMatchObject({ totp: true, passkeys: 0, required: true });
    const refused = await seclead.post('/api/v1/me/mfa/totp/remove', { currentPassword: 'demo-password-for-tests-only' });
    expect(refused.statusCode).toBe(409);

    // The data protection officer's role does not require MFA, so they may remove theirs.
    const dpoFirst = (await signInWithPassword(t.server, 'dpo@northshire-acute.example')).client;
    const dpoClient = renewedClient(dpoFirst, await dpoFirst.post('/api/v1/auth/second-factor/recovery-code', { code: recoveryCodes[1] }));
    expect((await dpoClient.post('/api/v1/me/mfa/totp/remove', { currentPassword: 'not-the-password' })).statusCode).toBe(422);
    expect((await dpoClient.post('/api/v1/me/mfa/totp/remove', { currentPassword: 'demo-password-for-tests-only' })).statusCode).toBe(204);
    expect((await signInWithPassword(t.server, 'dpo@northshire-acute.example')).stage).toBe('complete');
  });
});

describe('an administrator resets a person’s second factors', () => {
  it('the person’s sessions end and they enrol again; a trust administrator cannot reset a system administrator', async () => {
    const siro = await signIn(t.server, 'siro@northshire-acute.example');
    const siroId = siro.userId;
    const admin = await signIn(t.server, 'orgadmin@northshire-acute.example');
    const reset = await admin.post(`/api/v1/orgs/${acute}/members/${siroId}/reset-mfa`);
    expect(reset.statusCode).toBe(204);
    expect((await siro.get('/api/v1/me')).statusCode).toBe(401);
    expect((await signInWithPassword(t.server, 'siro@northshire-acute.example')).stage).toBe('enrolment');
    const audit = await t.app.db.selectFrom('audit_events').select(['action', 'entity_id']).where('action', '=', 'user.mfa-reset').execute();
    expect(audit).toEqual([{ action: 'user.mfa-reset', entity_id: siroId }]);

    const sysadmin = await t.app.db.selectFrom('users').select('id').where('email', '=', 'admin@northshire-ics.example').executeTakeFirstOrThrow();
    const ics = await orgId(t.app, 'ics');
    // The trust administrator has no role at the ICS, so the ICS is not theirs to act in.
    expect((await admin.post(`/api/v1/orgs/${ics}/members/${sysadmin.id}/reset-mfa`)).statusCode).toBe(404);
  });
});

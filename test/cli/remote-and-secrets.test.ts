// The command line against a remote server with an API token, and re-encrypting stored secrets
// with a new key.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../../src/app/bootstrap.js';
import { generateSecretKey } from '../../src/platform/secrets/secret-box.js';
import { createTestApp, enrolledFactors, orgId, signIn, TEST_SECRET_KEY, testConfig, type TestApp } from '../support/app.js';
import { runBulwark } from '../support/cli.js';

let t: TestApp;
let url: string;

beforeAll(async () => {
  t = await createTestApp();
  await t.server.listen({ host: '127.0.0.1', port: 0 });
  const address = t.server.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  url = `http://127.0.0.1:${address.port}`;
});
afterAll(() => t.close());

describe('bulwark against a remote server', () => {
  it('lists the organisations the token’s owner can see, and stops when the token is revoked', async () => {
    const auditor = await signIn(t.server, 'auditor@northshire-acute.example');
    const made = (await auditor.post('/api/v1/me/tokens', { name: 'laptop CLI', scopes: ['me:read', 'audit:read'] })).json();

    const listed = await runBulwark(['org', 'list', '--json', '--server', url], { BULWARK_TOKEN: made.token });
    expect(listed.stderr).toBe('');
    expect(listed.code).toBe(0);
    const orgs = JSON.parse(listed.stdout) as { odsCode: string | null; roles: string[] }[];
    expect(orgs.find((o) => o.odsCode === 'RZZ')?.roles).toEqual(['auditor']);
    expect(orgs.some((o) => o.odsCode === 'RZY')).toBe(false);

    const acute = await orgId(t.app, 'RZZ');
    const audit = await runBulwark(['api', 'GET', `/api/v1/orgs/${acute}/audit`], { BULWARK_SERVER: url, BULWARK_TOKEN: made.token });
    expect(audit.code).toBe(0);
    expect(Array.isArray(JSON.parse(audit.stdout).events)).toBe(true);
    const outOfScope = await runBulwark(['api', 'GET', `/api/v1/orgs/${acute}/members`], { BULWARK_SERVER: url, BULWARK_TOKEN: made.token });
    expect(outOfScope.code).toBe(1);
    expect(outOfScope.stderr).toMatch(/answered 403: .*member:read/);

    await auditor.post(`/api/v1/me/tokens/${made.apiToken.id}/revoke`);
    const after = await runBulwark(['org', 'list', '--server', url], { BULWARK_TOKEN: made.token });
    expect(after.code).toBe(1);
    expect(after.stderr).toMatch(/answered 401/);
  });

  it('refuses to send a token over plain http to another machine, or without a token', async () => {
    const plain = await runBulwark(['org', 'list', '--server', 'http://bulwark.example.nhs.uk'], { BULWARK_TOKEN: 'bwk_x' });
    expect(plain.code).toBe(1);
    expect(plain.stderr).toMatch(/must use https/);
    const none = await runBulwark(['org', 'list', '--server', url], {});
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/BULWARK_TOKEN/);
  });
});

describe('bulwark secrets rotate', () => {
  it('re-encrypts every TOTP seed and SSO client secret with the new key, after which the old key is not needed', async () => {
    await signIn(t.server, 'seclead@northshire-acute.example');
    const secret = enrolledFactors(t.server, 'seclead@northshire-acute.example')!.secret;
    const connectionId = 'rotation-test-connection';
    const at = new Date().toISOString();
    await t.app.db
      .insertInto('sso_connections')
      .values({
        id: connectionId,
        org_id: await orgId(t.app, 'RZZ'),
        name: 'Rotation test',
        issuer: 'https://login.example/tenant/v2.0',
        client_id: 'client',
        client_secret_sealed: t.app.secrets.seal('client-secret-value', `sso-client-secret:${connectionId}`),
        allowed_domains_json: '[]',
        groups_claim: 'groups',
        group_roles_json: '[]',
        jit_provisioning: 0,
        trust_idp_mfa: 0,
        enabled: 0,
        created_at: at,
        updated_at: at,
        version: 1,
      })
      .execute();
    const newKey = generateSecretKey();
    const env = {
      ...(t.target.engine === 'sqlite' ? { BULWARK_DATA_DIR: path.dirname(t.target.file) } : { DATABASE_URL: t.target.url }),
      BULWARK_SECRET_KEY: newKey,
      BULWARK_SECRET_KEY_PREVIOUS: TEST_SECRET_KEY,
    };
    const rotated = await runBulwark(['secrets', 'rotate', '--json'], env);
    expect(rotated.stderr).toBe('');
    const result = JSON.parse(rotated.stdout);
    expect(result.total).toBeGreaterThanOrEqual(2);
    expect(result.resealed).toBe(result.total);
    expect((JSON.parse((await runBulwark(['secrets', 'rotate', '--json'], env)).stdout) as { resealed: number }).resealed).toBe(0);

    // With only the new key, the seed still opens to the same secret.
    const withNewKeyOnly = await openApp(testConfig({ BULWARK_SECRET_KEY: newKey }), t.target);
    try {
      const row = await withNewKeyOnly.db.selectFrom('totp_credentials').innerJoin('users', 'users.id', 'totp_credentials.user_id').select(['secret_sealed', 'user_id']).where('users.email', '=', 'seclead@northshire-acute.example').executeTakeFirstOrThrow();
      expect(withNewKeyOnly.secrets.open(row.secret_sealed, `totp:${row.user_id}`)).toBe(secret);
      expect(() => t.app.secrets.open(row.secret_sealed, `totp:${row.user_id}`)).toThrow(/not configured/);
      const connection = await withNewKeyOnly.db.selectFrom('sso_connections').select('client_secret_sealed').where('id', '=', connectionId).executeTakeFirstOrThrow();
      expect(withNewKeyOnly.secrets.open(connection.client_secret_sealed!, `sso-client-secret:${connectionId}`)).toBe('client-secret-value');
    } finally {
      await withNewKeyOnly.close();
    }
  });
});

// Microsoft Entra ID's discovery document, as its v2.0 endpoint publishes it (every field name and
// the shape of each value; hosts point at a local server). A tenant's own issuer is accepted; the
// multi-tenant "common" endpoint, whose document names a {tenantid} placeholder as issuer, is refused
// with advice to use the tenant id. The stand-in server is on this machine, so private addresses are allowed.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkIssuer } from '../../src/modules/sso/oidc-client.js';
import { ValidationFailed } from '../../src/platform/errors.js';

const TENANT = '5b1a2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
let server: http.Server;
let base: string;

function entraDocument(issuer: string, tenantPath: string) {
  return {
    token_endpoint: `${base}/${tenantPath}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    jwks_uri: `${base}/${tenantPath}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer,
    request_uri_parameter_supported: false,
    userinfo_endpoint: `${base}/oidc/userinfo`,
    authorization_endpoint: `${base}/${tenantPath}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${base}/${tenantPath}/oauth2/v2.0/devicecode`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    end_session_endpoint: `${base}/${tenantPath}/oauth2/v2.0/logout`,
    claims_supported: ['sub', 'iss', 'cloud_instance_name', 'cloud_instance_host_name', 'cloud_graph_host_name', 'msgraph_host', 'aud', 'exp', 'iat', 'auth_time', 'acr', 'nonce', 'preferred_username', 'name', 'tid', 'ver', 'at_hash', 'c_hash', 'email'],
    kerberos_endpoint: `${base}/${tenantPath}/kerberos`,
    tenant_region_scope: 'EU',
    cloud_instance_name: 'microsoftonline.com',
    cloud_graph_host_name: 'graph.windows.net',
    msgraph_host: 'graph.microsoft.com',
    rbac_url: 'https://pas.windows.net',
  };
}

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const body =
      req.url === `/${TENANT}/v2.0/.well-known/openid-configuration`
        ? entraDocument(`${base}/${TENANT}/v2.0`, TENANT)
        : req.url === '/common/v2.0/.well-known/openid-configuration'
          ? entraDocument(`${base}/{tenantid}/v2.0`, 'common')
          : null;
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body ?? { error: 'not found' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('Microsoft Entra ID discovery', () => {
  it('a tenant’s v2.0 issuer is accepted', async () => {
    await expect(checkIssuer({ issuer: `${base}/${TENANT}/v2.0`, clientId: 'bulwark-app', clientSecret: 'a-secret', allowPrivateAddresses: true })).resolves.toBeUndefined();
  });

  it('the multi-tenant “common” endpoint is refused, with advice to use the tenant id', async () => {
    const attempt = checkIssuer({ issuer: `${base}/common/v2.0`, clientId: 'bulwark-app', clientSecret: 'a-secret', allowPrivateAddresses: true });
    await expect(attempt).rejects.toBeInstanceOf(ValidationFailed);
    await expect(attempt).rejects.toMatchObject({ errors: [{ field: 'issuer', message: expect.stringMatching(/different issuer.*tenant id/) }] });
  });
});

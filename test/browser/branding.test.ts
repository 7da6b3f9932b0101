// The deployment's identity in a real browser. By default the header wears Bulwark's own wordmark and
// nowhere the NHS logo; an NHS organisation that turns on the NHS identity shows the NHS logo with its
// own name; a deployment's logo file is shown as an image; and a hostile logo file stops the server
// from starting, with a message that names the file and the reason. Each header is scanned with axe
// and photographed.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_SECRET_KEY } from '../support/app.js';
import { startTestServer } from '../support/server.js';
import { expectAccessible, expectCleanConsole, launchBrowser, openSession, screenshot, settled, signIn } from './support/browser.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TRUST = 'Northshire Hospitals NHS Foundation Trust';
const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 40"><rect width="160" height="40" rx="4" fill="#ffffff"/><path d="M12 8h16v24H12z" fill="#007f3b"/><text x="36" y="27" font-family="Arial" font-size="16" fill="#212b32">Northshire Care</text></svg>\n';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let dataDir: string;
const servers: Server[] = [];

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-branding-'));
  fs.writeFileSync(path.join(dataDir, 'northshire-care.svg'), LOGO);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function serverWith(env: Record<string, string>, demo = false): Promise<Server> {
  const server = await startTestServer({ env, demo });
  servers.push(server);
  return server;
}

/** The header's home link, by the name it is announced with. */
const homeLink = (page: Page, name: string) => page.getByRole('banner').getByRole('link', { name, exact: true });
/** Anything in the page that is the NHS logo: its drawing or its name on an image. */
const nhsLogos = (page: Page) => page.locator('svg.nhsuk-header__logo, [aria-label="NHS"], img[alt="NHS"]');

async function favicon(page: Page): Promise<string> {
  const href = await page.locator('link[rel="icon"]').getAttribute('href');
  return (await page.request.get(href ?? '')).text();
}

describe('the default identity', () => {
  it('shows Bulwark’s wordmark and never the NHS logo, on the sign-in page and signed in, and axe finds nothing', async () => {
    const server = await serverWith({}, true);
    const { page, context, console: watch } = await openSession(browser, server.url);
    await page.goto('/sign-in');
    await settled(page);
    await expect.poll(() => page.title()).toBe('Sign in – Bulwark');
    await homeLink(page, 'Bulwark homepage').waitFor();
    expect(await nhsLogos(page).count()).toBe(0);
    expect(await favicon(page)).not.toContain('M104 34v40H4V34h100Z'); // the NHS favicon's drawing
    await expectAccessible(page, 'the sign-in page with the default header');
    await screenshot(page, 'branding-default-sign-in');

    await signIn(page, 'staff@northshire-acute.example', server.demoPassword);
    await settled(page);
    await homeLink(page, 'Bulwark homepage').waitFor();
    expect(await nhsLogos(page).count()).toBe(0);
    expect(await page.getByRole('contentinfo').textContent()).toContain('Bulwark: open-source cyber resilience for health and care');
    await expectAccessible(page, 'a signed-in page with the default header');
    await screenshot(page, 'branding-default-home');
    expectCleanConsole(watch);
    await context.close();
  });
});

describe('an NHS organisation’s own service', () => {
  it('shows the NHS logo with the organisation’s name, and the service’s name in titles, the favicon and page text', async () => {
    const server = await serverWith({ BULWARK_NHS_IDENTITY: 'true', BULWARK_ORGANISATION_NAME: TRUST, BULWARK_SERVICE_NAME: 'Cyber Workbench' });
    const { page, context, console: watch } = await openSession(browser, server.url);
    await page.goto('/sign-in');
    await settled(page);
    const home = homeLink(page, `NHS ${TRUST} Cyber Workbench homepage`);
    await home.waitFor();
    expect(await home.locator('svg.nhsuk-header__logo').count()).toBe(1);
    expect(await home.innerText()).toBe(`${TRUST}\nCyber Workbench`);
    await expect.poll(() => page.title()).toBe('Sign in – Cyber Workbench');
    await page.getByRole('heading', { level: 1, name: 'Sign in to Cyber Workbench' }).waitFor();
    expect(await favicon(page)).toContain('M104 34v40H4V34h100Z');
    await expectAccessible(page, 'the sign-in page with the NHS identity');
    await screenshot(page, 'branding-nhs-identity');
    await page.setViewportSize({ width: 360, height: 740 });
    await screenshot(page, 'branding-nhs-identity-phone');

    // Pages that name the service in their words use its name, not Bulwark's.
    await page.goto('/no-such-page');
    await settled(page);
    await page.getByRole('link', { name: 'Go to the Cyber Workbench home page' }).waitFor();
    await expect.poll(() => page.title()).toBe('Page not found – Cyber Workbench');
    expectCleanConsole(watch);
    await context.close();
  });
});

describe('a deployment’s own logo', () => {
  it('is shown as an image beside the service name, with no NHS logo', async () => {
    const server = await serverWith({ BULWARK_DATA_DIR: dataDir, BULWARK_LOGO: 'northshire-care.svg', BULWARK_ORGANISATION_NAME: 'Northshire Care Ltd', BULWARK_SERVICE_NAME: 'Cyber Hub' });
    const { page, context, console: watch } = await openSession(browser, server.url);
    await page.goto('/sign-in');
    await settled(page);
    const home = homeLink(page, 'Northshire Care Ltd Cyber Hub homepage');
    await home.waitFor();
    const logo = home.getByRole('img', { name: 'Northshire Care Ltd' });
    await expect.poll(() => logo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBeGreaterThan(0);
    expect(await logo.getAttribute('src')).toMatch(/^\/api\/v1\/identity\/logo\?v=/);
    expect(await nhsLogos(page).count()).toBe(0);
    expect(await favicon(page)).toBe(LOGO);
    await expectAccessible(page, 'the sign-in page with a deployment’s logo');
    await screenshot(page, 'branding-own-logo');
    expectCleanConsole(watch);
    await context.close();
  });
});

describe('a hostile logo file', () => {
  /** Starts the server as `npm start` does and waits for it to stop. */
  function start(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
    return new Promise((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', BULWARK_SECRET_KEY: TEST_SECRET_KEY, BULWARK_DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent', ...env }, timeout: 60_000 }, (error, _stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stderr }),
      );
    });
  }

  it.each([
    ['an SVG with a script', 'hostile.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>document.cookie</script></svg>'), 'it contains a <script> element, which can run code or embed another document'],
    ['an oversized PNG', 'huge.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(150 * 1024)]), 'it is 151 KB; a logo may be at most 100 KB'],
  ])('%s stops the server at start, naming the file and the reason', async (_, name, bytes, reason) => {
    fs.writeFileSync(path.join(dataDir, name), bytes);
    const { code, stderr } = await start({ BULWARK_LOGO: name });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(`Invalid configuration:\n  BULWARK_LOGO: the logo file ${name} (${path.join(dataDir, name)}) cannot be used: ${reason}`);
  });
});

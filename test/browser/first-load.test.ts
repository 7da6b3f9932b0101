// What a first visit costs: the JavaScript and CSS Chromium downloads for the sign-in page and for an
// organisation's home page (empty cache, brotli allowed). The figures, raw and compressed, go to
// /tmp/bulwark-shots/first-load.json for docs/web.md.
import fs from 'node:fs';
import zlib from 'node:zlib';
import type { Browser, BrowserContext, Response } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { liveServerAndBrowser, SCREENSHOT_DIR, settled, signIn } from './support/browser.js';

const live = liveServerAndBrowser();
type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;
const figures: Record<string, unknown> = {};

afterAll(() => {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  fs.writeFileSync(`${SCREENSHOT_DIR}/first-load.json`, `${JSON.stringify(figures, null, 2)}\n`);
});

interface Download {
  url: string;
  kind: 'script' | 'stylesheet';
  encoding: string;
  /** Bytes on the wire (the body as sent, compressed or not). */
  transferred: number;
  raw: number;
  gzip: number;
  brotli: number;
}

/** Loads `path` in a fresh context (empty cache) and lists every script and stylesheet it downloaded. */
async function firstLoad(browser: Browser, baseURL: string, path: string, storageState?: StorageState) {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 }, extraHTTPHeaders: { 'accept-encoding': 'br, gzip' }, ...(storageState ? { storageState } : {}) });
  const page = await context.newPage();
  const responses: Response[] = [];
  page.on('response', (response) => {
    const kind = response.request().resourceType();
    if (kind === 'script' || kind === 'stylesheet') responses.push(response);
  });
  await page.goto(path);
  await settled(page);
  const downloads: Download[] = [];
  for (const response of responses) {
    const body = await response.body();
    const sizes = await response.request().sizes();
    downloads.push({
      url: new URL(response.url()).pathname,
      kind: response.request().resourceType() as Download['kind'],
      encoding: (await response.headerValue('content-encoding')) ?? 'identity',
      transferred: sizes.responseBodySize,
      raw: body.length,
      gzip: zlib.gzipSync(body, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  await context.close();
  return downloads;
}

function totals(downloads: Download[], kind: Download['kind']) {
  const of = downloads.filter((download) => download.kind === kind);
  const sum = (key: 'transferred' | 'raw' | 'gzip' | 'brotli') => of.reduce((total, download) => total + download[key], 0);
  return { files: of.length, transferred: sum('transferred'), raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
}

describe('the first visit', () => {
  it('the sign-in page downloads at most 200 KB of compressed JavaScript', async () => {
    const downloads = await firstLoad(live.browser, live.server.url, '/sign-in');
    const js = totals(downloads, 'script');
    figures['sign-in'] = { js, css: totals(downloads, 'stylesheet'), downloads };
    expect(js.files).toBeGreaterThan(0);
    expect(downloads.filter((download) => download.encoding !== 'br'), 'scripts and stylesheets not sent brotli-compressed').toEqual([]);
    expect(js.transferred).toBeLessThanOrEqual(200 * 1024);
  });

  it('no source map is published beside the scripts', async () => {
    const context = await live.browser.newContext({ baseURL: live.server.url });
    const scripts = (await firstLoad(live.browser, live.server.url, '/sign-in')).filter((download) => download.kind === 'script');
    for (const { url } of scripts) expect((await context.request.get(`${url}.map`)).status(), `${url}.map`).toBe(404);
    await context.close();
  });

  it('an organisation’s home page, for someone signed in', async () => {
    const context = await live.browser.newContext({ baseURL: live.server.url });
    const page = await context.newPage();
    await signIn(page, 'orgadmin@northshire-acute.example', live.server.demoPassword);
    await page.waitForURL(/\/orgs\/[^/]+$/);
    const home = new URL(page.url()).pathname;
    const state = await context.storageState();
    await context.close();
    const downloads = await firstLoad(live.browser, live.server.url, home, state);
    const js = totals(downloads, 'script');
    figures['org-home'] = { js, css: totals(downloads, 'stylesheet'), downloads };
    expect(js.files).toBeGreaterThan(0);
    expect(downloads.filter((download) => download.encoding !== 'br'), 'scripts and stylesheets not sent brotli-compressed').toEqual([]);
  });
});

describe('on a phone (375 × 667)', () => {
  it('the header folds its menu, leaving most of the first screen to the page', async () => {
    const context = await live.browser.newContext({ baseURL: live.server.url, viewport: { width: 375, height: 667 } });
    const page = await context.newPage();
    await signIn(page, 'orgadmin@northshire-acute.example', live.server.demoPassword);
    await page.waitForURL(/\/orgs\/[^/]+$/);
    await settled(page);
    const header = (await page.locator('header.nhsuk-header').boundingBox())!;
    const menu = (await page.getByRole('navigation', { name: 'Menu' }).boundingBox())!;
    const heading = (await page.locator('main h1').boundingBox())!;
    figures['phone-header'] = { headerHeight: header.height, menuHeight: menu.height, headingTop: heading.y };
    await page.screenshot({ path: `${SCREENSHOT_DIR}/phone-first-screen.png` });
    await context.close();
    // Before the menu folded, the header took 233 px (its menu alone 119 px) and the heading began at 404 px.
    expect(menu.height).toBeLessThanOrEqual(64);
    expect(header.height).toBeLessThanOrEqual(180);
    expect(heading.y + heading.height, 'the page’s heading is whole on the first screen').toBeLessThan(667);
  });
});

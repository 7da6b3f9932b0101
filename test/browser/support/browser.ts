// Shared machinery for browser tests: Debian's Chromium through playwright-core, a fresh context per
// person, a watch on the console for Content Security Policy refusals and script errors, axe scans
// and screenshots.
import fs from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startTestServer } from '../../support/server.js';

export const SCREENSHOT_DIR = '/tmp/bulwark-shots';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** What the page said in its console that a person would never want: CSP refusals and uncaught errors. */
export interface LiveServerAndBrowser {
  server: Awaited<ReturnType<typeof startTestServer>>;
  browser: Browser;
}

/** The real server (demo data) and Chromium for one test file: started before its tests, stopped after. */
export function liveServerAndBrowser(): LiveServerAndBrowser {
  const live = {} as LiveServerAndBrowser;
  beforeAll(async () => {
    [live.server, live.browser] = await Promise.all([startTestServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await live.browser?.close();
    await live.server?.close();
  });
  return live;
}

export interface ConsoleWatch {
  cspViolations: string[];
  scriptErrors: string[];
}

export interface Session {
  context: BrowserContext;
  page: Page;
  console: ConsoleWatch;
}

/** A new browser context (axe needs pages from one) with its own cookies and a console watch. */
export async function openSession(browser: Browser, baseURL: string, viewport = { width: 1280, height: 900 }): Promise<Session> {
  const context = await browser.newContext({ baseURL, viewport, locale: 'en-GB', timezoneId: 'Europe/London' });
  const page = await context.newPage();
  const watch: ConsoleWatch = { cspViolations: [], scriptErrors: [] };
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (/Content Security Policy|Refused to (apply|execute|load|connect|frame)/i.test(text)) watch.cspViolations.push(text);
    // The browser logs every 4xx/5xx response; those are expected API answers (401 before sign-in,
    // 403 for a page someone may not see, 422 for a form to correct), not script failures.
    else if (!text.startsWith('Failed to load resource')) watch.scriptErrors.push(text);
  });
  page.on('pageerror', (error) => watch.scriptErrors.push(error.message));
  return { context, page, console: watch };
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** Waits until the page has rendered its h1 and finished loading data. */
export async function settled(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.getByRole('status').filter({ hasText: 'Loading' }).first().waitFor({ state: 'detached' }).catch(() => undefined);
  await page.waitForLoadState('networkidle');
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Scans the page with axe against WCAG 2.2 AA and fails with a readable list of what it found. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  await settled(page);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const found = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    where: violation.nodes.map((node) => node.target.join(' ')),
  }));
  expect(found, `axe found problems on ${name}`).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
}

export function expectCleanConsole(watch: ConsoleWatch): void {
  expect(watch.cspViolations, 'Content Security Policy refusals in the console').toEqual([]);
  expect(watch.scriptErrors, 'script errors in the console').toEqual([]);
}

// Shared machinery for browser tests: Debian's Chromium through playwright-core, a fresh context per
// person, signing in through the pages (second factor included), a watch on the console for Content
// Security Policy refusals and script errors, axe scans and screenshots.
import fs from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { totpCodeAt } from '../../../src/modules/mfa/domain/totp.js';
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

/**
 * The real server (demo data, with `env` added to its settings) and Chromium for one test file:
 * started before its tests, stopped after. `demoRegister` adds the demo trust's register, staff,
 * training and directory accounts.
 */
export function liveServerAndBrowser(env: Record<string, string> = {}, options: { demoRegister?: boolean } = {}): LiveServerAndBrowser {
  const live = {} as LiveServerAndBrowser;
  beforeAll(async () => {
    [live.server, live.browser] = await Promise.all([startTestServer({ env, ...options }), launchBrowser()]);
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

/** A session signed in as one of the demo people, for a file's journey: steps wait up to 15 s, not 30. */
export async function signedInSession(live: LiveServerAndBrowser, email: string): Promise<Session> {
  const session = await openSession(live.browser, live.server.url);
  session.page.setDefaultTimeout(15_000);
  await signIn(session.page, email, live.server.demoPassword);
  return session;
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

/** Second factors enrolled through the pages in this test process, per server and person. */
export interface EnrolledFactors {
  secret: string;
  recoveryCodes: string[];
}

const enrolled = new Map<string, EnrolledFactors>();
const factorsKey = (page: Page, email: string) => `${new URL(page.url()).origin} ${email}`;

export function enrolledFactors(page: Page, email: string): EnrolledFactors | undefined {
  return enrolled.get(factorsKey(page, email));
}

export function rememberFactors(page: Page, email: string, factors: EnrolledFactors): void {
  enrolled.set(factorsKey(page, email), factors);
}

/**
 * Signs in as a person would, all the way: someone whose organisation requires a second factor sets
 * up an authenticator app on their first sign-in (reading the setup key from the page and working
 * out a real code), and gives one of the recovery codes shown then on later sign-ins.
 */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await finishSignIn(page, email);
}

/**
 * Signs out with the header's button and waits for the page that says so. The app may pass through
 * /sign-in before it lands on /sign-in?signedOut=this: a navigation started in between is interrupted.
 */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('signedOut') === 'this');
}

/** After the password: sets up or gives the second factor if the page asks, then waits to be in. */
export async function finishSignIn(page: Page, email: string): Promise<void> {
  await page.waitForURL((url) => url.pathname !== '/sign-in');
  const { pathname } = new URL(page.url());
  if (pathname === '/set-up-mfa') await setUpAuthenticatorApp(page, email);
  else if (pathname === '/sign-in/second-factor') await giveRecoveryCode(page, email);
}

/** Reads the setup key, confirms with the app's current code, and keeps the recovery codes shown. */
export async function setUpAuthenticatorApp(page: Page, email: string, at = new Date()): Promise<EnrolledFactors> {
  const secret = await readSetupKey(page);
  await page.getByLabel('Code from your authenticator app').fill(totpCodeAt(secret, at));
  await page.getByRole('button', { name: 'Confirm' }).click();
  const codes = page.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem');
  await codes.first().waitFor();
  const factors = { secret, recoveryCodes: (await codes.allTextContents()).map((code) => code.trim()) };
  rememberFactors(page, email, factors);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL((url) => url.pathname !== '/set-up-mfa');
  return factors;
}

/** The setup key shown beside the QR code, without the spaces that group it for reading. */
export async function readSetupKey(page: Page): Promise<string> {
  const key = page.locator('dt', { hasText: 'Setup key' }).locator('xpath=following-sibling::dd[1]');
  return ((await key.textContent()) ?? '').replace(/\s+/g, '');
}

async function giveRecoveryCode(page: Page, email: string): Promise<void> {
  const factors = enrolledFactors(page, email);
  if (!factors) throw new Error(`${email} has a second factor this test run did not set up`);
  const code = factors.recoveryCodes.shift();
  if (!code) throw new Error(`${email} has no recovery codes left in this test run`);
  await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
  await page.getByLabel('Recovery code').fill(code);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in/second-factor');
  if (factors.recoveryCodes.length < 3) {
    const { csrfToken } = (await (await page.request.get('/api/v1/me')).json()) as { csrfToken: string };
    const fresh = await page.request.post('/api/v1/me/mfa/recovery-codes', { headers: { 'x-csrf-token': csrfToken } });
    expect(fresh.status(), 'new recovery codes').toBe(200);
    factors.recoveryCodes = ((await fresh.json()) as { recoveryCodes: string[] }).recoveryCodes;
  }
}

/**
 * Calls the API as the person signed in on the page (a colleague's change made in between, or test
 * data), with their CSRF token; an answer other than 2xx fails the test with the problem's text.
 */
export async function callApi<T = { id: string; version: number }>(page: Page, method: 'get' | 'post' | 'put' | 'patch', path: string, data?: unknown): Promise<T> {
  const { csrfToken } = (await (await page.request.get('/api/v1/me')).json()) as { csrfToken: string };
  const response = await page.request.fetch(path, { method: method.toUpperCase(), headers: { 'x-csrf-token': csrfToken }, ...(data === undefined ? {} : { data }) });
  expect(response.status(), `${method.toUpperCase()} ${path}: ${await response.text()}`).toBeLessThan(300);
  return (await response.json()) as T;
}

/** Waits until the page has rendered its h1 and finished loading data. */
export async function settled(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.getByRole('status').filter({ hasText: 'Loading' }).first().waitFor({ state: 'detached' }).catch(() => undefined);
  await page.waitForLoadState('networkidle');
}

/**
 * WCAG 2.2 A and AA, plus axe's best practices: these catch what WCAG's rules let through but screen
 * reader users still trip over, such as two landmarks with the same name (landmark-unique), a page
 * without one h1, or content outside any landmark.
 */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Scans the page with axe (WCAG 2.2 AA and best practices) and fails with a readable list of what it found. */
export async function expectAccessible(page: Page, name: string, options: { exclude?: string } = {}): Promise<void> {
  await settled(page);
  const builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  // Leave out only what another scan in the same file covers in full (a long page's repeated body).
  if (options.exclude) builder.exclude(options.exclude);
  const results = await builder.analyze();
  const found = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    where: violation.nodes.map((node) => node.target.join(' ')),
  }));
  expect(found, `axe found problems on ${name}`).toEqual([]);
}

/**
 * On a long page that repeats one component many times (the API reference's operations), keeps the
 * first element of each shape among those the selector matches and removes the rest, so axe scans
 * every variant once rather than each copy. The shape is the element tree's tags, classes and
 * attribute names, with runs of identical siblings (table rows) counted once: text differs between
 * copies, markup does not. What only the whole page can show is checked first, over the whole page:
 * that no two elements share an id, and that every id an ARIA attribute names exists.
 */
export async function keepOneOfEachShape(page: Page, selector: string): Promise<{ kept: number; removed: number }> {
  const outcome = await page.evaluate((sel) => {
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    const duplicateIds = ids.filter((id, i) => ids.indexOf(id) !== i);
    const known = new Set(ids);
    const missingReferences = [...document.querySelectorAll('[aria-labelledby],[aria-describedby],[aria-controls]')].flatMap((e) =>
      ['aria-labelledby', 'aria-describedby', 'aria-controls'].flatMap((a) => (e.getAttribute(a) ?? '').split(/\s+/).filter((id) => id && !known.has(id))),
    );
    const shapeOf = (e: Element): string => {
      const attributes = [...e.attributes].map((a) => (a.name === 'class' ? `.${a.value}` : a.name)).sort().join(' ');
      const children: string[] = [];
      for (const child of e.children) {
        const shape = shapeOf(child);
        if (children[children.length - 1] !== shape) children.push(shape);
      }
      return `<${e.tagName}${attributes ? ` ${attributes}` : ''}>${children.join('')}</>`;
    };
    const seen = new Set<string>();
    let kept = 0;
    let removed = 0;
    for (const element of [...document.querySelectorAll(sel)]) {
      const shape = shapeOf(element);
      if (seen.has(shape)) {
        element.remove();
        removed++;
      } else {
        seen.add(shape);
        kept++;
      }
    }
    return { duplicateIds, missingReferences, kept, removed };
  }, selector);
  expect(outcome.duplicateIds, 'ids used twice on the page').toEqual([]);
  expect(outcome.missingReferences, 'ARIA references to ids not on the page').toEqual([]);
  return { kept: outcome.kept, removed: outcome.removed };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
}

export function expectCleanConsole(watch: ConsoleWatch): void {
  expect(watch.cspViolations, 'Content Security Policy refusals in the console').toEqual([]);
  expect(watch.scriptErrors, 'script errors in the console').toEqual([]);
}

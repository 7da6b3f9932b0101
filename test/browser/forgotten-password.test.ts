// "Forgotten your password?" in Chromium, with email going to a real SMTP server in the test process:
// the page from the sign-in page, the email, its link opened in the browser, a new password, and
// signing in with it; and an administrator told that an invitation was emailed. Every page is
// scanned with axe.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, unusedPort } from '../support/server.js';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.js';
import { expectAccessible, expectCleanConsole, launchBrowser, openSession, screenshot, settled, signIn } from './support/browser.js';

let smtp: TestSmtpServer;
let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

beforeAll(async () => {
  smtp = await startSmtpServer();
  // Links in emails use BULWARK_PUBLIC_URL, so the server's address is chosen before it starts.
  const port = await unusedPort();
  const env = { SMTP_URL: smtp.url, SMTP_FROM: 'Bulwark <bulwark@northshire-ics.example>', BULWARK_PUBLIC_URL: `http://127.0.0.1:${port}` };
  [server, browser] = await Promise.all([startTestServer({ env, port }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await smtp?.close();
});

describe('forgotten password', () => {
  it('asks for a link by email, opens it from the email, chooses a new password and signs in with it', async () => {
    const { page, context, console } = await openSession(browser, server.url);
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgotten your password?' }).click();
    await page.waitForURL((url) => url.pathname === '/forgotten-password');
    await page.getByRole('heading', { level: 1, name: 'Forgotten your password?' }).waitFor();
    expect(await page.title()).toBe('Forgotten your password? – Bulwark');
    await expectAccessible(page, 'forgotten-password');
    await screenshot(page, 'forgotten-password');

    // A typing slip is named beside the field.
    await page.getByLabel('Email address').fill('staff at northshire-mh');
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await page.locator('.nhsuk-error-summary').waitFor();
    expect(await page.title()).toBe('Error: Forgotten your password? – Bulwark');
    await expectAccessible(page, 'forgotten-password-error');

    await page.getByLabel('Email address').fill('staff@northshire-mh.example');
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check your email' }).waitFor();
    expect(await page.title()).toBe('Check your email – Bulwark');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.locator('main').textContent()).toContain('If staff@northshire-mh.example belongs to an account');
    await expectAccessible(page, 'forgotten-password-sent');
    await screenshot(page, 'forgotten-password-sent');

    const email = await smtp.waitForEmail('staff@northshire-mh.example');
    expect(email.subject).toBe('Choose a new Bulwark password');
    const link = /href="([^"]+)"/.exec(email.html)?.[1];
    expect(link).toMatch(new RegExp(`^${server.url}/reset-password#[A-Za-z0-9_-]{43}$`));
    expect(email.text).toContain(link);

    await page.goto(link!);
    await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('For staff@northshire-mh.example.');
    await expectAccessible(page, 'reset-password-from-email');
    await page.getByLabel('New password').fill('bramble-kestrel-lantern');
    await page.getByRole('button', { name: 'Save new password' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('passwordReset') === 'done');
    await expect.poll(() => page.locator('main').textContent()).toContain('Your password has been changed.');

    await signIn(page, 'staff@northshire-mh.example', 'bramble-kestrel-lantern');
    await page.waitForURL((url) => url.pathname !== '/sign-in');
    await settled(page);
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(1);

    // The link worked once.
    await page.goto(link!);
    await page.getByRole('heading', { level: 1, name: 'This link cannot be used' }).waitFor();
    expectCleanConsole(console);
    await context.close();
  });

  it('tells an administrator that an invitation was emailed, and still shows its link', async () => {
    const { page, context, console } = await openSession(browser, server.url);
    await signIn(page, 'orgadmin@northshire-mh.example', server.demoPassword);
    await page.waitForURL(/\/orgs\/[^/]+$/);
    await page.goto(`${new URL(page.url()).pathname}/people/invite`);
    await settled(page);
    await page.getByLabel('Email address').fill('new.nurse@northshire-mh.example');
    await page.getByLabel('Full name').fill('Nadia Nurse');
    await page.getByLabel('Staff member').check();
    await page.getByRole('button', { name: 'Create invitation' }).click();
    const shown = page.locator('.app-shown-once');
    await shown.waitFor();
    expect(await shown.textContent()).toContain('We have emailed this link to new.nurse@northshire-mh.example.');
    const link = (await shown.locator('code').textContent())!.trim();
    await expectAccessible(page, 'invitation-emailed');
    await screenshot(page, 'invitation-emailed');

    const email = await smtp.waitForEmail('new.nurse@northshire-mh.example');
    expect(email.text).toContain(link);
    expectCleanConsole(console);
    await context.close();
  });
});

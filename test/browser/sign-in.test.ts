// Signing in and out in a real browser: the error summary for a wrong password, coming back to the
// page asked for, and signing out.
import { describe, expect, it } from 'vitest';
import { expectAccessible, expectCleanConsole, finishSignIn, liveServerAndBrowser, openSession, screenshot, settled, signIn, signOut } from './support/browser.js';

const live = liveServerAndBrowser();

describe('signing in', () => {
  it('a wrong password shows an error summary with the reason, and takes focus', async () => {
    const { page, context, console } = await openSession(live.browser, live.server.url);
    await page.goto('/sign-in');
    await page.getByLabel('Email address').fill('orgadmin@northshire-acute.example');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    const summary = page.locator('.nhsuk-error-summary');
    await expect.poll(() => summary.isVisible()).toBe(true);
    await expect.poll(() => summary.getByRole('heading', { level: 2 }).textContent()).toContain('There is a problem');
    // The API's own words, not a generic message.
    expect((await summary.textContent())?.length).toBeGreaterThan('There is a problem'.length + 10);
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('nhsuk-error-summary'))).toBe(true);
    await expect.poll(() => page.title()).toBe('Error: Sign in – Bulwark');
    expect(page.url()).toContain('/sign-in');
    expectCleanConsole(console);
    await context.close();
  });

  it('after repeated wrong passwords the account is locked, and the summary says for how long', async () => {
    const { page, context, console } = await openSession(live.browser, live.server.url);
    await page.goto('/sign-in');
    const summary = page.locator('.nhsuk-error-summary');
    // The demo server locks an account after 5 failures in a row.
    for (let attempt = 1; attempt <= 5; attempt++) {
      await page.getByLabel('Email address').fill('analyst@northshire-acute.example');
      await page.getByLabel('Password').fill(`wrong guess number ${attempt}`);
      const answered = page.waitForResponse((response) => response.url().endsWith('/api/v1/auth/login'));
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      expect((await answered).status()).toBe(attempt < 5 ? 401 : 429);
      await summary.waitFor();
    }
    await expect.poll(() => summary.textContent()).toMatch(/locked for \d+ more minutes?/);
    // Even the right password is refused while it is locked.
    await page.getByLabel('Password').fill(live.server.demoPassword);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect.poll(() => summary.textContent()).toMatch(/locked/);
    expect(page.url()).toContain('/sign-in');
    expectCleanConsole(console);
    await context.close();
  });

  it('a page that needs sign-in sends you to sign in, then back to that page', async () => {
    const { page, context, console } = await openSession(live.browser, live.server.url);
    await page.goto('/account');
    await page.waitForURL(/\/sign-in\?returnTo=%2Faccount/);
    await page.getByLabel('Email address').fill('orgadmin@northshire-acute.example');
    await page.getByLabel('Password').fill(live.server.demoPassword);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    // An organisation administrator sets up a second factor first, and still arrives where they asked.
    await finishSignIn(page, 'orgadmin@northshire-acute.example');
    await page.waitForURL((url) => url.pathname === '/account');
    await settled(page);
    expect(await page.locator('main h1').textContent()).toBe('Your account');
    expect(await page.title()).toBe('Your account – Bulwark');
    expectCleanConsole(console);
    await context.close();
  });

  it('signing in with nowhere asked for goes to your first organisation, and signing out ends the session', async () => {
    const { page, context, console } = await openSession(live.browser, live.server.url);
    await page.goto('/sign-in');
    await page.getByLabel('Email address').fill('orgadmin@northshire-acute.example');
    await page.getByLabel('Password').fill(live.server.demoPassword);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await finishSignIn(page, 'orgadmin@northshire-acute.example');
    await page.waitForURL(/\/orgs\/[^/]+$/);
    await settled(page);
    expect(await page.locator('main h1').textContent()).toContain('Northshire Hospitals NHS Foundation Trust');
    expect(await page.getByRole('navigation', { name: 'Account' }).textContent()).toContain('Helen Marsh');

    await signOut(page);
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'You have signed out' }).count()).toBe(1);
    // The session is over on the server too: the account page now asks you to sign in.
    await page.goto('/account');
    await page.waitForURL(/\/sign-in/);
    expectCleanConsole(console);
    await context.close();
  });

  it('"Sign out of every session" on your account page ends your sessions in other browsers too', async () => {
    const laptop = await openSession(live.browser, live.server.url);
    const phone = await openSession(live.browser, live.server.url);
    await signIn(laptop.page, 'siro@northshire-acute.example', live.server.demoPassword);
    await signIn(phone.page, 'siro@northshire-acute.example', live.server.demoPassword);

    await laptop.page.goto('/account');
    await settled(laptop.page);
    const sessions = laptop.page.getByRole('table', { name: 'Your login sessions' }).getByRole('row');
    // A header row, and one row for each browser.
    await expect.poll(() => sessions.count()).toBe(3);
    expect(await sessions.filter({ hasText: 'This session' }).count()).toBe(1);

    await laptop.page.getByRole('button', { name: 'Sign out of every session' }).click();
    await laptop.page.waitForURL(/\/sign-in\?signedOut=everywhere/);
    await expect.poll(() => laptop.page.getByRole('alert').filter({ hasText: 'every Bulwark session' }).count()).toBe(1);

    await phone.page.goto('/account');
    await phone.page.waitForURL(/\/sign-in\?returnTo=%2Faccount/);
    expectCleanConsole(laptop.console);
    expectCleanConsole(phone.console);
    await laptop.context.close();
    await phone.context.close();
  });
});

describe('changing your password', () => {
  it('shows what is wrong beside each field, then changes it and signs out your other browser', async () => {
    const here = await openSession(live.browser, live.server.url);
    const elsewhere = await openSession(live.browser, live.server.url);
    await signIn(here.page, 'caldicott@northshire-acute.example', live.server.demoPassword);
    await signIn(elsewhere.page, 'caldicott@northshire-acute.example', live.server.demoPassword);

    await here.page.goto('/account');
    await settled(here.page);
    await here.page.getByLabel('Current password').fill('not my password');
    await here.page.getByLabel('New password').fill('short');
    await here.page.getByRole('button', { name: 'Change password' }).click();
    const summary = here.page.locator('.nhsuk-error-summary');
    await expect.poll(() => summary.textContent()).toContain('Your current password is not right');
    await expect.poll(() => summary.textContent()).toContain('at least 12 characters');
    await expectAccessible(here.page, 'account-password-errors');

    await here.page.getByLabel('Current password').fill(live.server.demoPassword);
    await here.page.getByLabel('New password').fill('juniper-harbour-signal');
    await here.page.getByRole('button', { name: 'Change password' }).click();
    await expect.poll(() => here.page.getByRole('alert').filter({ hasText: 'Your password has been changed' }).count()).toBe(1);
    await expect.poll(() => here.page.getByRole('alert').textContent()).toMatch(/signed out of 1 other session/);
    await screenshot(here.page, 'account-password-changed');

    // The other browser's session has ended: its next request sends it to sign in.
    await elsewhere.page.goto('/account');
    await elsewhere.page.waitForURL((url) => url.pathname.startsWith('/sign-in'));
    await signIn(elsewhere.page, 'caldicott@northshire-acute.example', 'juniper-harbour-signal');
    expectCleanConsole(here.console);
    await here.context.close();
    await elsewhere.context.close();
  });
});

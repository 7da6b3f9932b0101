// Every page, scanned with axe against WCAG 2.2 AA, with no Content Security Policy refusals in the
// console. Screenshots of each go to /tmp/bulwark-shots for a person to look at.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectCleanConsole, keepOneOfEachShape, liveServerAndBrowser, openSession, screenshot, type Session, settled, signIn } from './support/browser.js';

const live = liveServerAndBrowser();

/** Test data through the API, as the signed-in person: enough departments to fill more than a page of audit records. */
async function addDepartments(page: Page, orgId: string, count: number): Promise<void> {
  const me = await page.request.get('/api/v1/me');
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  for (let n = 1; n <= count; n++) {
    const response = await page.request.post(`/api/v1/orgs/${orgId}/children`, {
      headers: { 'x-csrf-token': csrfToken },
      data: { name: `Ward ${n}`, type: 'department' },
    });
    expect(response.status()).toBe(201);
  }
}

/** Visits a page, checks its title, scans it and photographs it. */
async function check(page: Page, path: string | null, name: string, title: RegExp | string): Promise<void> {
  if (path) await page.goto(path);
  await settled(page);
  if (typeof title === 'string') expect(await page.title()).toBe(title);
  else expect(await page.title()).toMatch(title);
  await expectAccessible(page, name);
  await screenshot(page, name);
}

describe('every page meets WCAG 2.2 AA', () => {
  it('pages for people who are not signed in', async () => {
    const { page, context, console } = await openSession(live.browser, live.server.url);
    await check(page, '/sign-in', 'sign-in', 'Sign in – Bulwark');

    await page.getByLabel('Email address').fill('orgadmin@northshire-acute.example');
    await page.getByLabel('Password').fill('wrong password entirely');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.locator('.nhsuk-error-summary').waitFor();
    await check(page, null, 'sign-in-error', 'Error: Sign in – Bulwark');

    await check(page, '/sign-in?signedOut=this', 'signed-out', 'Sign in – Bulwark');
    // This server sends no email: the page says to ask an administrator for a link.
    await check(page, '/forgotten-password', 'forgotten-password-no-email', 'Forgotten your password? – Bulwark');
    expect(await page.locator('main').textContent()).toContain('Ask an administrator of your organisation for a password reset link.');
    await check(page, '/no-such-page', 'not-found-signed-out', 'Page not found – Bulwark');
    expectCleanConsole(console);
    await context.close();
  });

  it('a page whose code is still coming says so, and one whose code cannot be fetched says to reload', async () => {
    const { page, context, console } = await openSession(live.browser, live.server.url);
    const pageCode = /\/assets\/api-docs-[\w-]+\.js$/;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(pageCode, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/api-docs');
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Loading the page…');
    release();
    await expect.poll(() => page.locator('main h1').textContent()).toContain('API documentation');
    expectCleanConsole(console);

    // A fresh tab whose request for the page's code fails (routing also bypasses the browser's cache).
    const failing = await context.newPage();
    const errors: string[] = [];
    failing.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
    await failing.route(pageCode, (route) => route.abort());
    await check(failing, '/api-docs', 'page-code-unavailable', 'This page could not be loaded – Bulwark');
    expect(await failing.getByRole('link', { name: 'Reload this page' }).getAttribute('href')).toBe(`${live.server.url}/api-docs`);
    expect(errors.filter((text) => !text.startsWith('Failed to load resource')).join('\n')).toMatch(/dynamically imported module/);
    await context.close();
  });

  // The API reference is long (every operation) and the same signed in or out: its operations are
  // scanned for an administrator below, one of each shape, and here, signed out, the page around them.
  it('the API reference for people who are not signed in', async () => {
    const { page, context, console } = await openSession(live.browser, live.server.url);
    await page.goto('/api-docs');
    await settled(page);
    expect(await page.title()).toBe('API documentation – Bulwark');
    expect(await page.locator('main section[aria-labelledby]').count()).toBeGreaterThan(10);
    await expectAccessible(page, 'api-docs-signed-out', { exclude: 'main section[aria-labelledby]' });
    expectCleanConsole(console);
    await context.close();
  });

  describe('pages for an organisation administrator', () => {
    let session: Session;
    let page: Page;
    let home: string;

    beforeAll(async () => {
      session = await openSession(live.browser, live.server.url);
      page = session.page;
      await signIn(page, 'orgadmin@northshire-acute.example', live.server.demoPassword);
      await page.waitForURL(/\/orgs\/[^/]+$/);
      home = new URL(page.url()).pathname;
    });

    afterAll(async () => {
      await session.context.close();
    });

    const trust = 'Northshire Hospitals NHS Foundation Trust';

    it('organisation home, tree and settings', async () => {
      await check(page, home, 'home', `${trust} – Bulwark`);
      expect(await page.getByRole('heading', { name: 'Recent changes' }).count()).toBe(1);
      await check(page, `${home}/organisations`, 'organisations', `Organisations – ${trust} – Bulwark`);
      await check(page, `${home}/settings`, 'settings', `Organisation details – ${trust} – Bulwark`);
      // The settings form after a validation problem.
      await page.getByLabel('ODS code (optional)').fill('not an ODS code');
      await page.getByRole('button', { name: 'Save details' }).click();
      await page.locator('.nhsuk-error-summary').waitFor();
      await check(page, null, 'settings-error', `Error: Organisation details – ${trust} – Bulwark`);
      // Adding a sub-organisation, and the confirmation that follows.
      await page.goto(`${home}/organisations`);
      await settled(page);
      await page.getByLabel('Name').fill('Pharmacy');
      await page.getByLabel('Type').selectOption({ label: 'Department' });
      await page.getByRole('button', { name: 'Add sub-organisation' }).click();
      await page.locator('.nhsuk-notification-banner--success').waitFor();
      await expect.poll(() => page.locator('.app-org-tree').first().textContent()).toContain('Pharmacy');
      await check(page, null, 'organisations-added', `Organisations – ${trust} – Bulwark`);
      expectCleanConsole(session.console);
    });

    it('people, adding a person, and a person’s page', async () => {
      // An invitation waiting, so the page has its second section and table too.
      const { csrfToken } = (await (await page.request.get('/api/v1/me')).json()) as { csrfToken: string };
      const invited = await page.request.post(`/api/v1/orgs/${home.split('/').pop()}/invitations`, {
        headers: { 'x-csrf-token': csrfToken },
        data: { email: 'kofi.mensah@northshire-acute.example', name: 'Kofi Mensah', roles: ['staff', 'information-asset-owner'] },
      });
      expect(invited.status()).toBe(201);
      await check(page, `${home}/people`, 'people', `People – ${trust} – Bulwark`);
      expect(await page.getByRole('table', { name: 'Invitations not yet answered' }).count()).toBe(1);
      await check(page, `${home}/people/new`, 'add-person', `Add a person – ${trust} – Bulwark`);
      await page.getByLabel('Full name').fill('Priya Shah');
      await page.getByLabel('Email address').fill('priya.shah@northshire-acute.example');
      await page.getByLabel('Initial password').fill('short');
      await page.getByLabel('Line manager').check();
      await page.getByRole('button', { name: 'Add person' }).click();
      await page.locator('.nhsuk-error-summary').waitFor();
      await check(page, null, 'add-person-error', `Error: Add a person – ${trust} – Bulwark`);

      await page.getByLabel('Initial password').fill('copper kettle meadow 7');
      await page.getByRole('button', { name: 'Add person' }).click();
      // Adding is an invitation: the People page lists it until Priya accepts.
      await page.waitForURL(/\/people$/);
      await page.locator('.nhsuk-notification-banner--success').waitFor();
      await check(page, null, 'people-invited', `People – ${trust} – Bulwark`);
      const priya = await openSession(live.browser, live.server.url);
      await signIn(priya.page, 'priya.shah@northshire-acute.example', 'copper kettle meadow 7');
      await priya.page.getByRole('button', { name: `Accept the invitation to ${trust}` }).click();
      await priya.page.waitForURL(/\/orgs\/[^/]+$/);
      await priya.context.close();

      await page.reload();
      await settled(page);
      await page.getByRole('link', { name: 'Priya Shah' }).click();
      await page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
      await check(page, null, 'person', `Priya Shah – ${trust} – Bulwark`);
      await page.getByRole('button', { name: 'Remove from organisation' }).click();
      await page.getByRole('button', { name: 'Yes, remove Priya Shah' }).waitFor();
      // The question replaces the button pressed, so focus moves to its answer.
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Yes, remove Priya Shah');
      await check(page, null, 'person-remove', `Priya Shah – ${trust} – Bulwark`);
      await page.getByRole('button', { name: 'Yes, remove Priya Shah' }).click();
      await page.waitForURL(/\/people$/);
      await page.locator('.nhsuk-notification-banner--success').waitFor();
      await check(page, null, 'person-removed', `People – ${trust} – Bulwark`);
      expect(await page.getByRole('row').filter({ hasText: 'priya.shah@' }).count()).toBe(0);
      expectCleanConsole(session.console);
    });

    it('the audit trail, filtered, paged and opened', async () => {
      await check(page, `${home}/audit`, 'audit', `Audit trail – ${trust} – Bulwark`);
      // Open the first record as stored.
      await page.locator('main table tbody tr').first().getByText('Show the full record').click();
      await check(page, null, 'audit-details', `Audit trail – ${trust} – Bulwark`);
      await page.getByLabel('Record type').selectOption({ label: 'Organisation' });
      await page.getByRole('button', { name: 'Apply filters' }).click();
      await page.waitForURL(/entityType=organisation/);
      await check(page, null, 'audit-filtered', `Audit trail – ${trust} – Bulwark`);
      // Older records: a page holds 25, so make sure there are more than that.
      await addDepartments(page, home.split('/').pop()!, 26);
      await page.goto(`${home}/audit`);
      await settled(page);
      // Rows of one person's changes in one minute can read alike; each record's details name its own department.
      const firstDetails = async () => {
        const row = page.locator('main table tbody tr').first();
        await row.getByText('Show the full record').click();
        return row.textContent();
      };
      const newest = await firstDetails();
      await page.getByRole('link', { name: /Older records/ }).click();
      await page.waitForURL(/before=\d+/);
      await settled(page);
      expect(await firstDetails()).not.toBe(newest);
      await check(page, null, 'audit-older', `Audit trail – ${trust} – Bulwark`);
      expectCleanConsole(session.console);
    });

    // Every operation is drawn by one component; axe scans each shape of it once (see keepOneOfEachShape).
    it('the API reference', { timeout: 240_000 }, async () => {
      await page.goto('/api-docs');
      await settled(page);
      expect(await page.getByRole('heading', { name: 'People', level: 2 }).count()).toBe(1);
      const { kept, removed } = await keepOneOfEachShape(page, 'main section[aria-labelledby] section[aria-labelledby]');
      expect(kept).toBeGreaterThan(1);
      expect(removed).toBeGreaterThan(kept);
      await check(page, null, 'api-docs', 'API documentation – Bulwark');
      expectCleanConsole(session.console);
    });

    it('your account and a page that does not exist', async () => {
      await check(page, '/account', 'account', 'Your account – Bulwark');
      expect(await page.getByRole('row').filter({ hasText: 'This session' }).count()).toBe(1);
      await check(page, '/orgs/not-an-organisation', 'org-not-found', /^(Page not found|You cannot see this page) – Bulwark$/);
      await check(page, '/no-such-page', 'not-found', 'Page not found – Bulwark');
      expectCleanConsole(session.console);
    });
  });

  it('the page a staff member sees when a section is not for them', async () => {
    const { page, context, console } = await openSession(live.browser, live.server.url);
    await signIn(page, 'staff@northshire-acute.example', live.server.demoPassword);
    await page.waitForURL(/\/orgs\/[^/]+$/);
    const home = new URL(page.url()).pathname;
    await check(page, home, 'home-staff', /^Northshire Hospitals NHS Foundation Trust – Bulwark$/);
    await check(page, `${home}/people`, 'not-allowed', /People – .* – Bulwark/);
    expectCleanConsole(console);
    await context.close();
  });

  it('pages for an ICS lead and a system administrator', async () => {
    for (const [email, name] of [
      ['icslead@northshire-ics.example', 'ics-lead'],
      ['admin@northshire-ics.example', 'system-admin'],
    ] as const) {
      const { page, context, console } = await openSession(live.browser, live.server.url);
      await signIn(page, email, live.server.demoPassword);
      await page.waitForURL(/\/orgs\/[^/]+$/);
      const home = new URL(page.url()).pathname;
      await check(page, home, `home-${name}`, /^Northshire Integrated Care System – Bulwark$/);
      await check(page, `${home}/organisations`, `organisations-${name}`, /^Organisations – /);
      expectCleanConsole(console);
      await context.close();
    }
  });

  it('pages on a phone-sized screen', async () => {
    const { page, context, console } = await openSession(live.browser, live.server.url, { width: 375, height: 812 });
    await check(page, '/sign-in', 'phone-sign-in', 'Sign in – Bulwark');
    await signIn(page, 'orgadmin@northshire-acute.example', live.server.demoPassword);
    await page.waitForURL(/\/orgs\/[^/]+$/);
    const home = new URL(page.url()).pathname;
    await check(page, home, 'phone-home', /^Northshire Hospitals NHS Foundation Trust – Bulwark$/);

    // The navigation folds behind a "Menu" button that keyboards and screen readers can use.
    const menu = page.getByRole('navigation', { name: 'Menu' });
    const toggle = menu.getByRole('button', { name: 'Menu' });
    const people = menu.getByRole('link', { name: 'People' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await people.isVisible()).toBe(false);
    const controlled = await toggle.getAttribute('aria-controls');
    expect(await page.locator(`[id="${controlled}"] a`).count()).toBeGreaterThan(3);
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await people.isVisible()).toBe(true);
    await check(page, null, 'phone-menu-open', /^Northshire Hospitals NHS Foundation Trust – Bulwark$/);
    // Escape folds it again and leaves focus on the button.
    await people.focus();
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Menu');
    // Following an item goes there and folds the menu.
    await toggle.click();
    await people.click();
    await page.waitForURL(/\/people$/);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await people.isVisible()).toBe(false);

    await check(page, `${home}/people`, 'phone-people', /^People – /);
    await check(page, `${home}/audit`, 'phone-audit', /^Audit trail – /);
    await check(page, '/account', 'phone-account', 'Your account – Bulwark');
    // Nothing but a scrolling table may be wider than the screen (WCAG 1.4.10 reflow).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expectCleanConsole(console);
    await context.close();
  });
});

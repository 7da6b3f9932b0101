// Single sign-on in Chromium, through a real OpenID Connect provider (oidc-provider, in this process,
// on localhost — another site from Bulwark's 127.0.0.1): an administrator sets up the connection,
// a person signs in on the provider's own login page and arrives with the role their group gives,
// and someone the organisation does not allow comes back to the sign-in page told why.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVIDER_ON_THIS_MACHINE, startIdentityProvider, type TestIdentityProvider } from '../support/identity-provider.js';
import { expectAccessible, expectCleanConsole, liveServerAndBrowser, openSession, screenshot, type Session, settled, signIn } from './support/browser.js';

const live = liveServerAndBrowser({ ...PROVIDER_ON_THIS_MACHINE });
let idp: TestIdentityProvider;
let admin: Session;

beforeAll(async () => {
  idp = await startIdentityProvider({ redirectUris: [`${live.server.url}/api/v1/auth/sso/callback`] });
  idp.people.set('jo', { password: 'jo-at-the-provider', email: 'staff@northshire-acute.example', name: 'Jo Taylor', groups: ['grp-auditors'] });
  idp.people.set('visitor', { password: 'visitor-pw', email: 'visitor@partner-agency.example', groups: ['grp-auditors'] });
  admin = await openSession(live.browser, live.server.url);
  await signIn(admin.page, 'orgadmin@northshire-acute.example', live.server.demoPassword);
});

// Registered after the shared hooks, so it runs before they stop the browser (hooks unwind in reverse).
afterAll(async () => {
  await admin?.context.close();
  await idp?.close();
});

/** Signs in on the provider's login page (oidc-provider's development form). */
async function signInAtProvider(page: Page, login: string, password: string) {
  await page.waitForURL((url) => url.origin === idp.issuer);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
}

async function startSingleSignOn(page: Page, email: string) {
  await page.goto('/sign-in');
  await settled(page);
  await page.getByRole('button', { name: 'Sign in with your organisation account' }).click();
  await page.getByLabel('Work email address').fill(email);
  await page.getByRole('button', { name: 'Continue to your organisation’s sign-in' }).click();
}

describe('single sign-on in the browser', () => {
  it('an administrator connects the trust to its identity provider, mapping a group to a role', async () => {
    const { page, console } = admin;
    await page.getByRole('link', { name: 'Change the organisation’s details' }).click();
    await page.getByRole('link', { name: 'Set up single sign-on' }).click();
    await page.waitForURL(/\/single-sign-on$/);
    await settled(page);
    expect(await page.title()).toBe('Single sign-on – Northshire Hospitals NHS Foundation Trust – Bulwark');
    expect(await page.locator('.nhsuk-summary-list').textContent()).toContain(`${live.server.url}/api/v1/auth/sso/callback`);
    await expectAccessible(page, 'the single sign-on page with no connections');

    await page.getByRole('button', { name: 'Add a connection' }).click();
    await settled(page);
    // Nothing filled in: every problem is named, beside its field and in the summary.
    await page.getByRole('button', { name: 'Add connection' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    await expect.poll(() => page.title()).toMatch(/^Error: Add a single sign-on connection/);
    expect(await summary.textContent()).toContain('Enter at least one email domain');
    await expectAccessible(page, 'the connection form with errors');
    await screenshot(page, 'sso-form-errors');

    await page.getByLabel('Name', { exact: true }).fill('Northshire Entra ID');
    await page.getByLabel('Issuer').fill(idp.issuer);
    await page.getByLabel('Client id').fill(idp.clientId);
    await page.getByLabel('Client secret').fill(idp.clientSecret);
    await page.getByLabel('Allowed email domains').fill('northshire-acute.example');
    await page.locator('#group-1').fill('grp-auditors');
    await page.getByRole('group', { name: 'Roles for group 1' }).getByLabel('Auditor (read-only)').check();
    await page.getByRole('button', { name: 'Add a group' }).click();
    await page.locator('#group-2').fill('grp-analysts');
    await page.getByRole('group', { name: 'Roles for group 2' }).getByLabel('Security analyst').check();
    await page.getByRole('button', { name: 'Add connection' }).click();

    await expect.poll(() => page.locator('.nhsuk-notification-banner--success').textContent()).toContain('Northshire Entra ID has been added');
    const row = page.getByRole('row', { name: /Northshire Entra ID/ });
    expect(await row.textContent()).toContain('Stored');
    expect(await row.textContent()).toContain('northshire-acute.example');
    await expectAccessible(page, 'the single sign-on page with a connection');
    await screenshot(page, 'sso-connections');

    // The secret is never shown again, not even as the field's value.
    await page.getByRole('link', { name: 'Change Northshire Entra ID' }).click();
    await settled(page);
    expect(await page.getByLabel('Client secret').inputValue()).toBe('');
    expect(await page.content()).not.toContain(idp.clientSecret);
    await expectAccessible(page, 'the form to change a connection');
    await screenshot(page, 'sso-change-connection');
    expectCleanConsole(console);
  });

  it('a person signs in on the provider’s page and arrives signed in, with the role their group gives', async () => {
    const { page, context } = await openSession(live.browser, live.server.url);
    // The session cookie is SameSite=Strict, so the page load at the end of the redirect chain that
    // began at the provider comes without it; the app's own requests from that page carry it.
    const meCalls: Promise<boolean>[] = [];
    page.on('request', (request) => {
      if (request.url() === `${live.server.url}/api/v1/me`) meCalls.push(request.allHeaders().then((headers) => /bulwark_session=/.test(headers.cookie ?? '')));
    });
    await startSingleSignOn(page, 'staff@northshire-acute.example');
    await screenshot(page, 'sso-provider-login');
    await signInAtProvider(page, 'jo', 'jo-at-the-provider');

    // Back at Bulwark, after a redirect chain that started on another site.
    await page.waitForURL(/\/orgs\/[^/]+$/);
    await settled(page);
    expect(await page.getByRole('navigation', { name: 'Account' }).textContent()).toContain('Jo Taylor');
    const roles = page.getByRole('list', { name: /^Your roles in/ });
    await expect.poll(() => roles.textContent()).toContain('Auditor (read-only)');
    expect(await roles.textContent()).toContain('Staff member');
    // The mapped role works: auditors may see who holds which role.
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'People' }).click();
    await settled(page);
    expect(await page.locator('main h1').textContent()).toContain('People');
    await screenshot(page, 'sso-signed-in');
    expect((await Promise.all(meCalls)).at(-1)).toBe(true);
    await context.close();
  });

  it('someone whose email domain the organisation does not allow is sent back to sign in, told why', async () => {
    const { page, context, console } = await openSession(live.browser, live.server.url);
    await startSingleSignOn(page, 'visitor@northshire-acute.example');
    await signInAtProvider(page, 'visitor', 'visitor-pw');
    await page.waitForURL((url) => url.origin === live.server.url && url.pathname === '/sign-in');
    expect(new URL(page.url()).search).toBe('?sso=domain-not-allowed');
    await settled(page);
    const summary = page.locator('.nhsuk-error-summary');
    await expect.poll(() => summary.textContent()).toContain('has not allowed single sign-on to Bulwark for your email address’s domain');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('nhsuk-error-summary'))).toBe(true);
    // No session was made.
    expect((await page.request.get('/api/v1/me')).status()).toBe(401);
    await expectAccessible(page, 'the sign-in page after a refused single sign-on');
    await screenshot(page, 'sso-refused-domain');
    // The provider's own pages are not Bulwark's to judge; Bulwark's pages logged nothing wrong.
    expectCleanConsole({ cspViolations: console.cspViolations.filter((m) => !m.includes(idp.issuer)), scriptErrors: console.scriptErrors });
    await context.close();
  });

  it('an email domain without single sign-on is told to use a password', async () => {
    const { page, context, console } = await openSession(live.browser, live.server.url);
    await startSingleSignOn(page, 'someone@nowhere.example');
    const summary = page.locator('.nhsuk-error-summary');
    await expect.poll(() => summary.textContent()).toContain('No single sign-on is set up for that email domain; sign in with your password');
    expect(await page.locator('#sso-email-error').textContent()).toContain('No single sign-on is set up');
    await expectAccessible(page, 'the sign-in page when no single sign-on serves the domain');
    await screenshot(page, 'sso-no-connection');
    expectCleanConsole(console);
    await context.close();
  });
});

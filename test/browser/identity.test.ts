// Identity in a real browser: setting up an authenticator app on first sign-in and signing in with it,
// recovery codes, personal and organisation API tokens, invitations, password-reset links, ending
// another session, and an organisation requiring a second factor of everyone. Every new page and
// state is scanned with axe and photographed.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCodeAt } from '../../src/modules/mfa/domain/totp.js';
import {
  enrolledFactors,
  expectAccessible,
  expectCleanConsole,
  finishSignIn,
  liveServerAndBrowser,
  openSession,
  readSetupKey,
  rememberFactors,
  screenshot,
  type Session,
  settled,
  setUpAuthenticatorApp,
  signIn,
  signOut,
} from './support/browser.js';

const live = liveServerAndBrowser();
const TRUST = 'Northshire Hospitals NHS Foundation Trust';
const SECURITY_LEAD = 'seclead@northshire-acute.example';

/** Checks the title, scans the page with axe and photographs it. */
async function check(page: Page, name: string, title: string | RegExp): Promise<void> {
  await settled(page);
  if (typeof title === 'string') expect(await page.title()).toBe(title);
  else expect(await page.title()).toMatch(title);
  await expectAccessible(page, name);
  await screenshot(page, name);
}

async function submitPassword(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

function errorSummary(page: Page) {
  return page.locator('.nhsuk-error-summary');
}

function successBanner(page: Page) {
  return page.locator('.nhsuk-notification-banner--success');
}

/** A bearer-token request from outside the browser, as a script would make it. */
async function callAsToken(token: string): Promise<number> {
  const response = await fetch(`${live.server.url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
  return response.status;
}

describe('second factors', () => {
  it('a security lead sets up an authenticator app on first sign-in, then signs in with a code from it', async () => {
    const { page, context, console } = await openSession(live.browser, live.server.url);
    await submitPassword(page, SECURITY_LEAD, live.server.demoPassword);
    await page.waitForURL((url) => url.pathname === '/set-up-mfa');
    await check(page, 'set-up-mfa', 'Set up an authenticator app – Bulwark');
    expect(await page.getByRole('img', { name: 'QR code for your authenticator app' }).getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    // Nothing else is open until it is done: no menu, no account link, and other pages lead back here.
    expect(await page.getByRole('navigation', { name: 'Menu' }).count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Account' }).getByRole('link').count()).toBe(0);
    await page.goto('/account');
    await page.waitForURL((url) => url.pathname === '/set-up-mfa' && url.search === '?returnTo=%2Faccount');
    await settled(page);

    // A code from ten minutes ago is refused, beside the field.
    const secret = await readSetupKey(page);
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await page.getByLabel('Code from your authenticator app').fill(totpCodeAt(secret, new Date(Date.now() - 600_000)));
    await page.getByRole('button', { name: 'Confirm' }).click();
    await errorSummary(page).waitFor();
    expect(await page.locator('#totp-code-error').textContent()).toContain('6-digit code');
    await check(page, 'set-up-mfa-error', 'Error: Set up an authenticator app – Bulwark');

    // The right code: ten recovery codes, once, with a file to keep them in.
    await page.getByLabel('Code from your authenticator app').fill(totpCodeAt(secret, new Date()));
    await page.getByRole('button', { name: 'Confirm' }).click();
    const codes = page.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem');
    await codes.first().waitFor();
    expect(await codes.count()).toBe(10);
    await check(page, 'set-up-mfa-recovery-codes', 'Save your recovery codes – Bulwark');
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download as text file' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('bulwark-recovery-codes.txt');
    const recoveryCodes = (await codes.allTextContents()).map((code) => code.trim());
    const saved = await new Promise<string>((resolve, reject) => {
      void file.createReadStream().then((stream) => {
        let text = '';
        stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        stream.on('end', () => resolve(text));
        stream.on('error', reject);
      });
    });
    for (const code of recoveryCodes) expect(saved).toContain(code);
    rememberFactors(page, SECURITY_LEAD, { secret, recoveryCodes });

    // Continue goes where they asked to go.
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL((url) => url.pathname === '/account');
    await settled(page);
    expect(await page.locator('main h1').textContent()).toBe('Your account');

    // Next time: the password, then a code. A code the app shows a step later has not been used yet.
    await signOut(page);
    await submitPassword(page, SECURITY_LEAD, live.server.demoPassword);
    await page.waitForURL((url) => url.pathname === '/sign-in/second-factor');
    await check(page, 'second-factor', 'Confirm it’s you – Bulwark');
    expect(await page.getByLabel('Code from your authenticator app').getAttribute('autocomplete')).toBe('one-time-code');
    expect(await page.getByLabel('Code from your authenticator app').getAttribute('inputmode')).toBe('numeric');

    await page.getByLabel('Code from your authenticator app').fill(totpCodeAt(secret, new Date(Date.now() - 600_000)));
    await page.getByRole('button', { name: 'Continue' }).click();
    await errorSummary(page).waitFor();
    expect(await errorSummary(page).textContent()).toContain('The code is not right');
    await check(page, 'second-factor-error', 'Error: Confirm it’s you – Bulwark');

    await page.getByLabel('Code from your authenticator app').fill(totpCodeAt(secret, new Date(Date.now() + 30_000)));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(/\/orgs\/[^/]+$/);
    await settled(page);
    expect(await page.locator('main h1').textContent()).toContain(TRUST);
    expectCleanConsole(console);
    await context.close();
  });

  it('a recovery code signs in when the app is not to hand; the account page counts them and gives new ones', async () => {
    const { page, context, console } = await openSession(live.browser, live.server.url);
    await submitPassword(page, SECURITY_LEAD, live.server.demoPassword);
    await page.waitForURL((url) => url.pathname === '/sign-in/second-factor');
    await settled(page);
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    // The field that replaced the switch has the cursor.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('recovery-code');
    await page.getByLabel('Recovery code').fill('not-a-code');
    await page.getByRole('button', { name: 'Continue' }).click();
    await errorSummary(page).waitFor();
    expect(await errorSummary(page).textContent()).toContain('That recovery code is not right');
    await check(page, 'second-factor-recovery-error', 'Error: Confirm it’s you – Bulwark');

    const factors = enrolledFactors(page, SECURITY_LEAD)!;
    await page.getByLabel('Recovery code').fill(factors.recoveryCodes.shift()!);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(/\/orgs\/[^/]+$/);

    await page.goto('/account');
    await settled(page);
    const secondFactor = page.getByRole('region', { name: 'Second factor' });
    await expect.poll(() => secondFactor.textContent()).toContain('You have 9 unused recovery codes');
    await check(page, 'account-second-factor', 'Your account – Bulwark');

    await page.getByRole('button', { name: 'Get new recovery codes' }).click();
    const fresh = page.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem');
    await fresh.first().waitFor();
    expect(await fresh.count()).toBe(10);
    await expect.poll(() => secondFactor.textContent()).toContain('You have 10 unused recovery codes');
    await check(page, 'account-new-recovery-codes', 'Your account – Bulwark');
    factors.recoveryCodes = (await fresh.allTextContents()).map((code) => code.trim());

    // Their role requires a second factor, so the only one cannot be removed.
    await page.getByRole('button', { name: 'Remove authenticator app' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('remove-totp-password');
    await page.getByLabel('Your password', { exact: true }).fill(live.server.demoPassword);
    await page.getByRole('button', { name: 'Remove authenticator app' }).click();
    await expect.poll(() => secondFactor.locator('.nhsuk-error-summary').textContent()).toContain('requires a second factor');
    await check(page, 'account-remove-totp-refused', 'Your account – Bulwark');
    expectCleanConsole(console);
    await context.close();
  });
});

describe('personal API tokens', () => {
  it('a token is shown once, works as a bearer token, and stops working when revoked', async () => {
    const { page, context, console } = await openSession(live.browser, live.server.url);
    await signIn(page, 'dpo@northshire-acute.example', live.server.demoPassword);
    await page.goto('/account');
    await settled(page);
    expect(await page.getByText('You have no personal API tokens.').count()).toBe(1);

    await page.getByRole('button', { name: 'Create token' }).click();
    await errorSummary(page).waitFor();
    await expect.poll(() => errorSummary(page).textContent()).toContain('Choose at least one scope');
    await check(page, 'account-token-errors', 'Your account – Bulwark');

    await page.getByLabel('Name', { exact: true }).fill('Monthly DSPT evidence export');
    await page.getByRole('group', { name: 'Your account' }).getByLabel('Read', { exact: true }).check();
    await page.getByRole('group', { name: 'People' }).getByLabel('Read', { exact: true }).check();
    await page.getByLabel('Expires after (days)').fill('30');
    await page.getByRole('button', { name: 'Create token' }).click();
    const secret = page.locator('.app-shown-once code');
    await secret.waitFor();
    const token = (await secret.textContent())!.trim();
    expect(token).toMatch(/^bwk_/);
    expect(await page.locator('.app-shown-once').textContent()).toContain('Copy it now: it will not be shown again.');
    await check(page, 'account-token-created', 'Your account – Bulwark');

    const row = page.getByRole('table', { name: 'Your personal API tokens' }).getByRole('row').filter({ hasText: 'Monthly DSPT evidence export' });
    expect(await row.textContent()).toContain(token.slice(0, 10));
    expect(await row.textContent()).toContain('Your account: read');
    expect(await callAsToken(token)).toBe(200);

    await page.reload();
    await settled(page);
    // Shown once: after a reload only its first characters remain.
    expect(await page.locator('.app-shown-once').count()).toBe(0);
    expect(await row.textContent()).not.toContain('Never');

    await row.getByRole('button', { name: 'Revoke Monthly DSPT evidence export' }).click();
    await expect.poll(() => successBanner(page).textContent()).toContain('has been revoked');
    await expect.poll(() => row.textContent()).toContain('Revoked');
    await check(page, 'account-token-revoked', 'Your account – Bulwark');
    expect(await callAsToken(token)).toBe(401);
    expectCleanConsole(console);
    await context.close();
  });
});

describe('an organisation administrator', () => {
  let admin: Session;
  let page: Page;
  let home: string;

  beforeAll(async () => {
    admin = await openSession(live.browser, live.server.url);
    page = admin.page;
    await signIn(page, 'orgadmin@northshire-acute.example', live.server.demoPassword);
    await page.waitForURL(/\/orgs\/[^/]+$/);
    home = new URL(page.url()).pathname;
  });

  afterAll(async () => {
    await admin.context.close();
  });

  it('invites a person, who accepts in another browser and is signed in', async () => {
    await page.goto(`${home}/people`);
    await settled(page);
    await page.getByRole('button', { name: 'Invite a person' }).click();
    await page.waitForURL(/\/people\/invite$/);
    await check(page, 'invite-person', `Invite a person – ${TRUST} – Bulwark`);
    await page.getByRole('button', { name: 'Create invitation' }).click();
    await errorSummary(page).waitFor();
    await check(page, 'invite-person-error', `Error: Invite a person – ${TRUST} – Bulwark`);

    await page.getByLabel('Email address').fill('nia.cole@northshire-acute.example');
    await page.getByLabel('Full name').fill('Nia Cole');
    await page.getByLabel('Staff member').check();
    await page.getByRole('button', { name: 'Create invitation' }).click();
    const link = page.locator('.app-shown-once code');
    await link.waitFor();
    const invitation = (await link.textContent())!.trim();
    expect(invitation).toMatch(new RegExp(`^${live.server.url}/accept-invitation#.+`));
    await check(page, 'invite-person-link', `Invite a person – ${TRUST} – Bulwark`);

    await page.goto(`${home}/people`);
    await settled(page);
    const pending = page.getByRole('table', { name: 'Invitations not yet answered' });
    await expect.poll(() => pending.textContent()).toContain('nia.cole@northshire-acute.example');
    await check(page, 'people-invitations', `People – ${TRUST} – Bulwark`);

    // The invited person, in their own browser.
    const invited = await openSession(live.browser, live.server.url);
    await invited.page.goto(invitation);
    await invited.page.getByRole('button', { name: 'Accept invitation' }).waitFor();
    await check(invited.page, 'accept-invitation', `Join ${TRUST} – Bulwark`);
    expect(await invited.page.locator('.nhsuk-summary-list').textContent()).toContain('nia.cole@northshire-acute.example');
    expect(await invited.page.getByLabel('Full name').inputValue()).toBe('Nia Cole');
    await invited.page.getByLabel('Create a password').fill('short');
    await invited.page.getByRole('button', { name: 'Accept invitation' }).click();
    await errorSummary(invited.page).waitFor();
    await check(invited.page, 'accept-invitation-error', `Error: Join ${TRUST} – Bulwark`);
    await invited.page.getByLabel('Create a password').fill('harbour lantern meadow 9');
    await invited.page.getByRole('button', { name: 'Accept invitation' }).click();
    await invited.page.waitForURL(/\/orgs\/[^/]+$/);
    await settled(invited.page);
    expect(await invited.page.getByRole('navigation', { name: 'Account' }).textContent()).toContain('Nia Cole');

    // Used once: the same link now explains itself.
    await invited.page.goto(invitation);
    await invited.page.getByRole('heading', { name: 'This link cannot be used' }).waitFor();
    expect(await invited.page.locator('main').textContent()).toContain('used already');
    await check(invited.page, 'accept-invitation-used', 'This link cannot be used – Bulwark');
    expectCleanConsole(invited.console);
    await invited.context.close();

    await page.reload();
    await settled(page);
    await expect.poll(() => page.getByRole('table', { name: `People in ${TRUST}` }).textContent()).toContain('Nia Cole');
    expect(await page.getByText('There are no invitations waiting to be answered.').count()).toBe(1);
    expectCleanConsole(admin.console);
  });

  it('withdraws an invitation, and its link stops working', async () => {
    await page.goto(`${home}/people/invite`);
    await settled(page);
    await page.getByLabel('Email address').fill('wrong.address@northshire-acute.example');
    await page.getByLabel('Full name').fill('Wrong Address');
    await page.getByLabel('Auditor (read-only)').check();
    await page.getByRole('button', { name: 'Create invitation' }).click();
    await page.locator('.app-shown-once code').waitFor();
    const invitation = (await page.locator('.app-shown-once code').textContent())!.trim();

    await page.goto(`${home}/people`);
    await settled(page);
    await page.getByRole('button', { name: 'Withdraw the invitation to wrong.address@northshire-acute.example' }).click();
    await expect.poll(() => successBanner(page).textContent()).toContain('has been withdrawn');
    await check(page, 'people-invitation-withdrawn', `People – ${TRUST} – Bulwark`);

    const stranger = await openSession(live.browser, live.server.url);
    await stranger.page.goto(invitation);
    await stranger.page.getByRole('heading', { name: 'This link cannot be used' }).waitFor();
    expect(await stranger.page.locator('main').textContent()).toContain('withdrawn');
    await check(stranger.page, 'accept-invitation-withdrawn', 'This link cannot be used – Bulwark');
    expectCleanConsole(stranger.console);
    await stranger.context.close();
    expectCleanConsole(admin.console);
  });

  it('creates a password reset link, which the person uses in another browser', async () => {
    await page.goto(`${home}/people`);
    await settled(page);
    await page.getByRole('link', { name: 'Mark Donnelly' }).click();
    await settled(page);
    await page.getByRole('button', { name: 'Create password reset link' }).click();
    const link = page.locator('.app-shown-once code');
    await link.waitFor();
    const reset = (await link.textContent())!.trim();
    expect(reset).toMatch(new RegExp(`^${live.server.url}/reset-password#.+`));
    await check(page, 'person-reset-link', `Mark Donnelly – ${TRUST} – Bulwark`);

    const person = await openSession(live.browser, live.server.url);
    await person.page.goto(reset);
    await person.page.getByRole('button', { name: 'Save new password' }).waitFor();
    await check(person.page, 'reset-password', 'Choose a new password – Bulwark');
    expect(await person.page.locator('main').textContent()).toContain('iao@northshire-acute.example');
    await person.page.getByLabel('New password').fill('short');
    await person.page.getByRole('button', { name: 'Save new password' }).click();
    await errorSummary(person.page).waitFor();
    await check(person.page, 'reset-password-error', 'Error: Choose a new password – Bulwark');
    await person.page.getByLabel('New password').fill('willow compass thistle 4');
    await person.page.getByRole('button', { name: 'Save new password' }).click();
    await person.page.waitForURL((url) => url.pathname === '/sign-in' && url.search === '?passwordReset=done');
    await expect.poll(() => successBanner(person.page).textContent()).toContain('Sign in with your new password');
    await check(person.page, 'sign-in-after-reset', 'Sign in – Bulwark');
    await signIn(person.page, 'iao@northshire-acute.example', 'willow compass thistle 4');
    await person.page.waitForURL(/\/orgs\/[^/]+$/);

    await person.page.goto(reset);
    await person.page.getByRole('heading', { name: 'This link cannot be used' }).waitFor();
    expectCleanConsole(person.console);
    await person.context.close();
    expectCleanConsole(admin.console);
  });

  it('resets a person’s second factors, and they set one up again when they next sign in', async () => {
    await page.goto(`${home}/people`);
    await settled(page);
    await page.getByRole('link', { name: 'Tom Whitfield' }).click();
    await settled(page);
    await page.getByRole('button', { name: 'Reset second factors' }).click();
    await page.getByRole('button', { name: 'Yes, reset second factors' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Yes, reset second factors');
    await check(page, 'person-reset-mfa-confirm', `Tom Whitfield – ${TRUST} – Bulwark`);
    await page.getByRole('button', { name: 'Yes, reset second factors' }).click();
    await expect.poll(() => successBanner(page).textContent()).toContain('second factors have been removed');
    await check(page, 'person-reset-mfa-done', `Tom Whitfield – ${TRUST} – Bulwark`);

    const lead = await openSession(live.browser, live.server.url);
    await submitPassword(lead.page, SECURITY_LEAD, live.server.demoPassword);
    await lead.page.waitForURL((url) => url.pathname === '/set-up-mfa');
    await settled(lead.page);
    await setUpAuthenticatorApp(lead.page, SECURITY_LEAD);
    await lead.page.waitForURL(/\/orgs\/[^/]+$/);
    expectCleanConsole(lead.console);
    await lead.context.close();
    expectCleanConsole(admin.console);
  });

  it('creates and revokes the organisation’s API tokens', async () => {
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'API tokens' }).click();
    await page.waitForURL(/\/tokens$/);
    await check(page, 'org-tokens', `API tokens – ${TRUST} – Bulwark`);

    // A service token without roles or scopes is refused, naming both.
    await page.getByLabel('Name', { exact: true }).fill('Risk register sync');
    await page.getByLabel('Service token').check();
    await page.getByRole('button', { name: 'Create token' }).click();
    await errorSummary(page).waitFor();
    await expect.poll(() => errorSummary(page).textContent()).toContain('Choose the roles the service acts with');
    await check(page, 'org-tokens-error', `Error: API tokens – ${TRUST} – Bulwark`);
    await page.getByRole('group', { name: 'Roles it acts with' }).getByLabel('Auditor (read-only)').check();
    await page.getByRole('group', { name: 'Audit trail' }).getByLabel('Read', { exact: true }).check();
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.locator('.app-shown-once code').waitFor();
    const service = (await page.locator('.app-shown-once code').textContent())!.trim();
    expect(service).toMatch(/^bwk_/);

    await page.getByLabel('Name', { exact: true }).fill('Entra ID provisioning');
    await page.getByLabel('SCIM provisioning token').check();
    await page.getByRole('button', { name: 'Create token' }).click();
    await expect.poll(() => page.locator('.app-shown-once').textContent()).toContain('Entra ID provisioning');
    await check(page, 'org-tokens-created', `API tokens – ${TRUST} – Bulwark`);
    const table = page.getByRole('table', { name: `API tokens of ${TRUST}` });
    await expect.poll(() => table.getByRole('row').count()).toBe(3);
    expect(await table.textContent()).toContain('As Auditor (read-only)');

    await table.getByRole('button', { name: 'Revoke Risk register sync' }).click();
    await expect.poll(() => successBanner(page).textContent()).toContain('has been revoked');
    expect(await callAsToken(service)).toBe(401);
    expectCleanConsole(admin.console);
  });

  it('requires a second factor of everyone, and a staff member is led to set one up', async () => {
    await page.goto(`${home}/settings`);
    await settled(page);
    await page.getByLabel('Everyone').check();
    await page.getByRole('button', { name: 'Save second factor setting' }).click();
    await expect.poll(() => successBanner(page).textContent()).toContain('Everyone here must now use a second factor');
    await check(page, 'settings-mfa-policy', `Organisation details – ${TRUST} – Bulwark`);
    // The details form still saves: the policy change moved the version on, and the form kept up.
    await page.getByRole('button', { name: 'Save details' }).click();
    await expect.poll(() => successBanner(page).first().textContent()).toContain('details have been saved');

    const staff = await openSession(live.browser, live.server.url);
    await submitPassword(staff.page, 'staff@northshire-acute.example', live.server.demoPassword);
    await staff.page.waitForURL((url) => url.pathname === '/set-up-mfa');
    await settled(staff.page);
    expect(await staff.page.locator('main').textContent()).toContain('Your organisation asks you');
    await finishSignIn(staff.page, 'staff@northshire-acute.example');
    await staff.page.waitForURL(/\/orgs\/[^/]+$/);
    await settled(staff.page);
    expect(await staff.page.locator('main h1').textContent()).toContain(TRUST);
    expectCleanConsole(staff.console);
    await staff.context.close();
    expectCleanConsole(admin.console);
  });
});

describe('login sessions', () => {
  it('signing out of another session from your account ends it there', async () => {
    const laptop = await openSession(live.browser, live.server.url);
    const phone = await openSession(live.browser, live.server.url, { width: 375, height: 812 });
    await signIn(laptop.page, 'iglead@northshire-acute.example', live.server.demoPassword);
    await signIn(phone.page, 'iglead@northshire-acute.example', live.server.demoPassword);

    await laptop.page.goto('/account');
    await settled(laptop.page);
    const rows = laptop.page.getByRole('table', { name: 'Your login sessions' }).getByRole('row');
    await expect.poll(() => rows.count()).toBe(3);
    const other = rows.filter({ hasNotText: 'This session' }).filter({ has: laptop.page.getByRole('button') });
    await other.getByRole('button', { name: /^Sign out of / }).click();
    await expect.poll(() => successBanner(laptop.page).textContent()).toContain('You have been signed out of');
    await expect.poll(() => rows.count()).toBe(2);
    await check(laptop.page, 'account-session-ended', 'Your account – Bulwark');

    await phone.page.goto('/account');
    await phone.page.waitForURL(/\/sign-in\?returnTo=%2Faccount/);
    // This browser's own session carries on.
    await laptop.page.reload();
    await settled(laptop.page);
    expect(await laptop.page.locator('main h1').textContent()).toBe('Your account');
    await check(laptop.page, 'account-phone', 'Your account – Bulwark');
    expectCleanConsole(laptop.console);
    expectCleanConsole(phone.console);
    await laptop.context.close();
    await phone.context.close();
  });

  it('second-factor and set-up pages fit a phone-sized screen', async () => {
    const { page, context, console } = await openSession(live.browser, live.server.url, { width: 375, height: 812 });
    await submitPassword(page, 'siro@northshire-acute.example', live.server.demoPassword);
    await page.waitForURL((url) => url.pathname === '/set-up-mfa');
    await check(page, 'phone-set-up-mfa', 'Set up an authenticator app – Bulwark');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await setUpAuthenticatorApp(page, 'siro@northshire-acute.example');
    await signOut(page);
    await submitPassword(page, 'siro@northshire-acute.example', live.server.demoPassword);
    await page.waitForURL((url) => url.pathname === '/sign-in/second-factor');
    await check(page, 'phone-second-factor', 'Confirm it’s you – Bulwark');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expectCleanConsole(console);
    await context.close();
  });
});

// Passkeys in a real browser: Chromium's virtual authenticator (through the DevTools protocol) plays a
// phone or laptop with a fingerprint reader. A person adds a passkey on their account page and signs
// in with it alone; gives it as the second factor after their password; and a privileged person sets
// one up as the second factor their organisation requires.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, expectCleanConsole, liveServerAndBrowser, openSession, SCREENSHOT_DIR, screenshot, settled, signOut } from './support/browser.js';

const live = liveServerAndBrowser();

/**
 * WebAuthn needs a secure context and a relying-party id that is a domain name: http://localhost is
 * both, while the test server's http://127.0.0.1 address is neither a domain nor usable as an RP id.
 */
const localhostUrl = () => live.server.url.replace('127.0.0.1', 'localhost');

interface Authenticator {
  cdp: CDPSession;
  authenticatorId: string;
}

/** A platform authenticator that holds discoverable passkeys and verifies the person (as Touch ID would). */
async function addVirtualAuthenticator(context: BrowserContext, page: Page): Promise<Authenticator> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  return { cdp, authenticatorId };
}

async function credentialsOn({ cdp, authenticatorId }: Authenticator) {
  return (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials;
}

async function signInWithPassword(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(live.server.demoPassword);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

describe('passkeys in the browser', () => {
  it('a person adds a passkey on their account page, then signs in with it alone and gives it after their password', async () => {
    const { page, context, console } = await openSession(live.browser, localhostUrl());
    const authenticator = await addVirtualAuthenticator(context, page);
    await signInWithPassword(page, 'staff@northshire-acute.example');
    await page.goto('/account');
    await settled(page);
    const section = page.getByRole('region', { name: 'Passkeys and security keys', exact: true });
    await expect.poll(() => section.getByText('You have not added a passkey.').count()).toBe(1);

    // Without a name, the device is not asked at all.
    await section.getByRole('button', { name: 'Add passkey' }).click();
    await expect.poll(() => section.locator('.nhsuk-error-summary').textContent()).toContain('Enter a name for the passkey');
    expect(await credentialsOn(authenticator)).toHaveLength(0);
    await expectAccessible(page, 'account page, passkey without a name');

    await section.getByLabel('Name for the passkey').fill('Work laptop');
    await section.getByRole('button', { name: 'Add passkey' }).click();
    await expect.poll(() => section.getByRole('alert').filter({ hasText: 'Your passkey “Work laptop” has been added.' }).count()).toBe(1);
    // The first second factor comes with recovery codes, shown once.
    await expect.poll(() => section.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem').count()).toBe(10);
    const table = section.getByRole('table', { name: 'Your passkeys and security keys' });
    await expect.poll(() => table.getByRole('rowheader').first().textContent()).toContain('Work laptop');
    const [credential] = await credentialsOn(authenticator);
    expect(credential?.isResidentCredential).toBe(true);
    await expectAccessible(page, 'account page, passkey added');
    await screenshot(page, 'passkeys-account-added');
    await section.screenshot({ path: `${SCREENSHOT_DIR}/passkeys-account-added-section.png` });

    await section.getByRole('button', { name: 'Rename Work laptop' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('rename-passkey-name');
    await section.getByLabel('New name').fill('Office laptop');
    await section.getByRole('button', { name: 'Save name' }).click();
    await expect.poll(() => table.getByRole('rowheader').first().textContent()).toContain('Office laptop');

    // Signed out, the passkey alone signs in: no email address, no password.
    await signOut(page);
    await settled(page);
    await expectAccessible(page, 'sign-in page with the passkey option');
    await screenshot(page, 'passkeys-sign-in');
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await page.waitForURL(/\/orgs\/[^/]+$/);
    await settled(page);
    const me = (await (await page.request.get('/api/v1/me')).json()) as { stage: string; user: { email: string; name: string } };
    expect(me).toMatchObject({ stage: 'complete', user: { email: 'staff@northshire-acute.example' } });
    expect(await page.getByRole('navigation', { name: 'Account' }).textContent()).toContain(me.user.name);

    // With the password, the passkey is now the second factor.
    await signOut(page);
    await signInWithPassword(page, 'staff@northshire-acute.example');
    await page.waitForURL(/\/sign-in\/second-factor/);
    await settled(page);
    await expectAccessible(page, 'second-factor page with the passkey option');
    await screenshot(page, 'passkeys-second-factor');
    await page.getByRole('button', { name: 'Use a passkey' }).click();
    await page.waitForURL(/\/orgs\/[^/]+$/);
    await settled(page);
    await page.goto('/account');
    await settled(page);
    await expect.poll(() => table.getByRole('cell').nth(1).textContent()).not.toContain('Never');
    expectCleanConsole(console);
    await context.close();
  });

  it('a privileged person sets up a passkey as the second factor their organisation requires, and keeps it', async () => {
    const { page, context, console } = await openSession(live.browser, localhostUrl());
    await addVirtualAuthenticator(context, page);
    await signInWithPassword(page, 'seclead@northshire-acute.example');
    await page.waitForURL(/\/set-up-mfa/);
    await settled(page);
    const enrolment = page.getByRole('region', { name: 'Or use a passkey instead' });
    await enrolment.getByLabel('Name for the passkey').fill('Desk security key');
    await enrolment.getByRole('button', { name: 'Add passkey' }).click();
    await expect.poll(() => enrolment.getByRole('alert').filter({ hasText: 'Your passkey “Desk security key” has been added.' }).count()).toBe(1);
    await expect.poll(() => enrolment.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem').count()).toBe(10);
    await expectAccessible(page, 'set-up page, passkey added');
    await screenshot(page, 'passkeys-enrolled');
    await enrolment.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(/\/orgs\/[^/]+$/);
    await settled(page);

    // Their only second factor cannot be removed: the page says why.
    await page.goto('/account');
    await settled(page);
    const section = page.getByRole('region', { name: 'Passkeys and security keys', exact: true });
    await section.getByRole('button', { name: 'Remove Desk security key' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('remove-passkey-password');
    await section.getByLabel('Your password').fill(live.server.demoPassword);
    await section.getByRole('button', { name: 'Remove passkey' }).click();
    await expect.poll(() => section.locator('.nhsuk-error-summary').textContent()).toContain('requires a second factor');
    await expectAccessible(page, 'account page, last passkey cannot be removed');
    await screenshot(page, 'passkeys-remove-refused');
    await section.screenshot({ path: `${SCREENSHOT_DIR}/passkeys-remove-refused-section.png` });
    await section.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain('Remove');

    // Signing in with the passkey alone satisfies the organisation: no set-up or code step.
    await signOut(page);
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await page.waitForURL(/\/orgs\/[^/]+$/);
    expectCleanConsole(console);
    await context.close();
  });
});

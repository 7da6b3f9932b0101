// An organisation administrator looks after the people in their trust, in a real browser: add a
// person (who signs in and accepts), change their roles, deactivate them, and find each change in the
// audit trail.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectCleanConsole, liveServerAndBrowser, openSession, screenshot, type Session, settled, signIn } from './support/browser.js';

const live = liveServerAndBrowser();
let session: Session;
let page: Page;

beforeAll(async () => {
  session = await openSession(live.browser, live.server.url);
  page = session.page;
  await signIn(page, 'orgadmin@northshire-acute.example', live.server.demoPassword);
});

// Registered after the shared hooks, so it runs before they stop the browser (hooks unwind in reverse).
afterAll(async () => {
  await session?.context.close();
});

/** The success banner's text, polled, since the banner from the previous action may still be showing. */
function successMessage(page: Page) {
  return expect.poll(() => page.locator('.nhsuk-notification-banner--success').textContent());
}

describe('an organisation administrator managing people', () => {
  it('an empty "Add a person" form names each problem beside its field and in the error summary', async () => {
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'People' }).click();
    await settled(page);
    await page.getByRole('button', { name: 'Add a person' }).click();
    await settled(page);
    expect(await page.title()).toBe('Add a person – Northshire Hospitals NHS Foundation Trust – Bulwark');

    await page.getByRole('button', { name: 'Add person' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    const firstLink = summary.getByRole('link').first();
    const target = await firstLink.getAttribute('href');
    expect(target).toMatch(/^#/);
    // The same message is shown beside the field it is about.
    const message = (await firstLink.textContent())?.trim() ?? '';
    expect(message.length).toBeGreaterThan(0);
    expect(await page.locator(`${target}-error`).textContent()).toContain(message);
    expect(await page.title()).toMatch(/^Error: Add a person/);
    // Following the link puts the cursor in that field.
    await firstLink.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(target!.slice(1));
  });

  it('adds a person, who signs in and accepts; changes their roles, deactivates them, and the audit trail shows each change', async () => {
    const email = `chidi.obi.${Date.now()}@northshire-acute.example`;
    await page.getByLabel('Full name').fill('Chidi Obi');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Initial password').fill('lantern orchard velvet 42');
    await page.getByLabel('Staff member').check();
    await page.getByRole('button', { name: 'Add person' }).click();

    // Adding is an invitation, whether or not they had an account: it waits on the People page.
    await page.waitForURL(/\/people$/);
    await successMessage(page).toContain('Chidi Obi has been invited');
    const waiting = page.getByRole('table', { name: 'Invitations not yet answered' });
    await expect.poll(() => waiting.textContent()).toContain(email);

    // Chidi signs in with the initial password, in their own browser, and accepts.
    const chidi = await openSession(live.browser, live.server.url);
    await signIn(chidi.page, email, 'lantern orchard velvet 42');
    await chidi.page.waitForURL((url) => url.pathname === '/');
    const invitations = chidi.page.getByRole('table', { name: 'Invitations waiting for your answer' });
    await expect.poll(() => invitations.textContent()).toContain('Northshire Hospitals NHS Foundation Trust');
    expect(await invitations.textContent()).toContain('Staff member');
    await settled(chidi.page);
    await expectAccessible(chidi.page, 'home-with-invitation');
    await screenshot(chidi.page, 'home-with-invitation');
    await chidi.page.getByRole('button', { name: 'Accept the invitation to Northshire Hospitals NHS Foundation Trust' }).click();
    // Accepted: Bulwark takes them to the organisation they joined.
    await chidi.page.waitForURL(/\/orgs\/[^/]+$/);
    await settled(chidi.page);
    expect(await chidi.page.locator('main h1').textContent()).toContain('Northshire Hospitals NHS Foundation Trust');
    expectCleanConsole(chidi.console);
    await chidi.context.close();

    await page.reload();
    await settled(page);
    await page.getByRole('link', { name: 'Chidi Obi' }).click();
    await page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
    await settled(page);
    expect(await page.locator('main h1').textContent()).toContain('Chidi Obi');
    const details = page.locator('.nhsuk-summary-list');
    expect(await details.textContent()).toContain(email);
    expect(await details.textContent()).toContain('Staff member');
    expect(await details.textContent()).toContain('Active');

    // Change roles: an Information Asset Owner, no longer plain staff.
    await page.getByLabel('Information Asset Owner').check();
    await page.getByLabel('Staff member').uncheck();
    await page.getByRole('button', { name: 'Save roles' }).click();
    await successMessage(page).toContain('roles have been saved');
    await expect.poll(() => details.textContent()).toContain('Information Asset Owner');
    expect(await details.textContent()).not.toContain('Staff member');

    // Deactivate.
    await page.getByRole('button', { name: 'Deactivate Chidi Obi' }).click();
    await successMessage(page).toContain('has been deactivated');
    await expect.poll(() => details.textContent()).toContain('Deactivated');
    await page.getByRole('button', { name: 'Reactivate Chidi Obi' }).waitFor();

    // The People list shows the new state.
    await page.getByRole('link', { name: 'Back to people' }).click();
    await settled(page);
    const row = page.getByRole('row').filter({ hasText: email });
    // The list may first show what it held before the change, then what the server says now.
    await expect.poll(() => row.textContent()).toContain('Information Asset Owner');
    await expect.poll(() => row.textContent()).toContain('Deactivated');

    // The audit trail: the deactivation in words, by whom, with the change of status.
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Audit trail' }).click();
    await settled(page);
    await page.getByLabel('What happened').selectOption({ label: 'Deactivated an account' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/action=user\.deactivate/);
    await settled(page);
    const records = page.locator('main table tbody tr');
    await expect.poll(() => records.count()).toBe(1);
    const record = records.first();
    expect(await record.textContent()).toContain('Deactivated an account');
    expect(await record.textContent()).toContain('Person: Chidi Obi');
    expect(await record.textContent()).toContain('Helen Marsh');
    expect(await record.textContent()).toContain('orgadmin@northshire-acute.example');
    expect(await record.textContent()).not.toContain('user.deactivate');
    const status = record.getByRole('listitem').filter({ hasText: 'Status:' });
    expect(words(await status.innerText())).toMatch(/^Status: Active → (changed to )?Deactivated$/);
    // The record exactly as stored, for auditors.
    await record.getByText('Show the full record').click();
    const stored = record.locator('pre');
    expect(await stored.nth(0).textContent()).toContain('"status": "active"');
    expect(await stored.nth(1).textContent()).toContain('"status": "deactivated"');
    expect(await record.locator('dl').textContent()).toContain('user.deactivate');

    // Filtering by a whole group of actions: the invitations Helen made and the one Chidi accepted.
    await page.getByLabel('What happened').selectOption({ label: 'Anything about invitations' });
    await page.getByLabel('Person').fill('chidi.obi');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/action=invitation\.&actor=chidi\.obi/);
    await settled(page);
    const accepted = page.locator('main table tbody tr');
    await expect.poll(() => accepted.count()).toBe(1);
    expect(await accepted.first().textContent()).toContain('Accepted an invitation');
    await page.getByLabel('Person').fill('orgadmin');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/action=invitation\.&actor=orgadmin/);
    await settled(page);
    await expect.poll(() => page.locator('main table tbody tr').first().textContent()).toContain('Invited a person');

    // The role change, as a readable change of the roles field.
    await page.getByLabel('What happened').selectOption({ label: 'Changed a person’s roles' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/action=member\.roles&actor=orgadmin/);
    await settled(page);
    const roleChange = page.locator('main table tbody tr').first();
    await expect.poll(() => roleChange.textContent()).toContain('Changed a person’s roles');
    expect(words(await roleChange.getByRole('listitem').filter({ hasText: 'Roles:' }).innerText())).toMatch(/^Roles: Staff member → (changed to )?Information Asset Owner$/);
    expectCleanConsole(session.console);
  });

  it('a stale edit of the organisation is refused with the conflict explained', async () => {
    const home = new URL(page.url()).pathname.replace(/\/audit$/, '');
    await page.goto(`${home}/settings`);
    await settled(page);
    // Someone else saves first, in another tab.
    const other = await page.context().newPage();
    await other.goto(`${home}/settings`);
    await other.getByLabel('Name').fill('Northshire Hospitals NHS Foundation Trust (renamed)');
    await other.getByRole('button', { name: 'Save details' }).click();
    await other.locator('.nhsuk-notification-banner--success').waitFor();
    await other.close();

    await page.getByLabel('ODS code (optional)').fill('RZW');
    await page.getByRole('button', { name: 'Save details' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Someone else changed these details');
    await expect.poll(() => page.locator('.nhsuk-inset-text').textContent()).toContain('(renamed)');
    // Saving again is a deliberate choice, and now succeeds.
    await page.getByRole('button', { name: 'Save my changes anyway' }).click();
    await successMessage(page).toContain('saved');
    expectCleanConsole(session.console);
  });

  it('a person’s page shows their sign-in activity, which no organisation’s trail holds', async () => {
    const me = (await (await page.request.get('/api/v1/me')).json()) as { user: { id: string }; organisations: { id: string; roles: string[] }[] };
    const acute = me.organisations.find((o) => o.roles.includes('org-admin'))!.id;
    await page.goto(`/orgs/${acute}/people/${me.user.id}`);
    await settled(page);
    const activity = page.locator('section[aria-labelledby="sign-in-activity"]');
    await activity.getByRole('table').waitFor();
    // The first sign-in set up the authenticator app (enrolment), then signing in was complete.
    expect(await activity.getByText('Set up an authenticator app', { exact: true }).count()).toBe(1);
    expect(await activity.getByText('Signed in', { exact: true }).count()).toBeGreaterThanOrEqual(1);
    expect(await activity.textContent()).not.toMatch(/auth\.login|mfa\.totp-enrol/);
    await expectAccessible(page, 'a person’s page with sign-in activity');
    await screenshot(page, 'person-sign-in-activity');
    expectCleanConsole(session.console);
  });
});

/** Text as it reads, with line breaks and runs of spaces made single spaces. */
function words(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// The IG lead keeps a DPIA in a real browser: opens the DPIAs from the register, is refused a
// DPIA without a title, starts one, answers the screening (every answer no asks why none is needed;
// one yes makes it required), changes its details while a colleague records the consultation through
// the API (the save is refused with their change shown, then made on top of it), sees the DPIA in
// progress with the steps the IG lead may take, and finds it in the list by its state. Each state is
// scanned with axe.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, expectAccessible, expectCleanConsole, liveServerAndBrowser, screenshot, type Session, settled, signedInSession } from './support/browser.js';

const live = liveServerAndBrowser();
let session: Session;
let page: Page;

const TITLE = 'Remote monitoring of heart failure patients';
const VULNERABLE = 'Is the data about people who may find it hard to object or understand, such as patients or children?';
const NECESSITY = 'Only the readings the heart failure nurses act on are collected.';
const CONSULTATION = 'The cardiology patient panel, March 2026.';

beforeAll(async () => {
  session = await signedInSession(live, 'iglead@northshire-acute.example');
  page = session.page;
});

afterAll(async () => {
  await session?.context.close();
});

const summary = () => page.locator('.nhsuk-error-summary');

/** Reads or writes through the API as a colleague would. */
const api = (method: 'get' | 'patch', path: string, data?: unknown) => callApi<{ id: string; version: number; state: string }>(page, method, path, data);

describe('data protection impact assessments', () => {
  it('starts a DPIA, screens it, keeps a colleague’s change to its details and lists it by its state', async () => {
    await page.goto('/');
    await settled(page);
    const orgId = /\/orgs\/([^/]+)$/.exec(new URL(page.url()).pathname)![1]!;

    // Reached from the register's other views; the list says how many there are (the demo may hold some).
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Information assets' }).click();
    await settled(page);
    await page.getByRole('link', { name: 'Data protection impact assessments (DPIAs)' }).click();
    await page.waitForURL(/\/dpias$/);
    await settled(page);
    await expect.poll(() => page.locator('main').textContent()).toMatch(/(No DPIAs|\d+ DPIAs?) as of \d+ \w+ \d{4}\./);
    await expectAccessible(page, 'dpias-empty');

    // No title: refused before sending, named in the summary and beside the box.
    await page.getByRole('button', { name: 'Start a DPIA' }).click();
    await page.waitForURL(/\/dpias\/new$/);
    await settled(page);
    await page.getByRole('button', { name: 'Start the DPIA' }).click();
    await expect.poll(() => summary().textContent()).toContain('Enter the title of the DPIA');
    expect(await page.locator('#dpia-title-error').textContent()).toContain('Enter the title of the DPIA');
    expect(await page.title()).toMatch(/^Error: Start a DPIA/);
    await expectAccessible(page, 'dpia-new-refused');

    await page.getByLabel('Title').fill(TITLE);
    await page.getByLabel('The processing assessed (optional)').fill('Blood pressure and weight readings sent from home to the heart failure team.');
    await page.getByRole('button', { name: 'Start the DPIA' }).click();
    await page.waitForURL(/\/dpias\/[0-9a-f-]{36}$/);
    await page.locator('.nhsuk-notification-banner--success').waitFor();
    const dpiaUrl = new URL(page.url()).pathname;
    const dpiaApi = `/api/v1/orgs/${orgId}/dpias/${dpiaUrl.split('/').at(-1)}`;
    const heading = (await page.locator('main h1').textContent()) ?? '';
    expect(heading).toMatch(new RegExp(`DPIA-\\d{4}-\\d{3}: ${TITLE}`));
    const reference = /DPIA-\d{4}-\d{3}/.exec(heading)![0];
    expect(await page.locator('main').textContent()).toContain('Where it stands: Screening');
    // Before screening, the risks wait for it; the IG lead neither advises nor signs off.
    expect(await page.locator('#dpia-risks').locator('..').textContent()).toContain('Answer the screening questions first');
    expect(await page.getByRole('link', { name: /DPO’s advice|Sign off/ }).count()).toBe(0);
    await expectAccessible(page, 'dpia-started');

    // Every answer no asks why no DPIA is needed; one yes makes one required and takes that box away.
    await page.getByRole('link', { name: 'Answer the screening questions' }).click();
    await page.waitForURL(/\/screening$/);
    await settled(page);
    const questions = page.locator('main fieldset');
    expect(await questions.count()).toBe(9);
    for (const question of await questions.all()) await question.getByLabel('No').check();
    await page.getByRole('button', { name: 'Save the answers' }).click();
    await expect.poll(() => summary().textContent()).toContain('Say why no DPIA is needed: every answer is no');
    expect(await page.getByLabel('Why no DPIA is needed').count()).toBe(1);
    await expectAccessible(page, 'dpia-screening-refused');
    await page.getByRole('group', { name: VULNERABLE }).getByLabel('Yes').check();
    expect(await page.getByLabel('Why no DPIA is needed').count()).toBe(0);
    await page.getByRole('button', { name: 'Save the answers' }).click();
    await page.waitForURL(dpiaUrl);
    await page.locator('.nhsuk-notification-banner--success').waitFor();
    expect(await page.locator('.nhsuk-notification-banner--success').textContent()).toContain('A DPIA is required');
    expect(await page.locator('main').textContent()).toContain('Where it stands: Required');
    expect(await page.getByRole('link', { name: 'Assess the risks' }).getAttribute('href')).toBe(`${dpiaUrl}/risks`);
    expect(await page.getByRole('link', { name: 'Change what it covers' }).getAttribute('href')).toBe(`${dpiaUrl}/links`);

    // A colleague records the consultation first: the save is refused with the API's words and their change shown.
    await page.getByRole('link', { name: 'Change the details' }).click();
    await page.waitForURL(/\/change$/);
    await settled(page);
    const read = await api('get', dpiaApi);
    await api('patch', dpiaApi, { consultation: CONSULTATION, version: read.version });
    await page.getByLabel('Why the processing is necessary and proportionate (optional)').fill(NECESSITY);
    await page.getByRole('button', { name: 'Save the details' }).click();
    await expect.poll(() => summary().textContent()).toContain('changed by someone else since you loaded it');
    expect(await page.getByRole('table', { name: /^What .* changed since you opened this form$/ }).textContent()).toContain(CONSULTATION);
    expect(await page.getByLabel('Whom was consulted (optional)').inputValue()).toBe(CONSULTATION);
    expect(await page.getByLabel('Why the processing is necessary and proportionate (optional)').inputValue()).toBe(NECESSITY);
    await expectAccessible(page, 'dpia-details-stale');

    // Saved on top of theirs: both are kept, and the DPIA is in progress, still needing what it covers and its risks.
    await page.getByRole('button', { name: 'Save the details' }).click();
    await page.waitForURL(dpiaUrl);
    await page.locator('.nhsuk-notification-banner--success').waitFor();
    const details = page.locator('#dpia-details').locator('..');
    expect(await details.textContent()).toContain(NECESSITY);
    expect(await details.textContent()).toContain(CONSULTATION);
    expect(await page.locator('main').textContent()).toContain('Where it stands: In progress');
    expect(await page.locator('main').textContent()).toContain('Next: Complete the assessment, which still needs the assets or data flows it covers and at least one risk.');
    await expectAccessible(page, 'dpia-in-progress');
    await screenshot(page, 'dpia');

    // In the list with its state, also when the list is filtered to that state.
    await page.getByRole('link', { name: 'Back to the DPIAs' }).click();
    await page.waitForURL(/\/dpias$/);
    await settled(page);
    await page.getByLabel('State').selectOption('in-progress');
    await page.getByRole('button', { name: 'Filter by state' }).click();
    await page.waitForURL(/\/dpias\?state=in-progress$/);
    await settled(page);
    const row = page.getByRole('table', { name: /^DPIAs of / }).getByRole('row').filter({ hasText: reference });
    await expect.poll(() => row.count()).toBe(1);
    expect(await page.getByRole('status').textContent()).toMatch(/^\d+ DPIAs? with the state “In progress” as of /);
    expect(await row.textContent()).toContain('In progress');
    expect(await row.getByRole('link', { name: reference }).getAttribute('href')).toBe(dpiaUrl);
    await expectAccessible(page, 'dpias-in-progress');
    expectCleanConsole(session.console);
  });
});

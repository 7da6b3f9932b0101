// The DPO keeps the record of processing activities in a real browser: with an asset and two data
// flows from it recorded (one without its retention), opens the record from the register, sees both
// activities and the one lacking retention tagged as missing it, finds the downloads pointing at the
// export in each format, is refused a DPO name too long, is shown a colleague's save made in between,
// saves the details on top of it, and sees the DPO named on the record. Each state is scanned with axe.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, expectAccessible, expectCleanConsole, liveServerAndBrowser, screenshot, type Session, settled, signedInSession } from './support/browser.js';

const live = liveServerAndBrowser();
let session: Session;
let page: Page;

const EPR = 'Electronic patient record';
const KEPT = 'Discharge summaries to GPs';
const UNKEPT = 'Outpatient letters to GPs';
const DPO_NAME = 'Fatima Begum, Data Protection Officer';
const ADDRESS = 'Northshire Hospitals, Hospital Road, Northshire NS1 1AA';

beforeAll(async () => {
  session = await signedInSession(live, 'dpo@northshire-acute.example');
  page = session.page;
});

afterAll(async () => {
  await session?.context.close();
});

const summary = () => page.locator('.nhsuk-error-summary');

/** Writes through the API as a colleague would. */
const api = (method: 'post' | 'put', path: string, data: unknown) => callApi(page, method, path, data);

describe('the record of processing activities', () => {
  it('shows the activities and what each lacks, offers the files, and keeps the controller’s details', async () => {
    await page.goto('/');
    await settled(page);
    const orgId = /\/orgs\/([^/]+)$/.exec(new URL(page.url()).pathname)![1]!;
    const apiBase = `/api/v1/orgs/${orgId}`;
    const epr = await api('post', `${apiBase}/assets`, { name: EPR, type: 'system', criticality: 'critical', patientData: true });
    const flow = {
      from: { assetId: epr.id },
      to: { party: 'GP practices in Northshire' },
      dataCategories: ['identifiers', 'health'],
      dataSubjects: ['patients'],
      patientData: true,
      purpose: 'Care of the patient after a hospital stay',
      directCare: true,
      lawfulBasis: 'public-task',
      specialCategoryCondition: 'health-or-social-care',
      schedule1Condition: 'Part 1, paragraph 2',
      cldcBasis: 'implied-consent-direct-care',
      encryptedInTransit: 'yes',
      transferMethod: 'nhsmail',
      agreementType: 'data-sharing-agreement',
    };
    await api('post', `${apiBase}/data-flows`, { ...flow, name: KEPT, retention: '8 years after the last entry' });
    await api('post', `${apiBase}/data-flows`, { ...flow, name: UNKEPT });

    // Reached from the register's other views.
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Information assets' }).click();
    await settled(page);
    await page.getByRole('link', { name: 'Record of processing activities' }).click();
    await page.waitForURL(/\/ropa$/);
    await settled(page);
    const activities = page.getByRole('table', { name: 'Processing activities' });
    await expect.poll(() => activities.getByRole('row').filter({ hasText: UNKEPT }).count()).toBe(1);
    const kept = activities.getByRole('row').filter({ hasText: KEPT });
    const unkept = activities.getByRole('row').filter({ hasText: UNKEPT });
    expect(await kept.textContent()).toContain('8 years after the last entry');
    expect(await unkept.textContent()).toContain('Not recorded');
    expect(await unkept.locator('.nhsuk-tag--red').textContent()).toMatch(/^\d+ missing$/);
    expect(await unkept.getByRole('list', { name: `Missing from ${UNKEPT}` }).textContent()).toContain('(f) Retention');
    expect(await kept.getByRole('list', { name: `Missing from ${KEPT}` }).count()).toBe(0);
    expect(await unkept.getByRole('link', { name: UNKEPT }).getAttribute('href')).toMatch(new RegExp(`^/orgs/${orgId}/data-flows/[0-9a-f-]{36}$`));
    for (const [format, words] of [
      ['xlsx', 'XLSX'],
      ['csv', 'CSV (the activities)'],
      ['pdf', 'PDF'],
    ])
      expect(await page.getByRole('link', { name: `Download the record as ${words}` }).getAttribute('href')).toBe(`${apiBase}/ropa/export?format=${format}`);
    expect(await page.locator('.nhsuk-summary-list').textContent()).toContain('(a) Controller’s contact detailsNot recorded');
    await expectAccessible(page, 'records-of-processing');
    await screenshot(page, 'records-of-processing');

    // A DPO name longer than the record takes is named beside its box; nothing is sent.
    await page.getByRole('link', { name: 'Change the controller and DPO details' }).click();
    await page.waitForURL(/\/ropa\/details\/change$/);
    await settled(page);
    const dpoName = page.getByLabel('Data Protection Officer’s name (optional)');
    await dpoName.fill('x'.repeat(201));
    await page.getByRole('button', { name: 'Save the details' }).click();
    await expect.poll(() => summary().textContent()).toContain('Data Protection Officer’s name must be 200 characters or fewer');
    expect(await page.locator('#ropa-dpo-name-error').textContent()).toContain('200 characters or fewer');
    expect(await page.title()).toMatch(/^Error: Change the controller and DPO details/);
    await expectAccessible(page, 'ropa-details-refused');
    await screenshot(page, 'ropa-details-refused');

    // A colleague records the controller's contact details first: the save is refused with the API's words and their change shown.
    await api('put', `${apiBase}/ropa/details`, { controllerContact: ADDRESS, version: 0 });
    await dpoName.fill(DPO_NAME);
    await page.getByRole('button', { name: 'Save the details' }).click();
    await expect.poll(() => summary().textContent()).toContain('changed by someone else since you loaded them');
    expect(await page.getByRole('table', { name: /^What .* changed since you opened this form$/ }).textContent()).toContain(ADDRESS);
    expect(await page.getByLabel('The controller’s contact details (optional)').inputValue()).toBe(ADDRESS);
    await expectAccessible(page, 'ropa-details-stale');
    await screenshot(page, 'ropa-details-stale');

    // Saved on top of theirs: the record names the DPO and keeps their contact details.
    await page.getByRole('button', { name: 'Save the details' }).click();
    await page.waitForURL(/\/ropa$/);
    await page.locator('.nhsuk-notification-banner--success').waitFor();
    const controller = page.locator('.nhsuk-summary-list');
    await expect.poll(() => controller.textContent()).toContain(`(a) Data Protection Officer${DPO_NAME}`);
    expect(await controller.textContent()).toContain(`(a) Controller’s contact details${ADDRESS}`);
    await screenshot(page, 'records-of-processing-saved');

    // The data flows list leads to the record too.
    await page.goto(`/orgs/${orgId}/data-flows`);
    await settled(page);
    expect(await page.getByRole('link', { name: 'Record of processing activities' }).getAttribute('href')).toBe(`/orgs/${orgId}/ropa`);
    expectCleanConsole(session.console);
  });
});

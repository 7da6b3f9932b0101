// The IG lead reads the organisation's data flows in a real browser: with three assets, a supplier and
// four flows recorded (one carrying personal data unencrypted, one without a lawful basis), opens the
// map, narrows it and its table to the flows not known to be encrypted, reaches a flow with the
// keyboard and reads its details, switches to the table view, opens the flow, makes its encryption
// flag an action, is refused a change that points the flow back at its source, saves the fix, and
// marks the action done once its flag has cleared. The map still works on a phone-sized screen. Each
// state is scanned with axe.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, expectAccessible, expectCleanConsole, liveServerAndBrowser, screenshot, type Session, settled, signedInSession } from './support/browser.js';

const live = liveServerAndBrowser();
let session: Session;
let page: Page;

const EPR = 'Electronic patient record';
const LIMS = 'Laboratory information system';
const PACS = 'Picture archiving and communication system';
const LABCO = 'Northway Pathology Ltd';
const UNENCRYPTED = 'Lab results feed';

beforeAll(async () => {
  session = await signedInSession(live, 'iglead@northshire-acute.example');
  page = session.page;
});

afterAll(async () => {
  await session?.context.close();
});

const summary = () => page.locator('.nhsuk-error-summary');
const banner = () => page.locator('.nhsuk-notification-banner--success');
const mapFlows = () => page.getByRole('button', { name: /^Flow: / });

/** Writes test data through the API as the signed-in person. */
const api = (path: string, data: unknown) => callApi(page, 'post', path, data);

const bases = { purpose: 'Care of the patient', lawfulBasis: 'public-task', specialCategoryCondition: 'health-or-social-care', schedule1Condition: 'Part 1, paragraph 2', cldcBasis: 'implied-consent-direct-care' };

describe('the data-flow map', () => {
  it('narrows the map and its table, opens a flow from either, makes its flag an action and changes the flow', async () => {
    await page.goto('/');
    await settled(page);
    const orgId = /\/orgs\/([^/]+)$/.exec(new URL(page.url()).pathname)![1]!;
    const apiBase = `/api/v1/orgs/${orgId}`;
    const epr = await api(`${apiBase}/assets`, { name: EPR, type: 'system', criticality: 'critical', patientData: true });
    const lims = await api(`${apiBase}/assets`, { name: LIMS, type: 'system', criticality: 'high', patientData: true });
    const pacs = await api(`${apiBase}/assets`, { name: PACS, type: 'system', criticality: 'high', patientData: true });
    const labco = await api(`${apiBase}/suppliers`, { name: LABCO });
    const health = { dataCategories: ['identifiers', 'health'], dataSubjects: ['patients'], patientData: true };
    await api(`${apiBase}/data-flows`, { name: 'Discharge summaries', from: { assetId: epr.id }, to: { party: 'GP practices in Northshire' }, ...health, ...bases, directCare: true, encryptedInTransit: 'yes', agreementType: 'data-sharing-agreement', transferMethod: 'nhsmail' });
    await api(`${apiBase}/data-flows`, { name: UNENCRYPTED, from: { supplierId: labco.id }, to: { assetId: lims.id }, ...health, ...bases, encryptedInTransit: 'no', transferMethod: 'sftp', agreementType: 'contract' });
    await api(`${apiBase}/data-flows`, { name: 'Results to the patient record', from: { assetId: lims.id }, to: { assetId: epr.id }, ...health, ...bases, encryptedInTransit: 'yes', transferMethod: 'hl7-or-fhir-interface' });
    await api(`${apiBase}/data-flows`, { name: 'Imaging reports', from: { assetId: pacs.id }, to: { assetId: epr.id }, ...health, ...bases, encryptedInTransit: 'yes' });
    // Personal data with no Art 6 basis: lacking a basis.
    await api(`${apiBase}/data-flows`, { name: 'Waiting list return', from: { assetId: epr.id }, to: { party: 'NHS England' }, dataCategories: ['identifiers'], dataSubjects: ['patients'], purpose: 'National waiting list figures', encryptedInTransit: 'yes', agreementType: 'contract' });

    // The list, reached from the register, then the map.
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Information assets' }).click();
    await settled(page);
    await page.getByRole('link', { name: 'Data flows', exact: true }).click();
    await page.waitForURL(/\/data-flows$/);
    await settled(page);
    const listRows = page.getByRole('table', { name: /^Data flows of / }).getByRole('row');
    await expect.poll(() => listRows.count()).toBe(6);
    expect(await listRows.filter({ hasText: 'Waiting list return' }).textContent()).toContain('Not recorded');
    expect(await page.getByRole('link', { name: 'Download the data flows as CSV' }).getAttribute('href')).toBe(`${apiBase}/data-flows/export?format=csv`);
    await page.getByLabel('Lacking a lawful basis, special category condition or CLDC basis').check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/lackingBasis=true/);
    await expect.poll(() => page.getByRole('status').filter({ hasText: '1 data flow matches these filters.' }).count()).toBe(1);
    expect(await listRows.nth(1).textContent()).toContain('Waiting list return');
    await expectAccessible(page, 'data-flows-filtered');
    await screenshot(page, 'data-flows-filtered');

    await page.goto(`/orgs/${orgId}/data-flows`);
    await settled(page);
    await page.getByRole('link', { name: 'The data-flow map' }).click();
    await page.waitForURL(/\/data-flows\/map/);
    await settled(page);
    await expect.poll(() => mapFlows().count()).toBe(5);
    expect(await page.getByRole('button', { name: /^Information asset: / }).count()).toBe(3);
    expect(await page.getByRole('button', { name: `Supplier: ${LABCO}, 1 flow` }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Other organisation: GP practices in Northshire, 1 flow' }).count()).toBe(1);
    await expectAccessible(page, 'data-flow-map');
    await screenshot(page, 'data-flow-map');

    // Only the flows not known to be encrypted: the map and the count narrow to the one.
    await page.getByLabel('Not known to be encrypted in transit').check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/unencrypted=true/);
    await expect.poll(() => mapFlows().count()).toBe(1);
    expect(await page.getByRole('status').filter({ hasText: '1 data flow matches these filters.' }).count()).toBe(1);

    // The keyboard reaches the flow on the map; Enter shows its details beside it.
    const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    for (let step = 0; step < 40 && !(await focusedName()).startsWith('Flow: '); step++) await page.keyboard.press('Tab');
    expect(await focusedName()).toMatch(new RegExp(`^Flow: ${UNENCRYPTED}, from ${LABCO} to ${LIMS}, personal, special category and patient data, not encrypted, \\d+ risk flags?$`));
    await page.keyboard.press('Enter');
    const details = page.getByRole('region', { name: 'Details', exact: true });
    await expect.poll(() => details.getByRole('heading', { name: UNENCRYPTED }).count()).toBe(1);
    expect(await details.textContent()).toContain('Encrypted in transitNo');
    expect(await details.textContent()).toContain('Lawful basis6(1)(e) Public task');
    expect(await details.getByRole('link', { name: 'Open the data flow' }).count()).toBe(1);
    await expectAccessible(page, 'data-flow-map-chosen');
    await screenshot(page, 'data-flow-map-chosen');

    // The table view: the same one flow, the filter kept.
    await page.getByRole('navigation', { name: 'Show the data flows as' }).getByRole('link', { name: 'Table' }).click();
    await page.waitForURL(/view=table/);
    expect(new URL(page.url()).searchParams.get('unencrypted')).toBe('true');
    await settled(page);
    const tableRows = page.getByRole('table', { name: 'Data flows on the map' }).getByRole('row');
    await expect.poll(() => tableRows.count()).toBe(2);
    expect(await tableRows.nth(1).textContent()).toContain(UNENCRYPTED);
    expect(await page.getByRole('link', { name: 'Table' }).getAttribute('aria-current')).toBe('page');
    await expectAccessible(page, 'data-flow-map-table');
    await screenshot(page, 'data-flow-map-table');

    // The flow's page: its unencrypted flag made an action.
    await tableRows.nth(1).getByRole('link', { name: UNENCRYPTED }).click();
    await page.waitForURL(/\/data-flows\/[0-9a-f-]{36}$/);
    await settled(page);
    const flowPath = new URL(page.url()).pathname;
    expect(await page.locator('.nhsuk-summary-list').textContent()).toContain(`From${LABCO} (supplier)`);
    const flags = page.getByRole('table', { name: `Risk flags of ${UNENCRYPTED} today` });
    const unencryptedFlag = flags.getByRole('row').filter({ hasText: 'Personal data flow not known to be encrypted in transit' });
    await unencryptedFlag.getByRole('button', { name: /^Make this an action/ }).click();
    await expect.poll(() => unencryptedFlag.textContent()).toContain('Action open');
    await expectAccessible(page, 'data-flow');
    await screenshot(page, 'data-flow');

    // A change refused before sending (no name) and by the API (the flow sent back to its source), each beside its field.
    await page.getByRole('button', { name: 'Change the details' }).click();
    await page.waitForURL(/\/change$/);
    await settled(page);
    await page.getByLabel('Name', { exact: true }).fill('');
    const to = page.getByRole('group', { name: 'Where the data goes' });
    await to.getByLabel('One of its suppliers').check();
    await to.getByLabel('Which supplier').selectOption({ label: LABCO });
    await page.getByRole('button', { name: 'Save the changes' }).click();
    await expect.poll(() => summary().textContent()).toContain('Enter the name of the data flow');
    await page.getByLabel('Name', { exact: true }).fill(UNENCRYPTED);
    await page.getByRole('button', { name: 'Save the changes' }).click();
    await expect.poll(() => summary().textContent()).toContain('A flow goes from one place to another');
    expect(await page.locator('#flow-to-error').textContent()).toContain('A flow goes from one place to another');
    expect(await page.title()).toMatch(/^Error: Change/);
    await expectAccessible(page, 'data-flow-change-refused');
    await screenshot(page, 'data-flow-change-refused');
    await to.getByLabel('One of the organisation’s information assets').check();
    await to.getByLabel('Which information asset').selectOption({ label: LIMS });
    await page.getByRole('group', { name: 'Is it encrypted in transit?' }).getByLabel('Yes').check();
    await page.getByRole('button', { name: 'Save the changes' }).click();
    await page.waitForURL(flowPath);
    await banner().waitFor();
    expect(await page.locator('.nhsuk-summary-list').textContent()).toContain('Encrypted in transitYes');
    expect(await page.getByRole('table', { name: `Risk flags of ${UNENCRYPTED} today` }).getByRole('row').filter({ hasText: 'not known to be encrypted' }).count()).toBe(0);

    // The action stays open with its flag cleared, until someone marks it done.
    await page.goto(`/orgs/${orgId}/assets/actions`);
    await settled(page);
    const action = page.getByRole('table', { name: 'Actions from risk flags' }).getByRole('row').filter({ hasText: UNENCRYPTED });
    expect(await action.textContent()).toContain('Action open');
    expect(await action.textContent()).toContain('Flag cleared');
    expect(await action.textContent()).toContain('(data flow)');
    await expectAccessible(page, 'register-actions');
    await action.getByLabel(/^Status/).selectOption({ label: 'Done' });
    await action.getByRole('button', { name: /^Save/ }).click();
    await expect.poll(() => action.textContent()).toContain('Done');
    await screenshot(page, 'register-actions');

    // On a phone: the page does not scroll sideways; the map scrolls in its own region.
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`/orgs/${orgId}/data-flows/map`);
    await settled(page);
    await expect.poll(() => mapFlows().count()).toBe(5);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const canvas = page.getByRole('region', { name: /^Data-flow map, 5 flows/ });
    expect(await canvas.evaluate((element) => element.scrollWidth > element.clientWidth && element.clientHeight > 100)).toBe(true);
    await screenshot(page, 'data-flow-map-narrow');
    await page.setViewportSize({ width: 1280, height: 900 });
    expectCleanConsole(session.console);
  });
});

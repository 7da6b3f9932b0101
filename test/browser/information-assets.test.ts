// The IG lead keeps the information asset register in a real browser: adds a supplier with a
// certification and two assets (a form sent empty, and a name already taken, are refused with each
// problem beside its field), filters the register, changes the patient record's support end to a day
// passed and sees it flagged as an unsupported system holding patient data, saves over a colleague's
// change only after seeing it, reads the flags as of today and of another day, finds the asset among
// the supplier's dependants, is refused removing a supplier an asset came to depend on, and archives
// an asset. A staff member is not shown the register and is told so at its address. Each state is
// scanned with axe.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, expectAccessible, expectCleanConsole, liveServerAndBrowser, openSession, screenshot, type Session, settled, signedInSession, signIn } from './support/browser.js';

const live = liveServerAndBrowser();
let session: Session;
let page: Page;

const TRUST = 'Northshire Hospitals NHS Foundation Trust';
const SUPPLIER = 'Northway Health Systems Ltd';
const EPR = 'Electronic patient record';
const ARCHIVE = 'Pathology results archive';
const UNSUPPORTED = 'Unsupported system holding personal or patient data';

beforeAll(async () => {
  session = await signedInSession(live, 'iglead@northshire-acute.example');
  page = session.page;
});

afterAll(async () => {
  await session?.context.close();
});

const summary = () => page.locator('.nhsuk-error-summary');
const banner = () => page.locator('.nhsuk-notification-banner--success');
const registerRows = () => page.getByRole('table', { name: `Information assets of ${TRUST}` }).getByRole('row');

/** Writes through the API as a colleague would. */
const api = (method: 'post' | 'patch', path: string, data: unknown) => callApi(page, method, path, data);

describe('the information asset register', () => {
  it('adds a supplier and assets, flags an unsupported system, and reads the flags as of a day', async () => {
    await page.goto('/');
    await settled(page);
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Information assets' }).click();
    await settled(page);
    expect(await page.title()).toBe(`Information assets – ${TRUST} – Bulwark`);
    const orgId = /\/orgs\/([^/]+)\/assets$/.exec(new URL(page.url()).pathname)![1]!;
    const apiBase = `/api/v1/orgs/${orgId}`;
    expect(await page.getByRole('link', { name: 'Download the register as CSV' }).getAttribute('href')).toBe(`${apiBase}/assets/export?format=csv`);
    expect(await page.getByRole('link', { name: 'Download the register as XLSX' }).getAttribute('href')).toBe(`${apiBase}/assets/export?format=xlsx`);
    await expect.poll(() => page.getByRole('status').filter({ hasText: '0 information assets in the register.' }).count()).toBe(1);
    await expectAccessible(page, 'assets-register-empty');

    // A supplier with its contract, DSPT status and one certification.
    await page.getByRole('link', { name: 'Suppliers', exact: true }).click();
    await page.waitForURL(/\/suppliers$/);
    await settled(page);
    await page.getByRole('button', { name: 'Add a supplier' }).click();
    await page.waitForURL(/\/suppliers\/new$/);
    await settled(page);
    await page.getByLabel('Name', { exact: true }).fill(SUPPLIER);
    await page.getByLabel('What they supply (optional)').fill('Electronic patient record, hosting and support');
    await page.getByLabel('Contract ends (optional)').fill('2029-03-31');
    await page.getByLabel('DSPT status (optional)').selectOption({ label: 'Standards met' });
    await page.getByLabel('DSPT year (optional)').fill('2024-25');
    await page.getByRole('button', { name: 'Add a certification' }).click();
    const certification = page.getByRole('group', { name: 'Certification 1' });
    await certification.getByLabel(/^Scheme/).selectOption({ label: 'Cyber Essentials Plus' });
    await certification.getByLabel(/^Certificate number/).fill('CEP-5521');
    await certification.getByLabel(/^Expires/).fill('2029-07-15');
    await expectAccessible(page, 'supplier-new');
    await page.getByRole('button', { name: 'Add the supplier' }).click();
    await page.waitForURL(/\/suppliers\/[0-9a-f-]{36}$/);
    await banner().waitFor();
    expect(await page.locator('main h1').textContent()).toContain(SUPPLIER);
    expect(await page.getByRole('table', { name: `Certifications of ${SUPPLIER}` }).textContent()).toContain('15 July 2029');

    // An asset sent empty: each missing field named, beside its field.
    await page.goto(`/orgs/${orgId}/assets`);
    await settled(page);
    await page.getByRole('button', { name: 'Add an information asset' }).click();
    await page.waitForURL(/\/assets\/new$/);
    await settled(page);
    await page.getByRole('button', { name: 'Add the asset' }).click();
    await expect.poll(() => summary().textContent()).toContain('Enter the name of the information asset');
    expect(await summary().textContent()).toContain('Choose the type of information asset');
    expect(await summary().textContent()).toContain('Choose how critical it is to the organisation');
    expect(await page.title()).toMatch(/^Error: Add an information asset/);
    expect(await page.getByLabel('Name', { exact: true }).getAttribute('aria-describedby')).toContain('asset-name-error');
    await expectAccessible(page, 'asset-new-refused');
    await screenshot(page, 'asset-new-refused');

    // The patient record: critical, owned by the IG lead, from the supplier, holding patient data.
    await page.getByLabel('Name', { exact: true }).fill(EPR);
    await page.getByLabel('Type', { exact: true }).selectOption({ label: 'System' });
    await page.getByRole('group', { name: 'Business criticality' }).getByLabel('Critical').check();
    const owner = page.getByRole('group', { name: 'Information Asset Owner (optional)' });
    await owner.getByLabel('Someone with an account in Bulwark').check();
    await owner.getByLabel('Who is the Information Asset Owner').selectOption({ label: 'Grace Mensah (you)' });
    await page.getByLabel('Supplier (optional)').selectOption({ label: SUPPLIER });
    await page.getByLabel('Support ends (optional)').fill('2030-03-31');
    await page.getByLabel('Patient data').check();
    await page.getByRole('group', { name: 'Is it encrypted at rest?' }).getByLabel('Yes').check();
    await page.getByLabel('Restore from backup last tested (optional)').fill(todayMinusDays(30));
    await page.getByRole('group', { name: 'Does a business continuity plan cover it?' }).getByLabel('Yes').check();
    await page.getByLabel('The plan’s reference (optional)').fill('BCP-EPR-01');
    await page.getByRole('button', { name: 'Add the asset' }).click();
    await page.waitForURL(/\/assets\/[0-9a-f-]{36}$/);
    await banner().waitFor();
    const eprPath = new URL(page.url()).pathname;
    expect(await page.locator('main h1').textContent()).toContain(EPR);
    expect(await page.getByText('None today.').count()).toBe(1);

    // A second asset under a name already taken: the API's refusal is shown beside the name.
    await page.goto(`/orgs/${orgId}/assets/new`);
    await settled(page);
    await page.getByLabel('Name', { exact: true }).fill('  electronic PATIENT record ');
    await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Database or dataset' });
    await page.getByRole('group', { name: 'Business criticality' }).getByLabel('Medium').check();
    await page.getByRole('button', { name: 'Add the asset' }).click();
    await expect.poll(() => summary().textContent()).toContain('Another asset in this organisation has this name');
    expect(await page.locator('#asset-name-error').textContent()).toContain('Another asset in this organisation has this name');
    await expectAccessible(page, 'asset-new-name-taken');
    await page.getByLabel('Name', { exact: true }).fill(ARCHIVE);
    await page.getByRole('button', { name: 'Add the asset' }).click();
    await page.waitForURL(/\/assets\/[0-9a-f-]{36}$/);
    await banner().waitFor();

    // The register, then filtered to critical assets: the filter lives in the address.
    await page.getByRole('link', { name: 'Back to the information assets' }).click();
    await page.waitForURL(/\/assets$/);
    await settled(page);
    await expect.poll(() => registerRows().count()).toBe(3);
    await page.getByLabel('Criticality', { exact: true }).selectOption({ label: 'Critical' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/criticality=critical/);
    await settled(page);
    await expect.poll(() => page.getByRole('status').filter({ hasText: '1 information asset matches these filters.' }).count()).toBe(1);
    expect(await registerRows().nth(1).textContent()).toContain(EPR);
    expect(await registerRows().nth(1).textContent()).toContain(SUPPLIER);
    expect(await registerRows().nth(1).textContent()).toContain('Personal and patient data');
    await expectAccessible(page, 'assets-register-filtered');
    await screenshot(page, 'assets-register-filtered');

    // Support ended a year ago: the change is saved and the asset is flagged.
    await page.getByRole('link', { name: EPR }).click();
    await page.waitForURL(eprPath);
    await settled(page);
    await page.getByRole('button', { name: 'Change the details' }).click();
    await page.waitForURL(/\/change$/);
    await settled(page);
    expect(await page.title()).toBe(`Change ${EPR} – ${TRUST} – Bulwark`);
    const ended = todayMinusDays(365);
    await page.getByLabel('Support ends (optional)').fill(ended);
    await page.getByRole('button', { name: 'Save the changes' }).click();
    await page.waitForURL(eprPath);
    await banner().waitFor();
    const flags = page.getByRole('table', { name: `Risk flags of ${EPR} today` });
    await expect.poll(() => flags.textContent()).toContain(UNSUPPORTED);
    expect(await flags.textContent()).toContain('High');
    await expectAccessible(page, 'asset');
    await screenshot(page, 'asset-flagged');

    // A colleague changes the hosting while the form is open: saving is refused and their change shown; saving again keeps both.
    await page.getByRole('button', { name: 'Change the details' }).click();
    await page.waitForURL(/\/change$/);
    await settled(page);
    const eprId = eprPath.split('/').pop()!;
    const read = (await (await page.request.get(`${apiBase}/assets/${eprId}`)).json()) as { version: number };
    await api('patch', `${apiBase}/assets/${eprId}`, { hosting: 'cloud', hostingRegion: 'UK South', version: read.version });
    await page.getByLabel('Number of records (optional)').fill('1,250,000');
    await page.getByRole('button', { name: 'Save the changes' }).click();
    await expect.poll(() => summary().textContent()).toContain('Someone else changed this asset');
    expect(await summary().textContent()).toContain('This asset was changed by someone else since you loaded it.');
    expect(await summary().textContent()).toContain('Grace Mensah saved on');
    const theirs = page.getByRole('table', { name: /since you opened this form$/ });
    expect(await theirs.getByRole('row').filter({ hasText: 'Hosting region' }).textContent()).toContain('UK South');
    // The form now holds their hosting, with this person's count of records on top.
    expect(await page.getByLabel('Hosting (optional)').inputValue()).toBe('cloud');
    expect(await page.getByLabel('Number of records (optional)').inputValue()).toBe('1,250,000');
    expect(await page.title()).toMatch(/^Error: Change/);
    await expectAccessible(page, 'asset-change-stale');
    await screenshot(page, 'asset-change-stale');
    await page.getByRole('button', { name: 'Save the changes' }).click();
    await page.waitForURL(eprPath);
    await banner().waitFor();
    const details = page.locator('.nhsuk-summary-list');
    expect(await details.textContent()).toContain('Number of records1,250,000');
    expect(await details.textContent()).toContain('HostingCloud');

    // The flags report today: every rule counted, the high flag with its asset; a year and a half ago, not yet unsupported.
    await page.goto(`/orgs/${orgId}/assets/flags`);
    await settled(page);
    expect(await page.title()).toBe(`Risk flags – ${TRUST} – Bulwark`);
    const counts = page.getByRole('table', { name: 'Flags by rule' });
    await expect.poll(() => counts.getByRole('row').count()).toBe(24);
    expect(await counts.getByRole('row').filter({ hasText: UNSUPPORTED }).textContent()).toMatch(/1$/);
    const high = page.getByRole('region', { name: /^High severity/ });
    expect(await high.getByRole('link', { name: EPR }).count()).toBe(1);
    await expectAccessible(page, 'asset-flags');
    await screenshot(page, 'asset-flags');
    await page.getByLabel('Flags as of').fill(todayMinusDays(540));
    await page.getByRole('button', { name: 'Show the flags' }).click();
    await page.waitForURL(/asOf=/);
    await expect.poll(async () => (await counts.getByRole('row').filter({ hasText: UNSUPPORTED }).textContent()) ?? '').toMatch(/0$/);
    expect(await counts.getByRole('row').filter({ hasText: 'Support ending within 180 days' }).textContent()).toMatch(/1$/);
    await expectAccessible(page, 'asset-flags-another-day');

    // The suppliers and the supplier: its dependent asset linked, and no removal offered while it has one.
    await page.goto(`/orgs/${orgId}/suppliers`);
    await settled(page);
    const supplierRow = page.getByRole('table', { name: `Suppliers of ${TRUST}` }).getByRole('row').filter({ hasText: SUPPLIER });
    expect(await supplierRow.textContent()).toContain('31 March 2029');
    expect(await supplierRow.textContent()).toContain('Standards met (2024-25)');
    expect(await supplierRow.textContent()).toContain('Cyber Essentials Plus (CEP-5521), expires 15 July 2029');
    await expectAccessible(page, 'suppliers');
    await screenshot(page, 'suppliers');
    await supplierRow.getByRole('link', { name: SUPPLIER }).click();
    await page.waitForURL(/\/suppliers\/[0-9a-f-]{36}$/);
    await settled(page);
    expect(await page.getByRole('table', { name: `Information assets supplied by ${SUPPLIER}` }).getByRole('link', { name: EPR }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Remove this supplier' }).count()).toBe(0);
    expect(await page.getByText('1 asset depends on this supplier, so it cannot be removed').count()).toBe(1);
    await expectAccessible(page, 'supplier');
    await screenshot(page, 'supplier');

    // Another supplier, nothing depending on it when its page was opened; an asset comes to name it before the removal is confirmed.
    const spare = await api('post', `${apiBase}/suppliers`, { name: 'Riverside Scanning Ltd' });
    await page.goto(`/orgs/${orgId}/suppliers/${spare.id}`);
    await settled(page);
    await api('post', `${apiBase}/assets`, { name: 'Scanned records', type: 'paper-records', criticality: 'low', supplierId: spare.id });
    await page.getByRole('button', { name: 'Remove this supplier' }).click();
    await page.getByRole('button', { name: 'Yes, remove “Riverside Scanning Ltd”' }).click();
    await expect.poll(() => summary().textContent()).toContain('1 asset depends on this supplier (Scanned records)');
    await expect.poll(() => page.getByRole('button', { name: 'Remove this supplier' }).count()).toBe(0);
    await expectAccessible(page, 'supplier-remove-refused');

    // Archiving the pathology archive, after confirming: it leaves the register.
    await page.goto(`/orgs/${orgId}/assets?q=pathology`);
    await settled(page);
    await page.getByRole('link', { name: ARCHIVE }).click();
    await settled(page);
    await page.getByRole('button', { name: 'Archive this asset' }).click();
    await page.getByRole('button', { name: `Yes, archive “${ARCHIVE}”` }).click();
    await page.waitForURL(/\/assets$/);
    await banner().waitFor();
    expect(await banner().textContent()).toContain(`“${ARCHIVE}” has been archived.`);
    await expect.poll(() => page.getByRole('status').filter({ hasText: '2 information assets in the register.' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: ARCHIVE }).count()).toBe(0);
    expectCleanConsole(session.console);
  });

  it('is not shown to a staff member, who is told so at its address', async () => {
    const staff = await openSession(live.browser, live.server.url);
    await signIn(staff.page, 'staff@northshire-acute.example', live.server.demoPassword);
    await staff.page.waitForURL(/\/orgs\/[^/]+$/);
    await settled(staff.page);
    const menu = await staff.page.getByRole('navigation', { name: 'Menu' }).getByRole('link').allTextContents();
    expect(menu.map((item) => item.trim())).not.toContain('Information assets');
    await staff.page.goto(`${new URL(staff.page.url()).pathname}/assets`);
    await settled(staff.page);
    expect(await staff.page.locator('main h1').textContent()).toBe('You cannot see this page');
    expectCleanConsole(staff.console);
    await staff.context.close();
  });
});

/** The UK day `days` before today, as a date box takes it. */
function todayMinusDays(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
}

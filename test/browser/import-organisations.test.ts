// An organisation administrator imports the Trust's sites from a spreadsheet saved as CSV in a real
// browser: a file with a wrong row is refused whole and the row named; with "import the rows that are
// right", the good rows land in the tree and the wrong one is listed. Each state is scanned with axe.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, liveServerAndBrowser, screenshot, type Session, settled, signedInSession } from './support/browser.js';

const live = liveServerAndBrowser();
let session: Session;
let page: Page;

beforeAll(async () => {
  session = await signedInSession(live, 'orgadmin@northshire-acute.example');
  page = session.page;
});

afterAll(async () => {
  await session?.context.close();
});

// As Excel saves "CSV UTF-8": a BOM and CRLF; one row has a type that does not exist.
const FILE = {
  name: 'northshire-sites.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from('\uFEFFODS code,Name,Type\r\nRZZ41,"Northshire Eye Centre, Westgate",site\r\nRZZ42,Northshire Dental Unit,castle\r\n', 'utf8'),
};

describe('importing organisations from a file', () => {
  it('a file with a wrong row imports nothing and names the row; keeping the right rows adds them to the tree', async () => {
    await page.goto('/');
    await settled(page);
    await page.getByRole('link', { name: 'Organisations', exact: true }).first().click();
    await settled(page);
    await page.getByRole('link', { name: 'Import organisations, sites or departments from a file' }).click();
    await page.waitForURL(/\/organisations\/import$/);
    await settled(page);
    expect(await page.title()).toBe('Import organisations – Northshire Hospitals NHS Foundation Trust – Bulwark');
    await expectAccessible(page, 'import-organisations');

    await page.getByLabel('The file', { exact: true }).setInputFiles(FILE);
    await page.getByRole('button', { name: 'Import the file' }).click();
    await expect.poll(() => page.locator('.nhsuk-error-summary').textContent()).toContain('Row 3, Type');
    expect(await page.locator('.nhsuk-error-summary').textContent()).toContain('nothing was imported');
    expect(await page.title()).toMatch(/^Error: Import organisations/);
    await expectAccessible(page, 'import-organisations-refused');

    await page.getByLabel('The file', { exact: true }).setInputFiles(FILE);
    await page.getByLabel('Import the rows that are right, and list the others').check();
    await page.getByRole('button', { name: 'Import the file' }).click();
    await page.locator('.nhsuk-notification-banner--success').waitFor();
    const rejected = page.getByRole('table', { name: 'Rows not imported' });
    expect(await rejected.getByRole('row').count()).toBe(2);
    expect(await rejected.textContent()).toContain('castle');
    expect(await page.getByRole('table', { name: 'Latest imports of organisations' }).getByRole('row').count()).toBe(3);
    await expectAccessible(page, 'import-organisations-done');
    await screenshot(page, 'import-organisations-done');

    await page.getByRole('link', { name: 'Back to the organisations' }).click();
    await settled(page);
    await expect.poll(() => page.locator('.app-org-tree').first().textContent()).toContain('Northshire Eye Centre, Westgate');
    expect(await page.locator('.app-org-tree').first().textContent()).not.toContain('Northshire Dental Unit');
  });
});

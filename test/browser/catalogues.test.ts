// A member of staff browses the frameworks in a real browser: the list, a search, a catalogue's tree
// with its levels and implementation groups, and a crosswalk between two frameworks. Each page is
// scanned with axe and photographed.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectCleanConsole, liveServerAndBrowser, openSession, screenshot, type Session, settled, signIn } from './support/browser.js';

const live = liveServerAndBrowser();
let session: Session;
let page: Page;

beforeAll(async () => {
  session = await openSession(live.browser, live.server.url);
  page = session.page;
  await signIn(page, 'staff@northshire-acute.example', live.server.demoPassword);
});

// Registered after the shared hooks, so it runs before they stop the browser (hooks unwind in reverse).
afterAll(async () => {
  await session?.context.close();
});

describe('browsing the frameworks', () => {
  it('the Frameworks page lists every catalogue with what it holds', async () => {
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Frameworks' }).click();
    await settled(page);
    expect(await page.title()).toBe('Frameworks – Bulwark');
    const table = page.getByRole('table').first();
    await expect.poll(() => table.getByRole('rowheader').count()).toBe(10);
    const caf = table.getByRole('row').filter({ hasText: 'CAF 3.2' });
    expect(await caf.textContent()).toContain('4 objectives, 14 principles, 39 outcomes');
    const cis = table.getByRole('row').filter({ hasText: 'CIS Controls 8.1' });
    expect(await cis.textContent()).toContain('18 controls, 153 safeguards');
    await expectAccessible(page, 'catalogues');
    await screenshot(page, 'catalogues');
  });

  it('a search by identifier finds the outcome in each catalogue that has it', async () => {
    await page.getByRole('searchbox', { name: 'Search every framework' }).fill('B5.c');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\?q=B5\.c$/);
    await settled(page);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'matches for' }).textContent()).toContain('4 matches for “B5.c”');
    expect(await page.title()).toBe('Search for “B5.c” – Frameworks – Bulwark');
    await expectAccessible(page, 'catalogues-search');
    await screenshot(page, 'catalogues-search');
  });

  it('a catalogue page shows provenance, levels and the tree, with implementation groups on CIS safeguards', async () => {
    await page.goto('/catalogues/cis-controls/8.1');
    await settled(page);
    expect(await page.title()).toBe('CIS Controls 8.1 – Frameworks – Bulwark');
    expect(await page.locator('h1').textContent()).toContain('CIS Critical Security Controls 8.1');
    const safeguard = page.locator('#node-13-1');
    expect(await safeguard.textContent()).toContain('Asset type: Network · Security function: Detect');
    expect(await safeguard.getByRole('list', { name: 'Implementation groups for 13.1' }).textContent()).toBe('IG2IG3');
    await page.getByText('Where this catalogue comes from').click();
    expect(await page.locator('.nhsuk-summary-list').first().textContent()).toContain('CC BY-NC-ND 4.0');
    await expectAccessible(page, 'catalogue-cis');
    await screenshot(page, 'catalogue-cis');
  });

  it('the CAF tree shows the levels each outcome allows, and a search within it', async () => {
    await page.goto('/catalogues/caf/3.2');
    await settled(page);
    expect(await page.locator('#node-A1-a').textContent()).toContain('Levels: Not achieved · Achieved');
    expect(await page.locator('#node-B2-a').textContent()).toContain('Levels: Not achieved · Partially achieved · Achieved');
    await page.getByRole('searchbox', { name: 'Search CAF 3.2' }).fill('backups');
    await page.getByRole('button', { name: 'Search' }).click();
    await settled(page);
    const results = page.getByRole('table', { name: 'Matches for “backups”' });
    await expect.poll(() => results.getByRole('link').allTextContents()).toEqual(['B3.c in CAF 3.2', 'B5.c in CAF 3.2']);
    await expectAccessible(page, 'catalogue-caf');
    await screenshot(page, 'catalogue-caf');
  });

  it('the crosswalk view links CAF outcomes to CIS safeguards, and reads either way round', async () => {
    await page.goto('/crosswalks');
    await settled(page);
    await page.getByLabel('From').selectOption('caf@3.2');
    await page.getByLabel('To').selectOption('cis-controls@8.1');
    await page.getByRole('button', { name: 'Show links' }).click();
    await page.waitForURL(/source=caf%403\.2&target=cis-controls%408\.1/);
    await settled(page);
    const table = page.getByRole('table', { name: /^Links from NCSC Cyber Assessment Framework 3\.2/ });
    const backups = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /B5\.c/ }) });
    await expect.poll(() => backups.count()).toBe(5);
    expect(await backups.first().textContent()).toContain('Intersects');
    await expectAccessible(page, 'crosswalk');
    await screenshot(page, 'crosswalk');

    await page.goto('/crosswalks?source=caf%404.0&target=caf%403.2');
    await settled(page);
    const d2a = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /D2\.a/ }) });
    expect(await d2a.textContent()).toContain('Superset');
    expectCleanConsole(session.console);
  });
});

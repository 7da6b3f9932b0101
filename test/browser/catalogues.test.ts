// A member of staff browses the frameworks in a real browser: the list, a search, a catalogue's tree
// with its levels and implementation groups, and a crosswalk between two frameworks, each framework
// named as people say it. A system administrator imports a WebCAF file and reads its notices, and the
// imported statements are shown in the tree, on a requirement's own page and in search results. Each
// page is scanned with axe and photographed.
import path from 'node:path';
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
    const caf = table.getByRole('row').filter({ hasText: 'NCSC CAF 3.2' });
    expect(await caf.textContent()).toContain('4 objectives, 14 principles, 39 outcomes');
    // No raw ids: the crosswalks say which frameworks they join as people say them.
    const crosswalks = page.getByRole('table', { name: 'Crosswalks' });
    const toCis = crosswalks.getByRole('row').filter({ hasText: 'CIS Controls 8.1' }).first();
    expect(await toCis.textContent()).toContain('NCSC CAF 3.2');
    expect(await crosswalks.textContent()).not.toMatch(/[a-z]@\d/);
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
    await page.getByRole('searchbox', { name: 'Search NCSC CAF 3.2' }).fill('backups');
    await page.getByRole('button', { name: 'Search' }).click();
    await settled(page);
    const results = page.getByRole('table', { name: 'Matches for “backups”' });
    await expect.poll(() => results.getByRole('link').allTextContents()).toEqual(['B3.c in NCSC CAF 3.2', 'B5.c in NCSC CAF 3.2']);
    await expectAccessible(page, 'catalogue-caf');
    await screenshot(page, 'catalogue-caf');
  });

  it('the crosswalk view links CAF outcomes to CIS safeguards, and reads either way round', async () => {
    await page.goto('/crosswalks');
    await settled(page);
    const from = page.getByLabel('From');
    expect(await from.locator('option').allTextContents()).toEqual([
      'NCSC CAF 3.2',
      'NCSC CAF 4.0',
      'Caldicott Principles (2020)',
      'CIS Controls 8.1',
      'DSPT 2024-25',
      'DSPT 2025-26',
      'NDG standards (2016)',
      'TCoP point 6 (2019)',
      'UK GDPR Art 5 (2021)',
      'WGLL (2021)',
    ]);
    await from.selectOption({ label: 'NCSC CAF 3.2' });
    await page.getByLabel('To').selectOption({ label: 'CIS Controls 8.1' });
    await page.getByRole('button', { name: 'Show links' }).click();
    await page.waitForURL(/source=caf%403\.2&target=cis-controls%408\.1/);
    await settled(page);
    expect(await page.title()).toBe('NCSC CAF 3.2 to CIS Controls 8.1 – Crosswalks – Frameworks – Bulwark');
    const table = page.getByRole('table', { name: 'Links from NCSC CAF 3.2 to CIS Controls 8.1' });
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['NCSC CAF 3.2', 'Relation', 'CIS Controls 8.1', 'Note']);
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

  it('the DSPT page names its edition once, in the heading and the page title', async () => {
    await page.goto('/catalogues/dspt/2025-26');
    await settled(page);
    const heading = (await page.locator('h1').textContent()) ?? '';
    expect(heading).toContain('Data Security and Protection Toolkit 2025-26 (CAF-aligned)');
    expect(heading.match(/2025-26/g)).toHaveLength(1);
    expect(await page.title()).toBe('DSPT 2025-26 – Frameworks – Bulwark');
    await expectAccessible(page, 'catalogue-dspt');
  });
});

describe('imported statements', () => {
  const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/catalogue-import');
  let admin: Session;

  afterAll(async () => {
    await admin?.context.close();
  });

  it('a member of staff cannot import: the page says who may', async () => {
    await page.goto('/catalogues/import');
    await settled(page);
    expect(await page.locator('h1').textContent()).toBe('You cannot see this page');
  });

  it('a system administrator imports a WebCAF file and reads what was stored and its notices', async () => {
    admin = await openSession(live.browser, live.server.url);
    await signIn(admin.page, 'admin@northshire-ics.example', live.server.demoPassword);
    const p = admin.page;
    await p.goto('/catalogues');
    await settled(p);
    await p.getByRole('link', { name: 'Import a framework file' }).click();
    await settled(p);
    expect(await p.title()).toBe('Import a framework file – Frameworks – Bulwark');
    await expectAccessible(p, 'catalogue-import');

    await p.getByRole('button', { name: 'Import the file' }).click();
    await settled(p);
    expect(await p.title()).toBe('Error: Import a framework file – Frameworks – Bulwark');
    expect(await p.locator('.nhsuk-error-summary').textContent()).toContain('Choose the file to import');

    await p.getByLabel('The file', { exact: true }).setInputFiles(path.join(FIXTURES, 'webcaf-missing-ncsc-index.yaml'));
    await p.getByRole('button', { name: 'Import the file' }).click();
    await p.getByText('webcaf-missing-ncsc-index.yaml has been imported.').waitFor();
    await settled(p);
    expect(await p.locator('.nhsuk-summary-list').textContent()).toContain(
      'Added 5 statements to 1 outcome of caf@4.0: 1 not achieved, 3 partially achieved, 1 achieved',
    );
    expect(await p.getByRole('list', { name: 'Notices about the file' }).getByRole('listitem').allTextContents()).toContain(
      'A4.b.3 (line 26) has no ncsc-index; it is kept as A4.b.3, without one.',
    );
    await expectAccessible(p, 'catalogue-import-done');
    await screenshot(p, 'catalogue-import-done');

    await p.getByLabel('The file', { exact: true }).setInputFiles({ name: 'deep.json', mimeType: 'application/json', buffer: Buffer.from(`${'['.repeat(800)}${']'.repeat(800)}`) });
    await p.getByRole('button', { name: 'Import the file' }).click();
    await p.locator('.nhsuk-error-summary').waitFor();
    expect(await p.locator('.nhsuk-error-summary').textContent()).toContain('Values are nested more than 32 levels deep; no catalogue needs that (line 1, column 33)');
    await expectAccessible(p, 'catalogue-import-refused');
    expectCleanConsole(admin.console);
  });

  it('the tree shows each statement under its indicator, and the requirement page shows it whole', async () => {
    await page.goto('/catalogues/caf/4.0');
    await settled(page);
    const indicator = page.locator('#node-A4-b-3');
    expect(await indicator.textContent()).toContain('Partially achieved indicator');
    expect(await indicator.textContent()).toContain('Test statement for A4.b that the file gives no index.');
    await indicator.getByRole('link', { name: 'A4.b.3' }).click();
    await settled(page);
    expect(await page.title()).toBe('A4.b.3 Partially achieved indicator – NCSC CAF 4.0 – Frameworks – Bulwark');
    expect(await page.locator('.nhsuk-inset-text').textContent()).toContain('Test statement for A4.b that the file gives no index.');
    expect(await page.locator('.nhsuk-summary-list').textContent()).toContain('Id in the imported fileA4.b.3');
    await expectAccessible(page, 'catalogue-node');
    await screenshot(page, 'catalogue-node');
  });

  it('a requirement with no name is listed by its statement, cut short, with the whole of it a click away', async () => {
    await admin.page.goto('/catalogues/import');
    await settled(admin.page);
    await admin.page.getByLabel('The file', { exact: true }).setInputFiles(path.join(FIXTURES, 'ciso-unnamed-requirements.yaml'));
    await admin.page.getByRole('button', { name: 'Import the file' }).click();
    await admin.page.getByText('ciso-unnamed-requirements.yaml has been imported.').waitFor();

    await page.goto('/catalogues/ward-checklist/1.0');
    await settled(page);
    const node3 = page.locator('#node-node3');
    const text = (await node3.textContent()) ?? '';
    expect(text).toMatch(/^node3 Printers on the ward hold print jobs/);
    expect(text).not.toMatch(/^node3 node3/);
    expect(text).toContain('…');
    await node3.getByRole('link', { name: 'Read the whole statement of node3' }).click();
    await settled(page);
    expect(await page.locator('.nhsuk-inset-text').textContent()).toContain('the print queue is the simplest place to stop that from happening.');

    await page.goto('/catalogues?q=smartcard');
    await settled(page);
    const results = page.getByRole('table', { name: 'Matches for “smartcard”' });
    await expect.poll(() => results.textContent()).toContain('Shared ward workstations lock after five idle minutes');
    await expectAccessible(page, 'catalogues-search-statement');
    expectCleanConsole(session.console);
  });
});

// An organisation administrator keeps evidence in a real browser: a web page renamed .pdf is refused
// and named; a PDF is added with its expiry, shown with its SHA-256, given a new version and its
// details changed; a colleague's change in between is shown, not overwritten. Each state is scanned with axe.
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectCleanConsole, liveServerAndBrowser, screenshot, type Session, settled, signedInSession } from './support/browser.js';

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

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n');
const PDF_V2 = Buffer.from('%PDF-1.7\n% the second edition\n%%EOF\n');
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('the evidence library', () => {
  it('refuses a disguised web page, then keeps a PDF, its new version and its changed details', async () => {
    await page.goto('/');
    await settled(page);
    await page.getByRole('link', { name: 'Evidence', exact: true }).first().click();
    await settled(page);
    expect(await page.title()).toBe('Evidence – Northshire Hospitals NHS Foundation Trust – Bulwark');
    await expectAccessible(page, 'evidence-library-empty');

    await page.getByRole('button', { name: 'Add evidence' }).click();
    await page.waitForURL(/\/evidence\/new$/);
    await settled(page);
    await expectAccessible(page, 'evidence-add');

    await page.getByLabel('The file', { exact: true }).setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<!doctype html><script>alert(1)</script>') });
    await page.getByLabel('Title').fill('Penetration test summary');
    await page.getByRole('button', { name: 'Add evidence' }).click();
    await expect.poll(() => page.locator('.nhsuk-error-summary').textContent()).toContain('“report.pdf” is not accepted: it is a web page');
    expect(await page.title()).toMatch(/^Error: Add evidence/);
    await expectAccessible(page, 'evidence-add-refused');

    await page.getByLabel('The file', { exact: true }).setInputFiles({ name: 'pen-test-2026.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByLabel('Expires on (optional)').fill('2099-03-31');
    await page.getByRole('button', { name: 'Add evidence' }).click();
    await page.locator('.nhsuk-notification-banner--success').waitFor();
    await settled(page);
    expect(await page.locator('h1').textContent()).toContain('Penetration test summary');
    expect(await page.locator('main').textContent()).toContain(sha256(PDF));
    expect(await page.getByRole('link', { name: /Download pen-test-2026\.pdf/ }).getAttribute('href')).toMatch(/\/versions\/1\/file$/);
    await expectAccessible(page, 'evidence-item');

    await page.getByLabel('The new file').setInputFiles({ name: 'pen-test-2026-v2.pdf', mimeType: 'application/pdf', buffer: PDF_V2 });
    await page.getByRole('button', { name: 'Upload the new version' }).click();
    await expect.poll(() => page.locator('.nhsuk-notification-banner--success').textContent()).toContain('Version 2 has been added');
    expect(await page.locator('main').textContent()).toContain(sha256(PDF_V2));
    expect(await page.getByRole('table', { name: /Versions of this evidence/ }).getByRole('row').count()).toBe(3);

    // A colleague changes the title through the API while this page is open.
    const itemUrl = new URL(page.url()).pathname.replace(/^\/orgs/, '/api/v1/orgs');
    const me = await page.request.get('/api/v1/me');
    const { csrfToken } = (await me.json()) as { csrfToken: string };
    const current = (await (await page.request.get(itemUrl)).json()) as { version: number };
    const colleague = await page.request.patch(itemUrl, { headers: { 'x-csrf-token': csrfToken }, data: { title: 'Pen test summary (supplier copy)', version: current.version } });
    expect(colleague.status()).toBe(200);

    await page.getByLabel('Review on (optional)').fill('2098-12-01');
    await page.getByRole('button', { name: 'Save the details' }).click();
    await expect.poll(() => page.locator('.nhsuk-error-summary').textContent()).toContain('Someone else changed this evidence');
    // The colleague's change is shown above the form, which keeps what was typed.
    await expect.poll(() => page.locator('h1').textContent()).toContain('Pen test summary (supplier copy)');
    expect(await page.getByLabel('Review on (optional)').inputValue()).toBe('2098-12-01');
    await expectAccessible(page, 'evidence-item-conflict');
    await screenshot(page, 'evidence-item-conflict');

    await page.getByRole('button', { name: 'Save the details' }).click();
    await expect.poll(() => page.locator('.nhsuk-notification-banner--success').textContent()).toContain('The details have been saved');
    expect(await page.locator('main dl').first().textContent()).toContain('1 December 2098');

    await page.getByRole('link', { name: 'Back to the evidence' }).click();
    await settled(page);
    const table = page.getByRole('table', { name: /Evidence in/ });
    expect(await table.textContent()).toContain('Current');
    await expectAccessible(page, 'evidence-library');
    await screenshot(page, 'evidence-library');
    expectCleanConsole(session.console);
  });
});

// An organisation administrator sets the Trust's own expected levels for DSPT 2025-26 in a real
// browser, and is told plainly when someone else saved first. Each state is scanned with axe and photographed.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, liveServerAndBrowser, openSession, screenshot, type Session, settled, signIn } from './support/browser.js';

const live = liveServerAndBrowser();
let session: Session;
let page: Page;

beforeAll(async () => {
  session = await openSession(live.browser, live.server.url);
  page = session.page;
  // Fail with a message rather than at the test's time limit.
  page.setDefaultTimeout(15_000);
  await signIn(page, 'orgadmin@northshire-acute.example', live.server.demoPassword);
});

afterAll(async () => {
  await session?.context.close();
});

describe('an organisation’s expected levels', () => {
  it('from the DSPT page, the organisation administrator sets two expected levels and saves them', async () => {
    await page.goto('/catalogues/dspt/2025-26');
    await settled(page);
    await page.getByRole('link', { name: 'Set your organisation’s expected levels' }).click();
    await page.waitForURL(/\/frameworks\/dspt(%40|@)2025-26\/expected-levels$/);
    await settled(page);
    expect(await page.title()).toBe('Expected levels for DSPT 2025-26 – Northshire Hospitals NHS Foundation Trust – Bulwark');
    await page.getByRole('combobox', { name: /^Expected level for A1\.a / }).selectOption({ label: 'Achieved' });
    await page.getByRole('combobox', { name: /^Expected level for B2\.a / }).selectOption({ label: 'Not applicable' });
    await expectAccessible(page, 'expected-levels');
    await page.getByRole('button', { name: 'Save expected levels' }).click();
    await expect.poll(() => page.locator('.nhsuk-notification-banner, [role="alert"]').first().textContent()).toContain('expected levels have been saved');
    await page.reload();
    await settled(page);
    expect(await page.getByRole('combobox', { name: /^Expected level for A1\.a / }).inputValue()).toBe('achieved');
    expect(await page.getByRole('combobox', { name: /^Expected level for B2\.a / }).inputValue()).toBe('not-applicable');
    await screenshot(page, 'expected-levels');
  });

  it('when someone else saved first, the page says so and offers a reload', async () => {
    const other = await session.context.newPage();
    await other.goto(page.url());
    await settled(other);
    await other.getByRole('combobox', { name: /^Expected level for A1\.b / }).selectOption({ label: 'Achieved' });
    await other.getByRole('button', { name: 'Save expected levels' }).click();
    await expect.poll(() => other.getByText('expected levels have been saved').count()).toBe(1);
    await other.close();

    await page.getByRole('combobox', { name: /^Expected level for A1\.a / }).selectOption({ label: 'Not achieved' });
    await page.getByRole('button', { name: 'Save expected levels' }).click();
    await expect.poll(() => page.locator('.nhsuk-error-summary').textContent()).toContain('Someone else changed these expected levels');
    expect(await page.title()).toMatch(/^Error: Expected levels/);
    await expectAccessible(page, 'expected-levels-conflict');
    await screenshot(page, 'expected-levels-conflict');
    await page.getByRole('link', { name: 'Reload the expected levels' }).click();
    await settled(page);
    expect(await page.getByRole('combobox', { name: /^Expected level for A1\.b / }).inputValue()).toBe('achieved');
  });
});

// What people see depends on their roles: navigation shows only what their roles allow, and a page
// they may not see says so plainly. Also the keyboard basics of the shell: skip link and focus.
import { describe, expect, it } from 'vitest';
import { expectCleanConsole, liveServerAndBrowser, openSession, settled, signIn } from './support/browser.js';

const live = liveServerAndBrowser();

async function menuItems(page: import('playwright-core').Page): Promise<string[]> {
  const items = await page.getByRole('navigation', { name: 'Menu' }).getByRole('link').allTextContents();
  return items.map((item) => item.trim());
}

describe('navigation follows your roles', () => {
  it('a staff member sees no People or Audit trail (only the access reviews they may have accounts in), and is told plainly if they go there', async () => {
    const { page, context, console } = await openSession(live.browser, live.server.url);
    await signIn(page, 'staff@northshire-acute.example', live.server.demoPassword);
    await page.waitForURL(/\/orgs\/[^/]+$/);
    await settled(page);
    await expect.poll(() => menuItems(page)).toEqual(['Home', 'Assessments', 'Organisations', 'Access reviews', 'Evidence', 'Frameworks', 'Exploited vulnerabilities']);
    // No audit records on their home page either.
    expect(await page.getByRole('heading', { name: 'Recent changes' }).count()).toBe(0);

    const home = new URL(page.url()).pathname;
    await page.goto(`${home}/people`);
    await settled(page);
    expect(await page.locator('main h1').textContent()).toBe('You cannot see this page');
    await page.goto(`${home}/audit`);
    await settled(page);
    expect(await page.locator('main h1').textContent()).toBe('You cannot see this page');
    expectCleanConsole(console);
    await context.close();
  });

  it('an organisation administrator sees every section', async () => {
    const { page, context, console } = await openSession(live.browser, live.server.url);
    await signIn(page, 'orgadmin@northshire-acute.example', live.server.demoPassword);
    await page.waitForURL(/\/orgs\/[^/]+$/);
    await settled(page);
    await expect.poll(() => menuItems(page)).toEqual(['Home', 'Assessments', 'Organisations', 'People', 'Staff', 'Evidence', 'Information assets', 'Incidents', 'Exercises', 'Alert triage', 'Cyber alerts', 'Audit trail', 'API tokens', 'Vulnerabilities', 'Frameworks', 'Exploited vulnerabilities']);
    expectCleanConsole(console);
    await context.close();
  });

  it('the organisation switcher moves to the same section of another organisation', async () => {
    const { page, context, console } = await openSession(live.browser, live.server.url);
    await signIn(page, 'orgadmin@northshire-acute.example', live.server.demoPassword);
    await page.waitForURL(/\/orgs\/[^/]+$/);
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'People' }).click();
    await settled(page);
    await page.getByLabel('Organisation', { exact: true }).selectOption({ label: 'Northshire General Hospital (RZZ01)' });
    // Choosing alone does not navigate (WCAG 3.2.2); the button does.
    expect(await page.locator('main h1').textContent()).toContain('Northshire Hospitals NHS Foundation Trust');
    await page.getByRole('button', { name: 'Change organisation' }).click();
    await page.waitForURL(/\/people$/);
    await settled(page);
    expect(await page.locator('main h1').textContent()).toContain('Northshire General Hospital');
    expect(await page.title()).toBe('People – Northshire General Hospital – Bulwark');
    expectCleanConsole(console);
    await context.close();
  });
});

describe('keyboard and screen reader basics', () => {
  it('the skip link is the first thing to tab to and moves focus to the main content', async () => {
    const { page, context } = await openSession(live.browser, live.server.url);
    await page.goto('/sign-in');
    await settled(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('maincontent');
    await context.close();
  });

  it('after following a link, focus is on the new page’s heading', async () => {
    const { page, context, console } = await openSession(live.browser, live.server.url);
    await signIn(page, 'orgadmin@northshire-acute.example', live.server.demoPassword);
    await page.waitForURL(/\/orgs\/[^/]+$/);
    await settled(page);
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Organisations' }).click();
    await settled(page);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Organisations');
    expect(await page.title()).toBe('Organisations – Northshire Hospitals NHS Foundation Trust – Bulwark');
    expectCleanConsole(console);
    await context.close();
  });

  it('text is set in Arial, not the browser’s serif default', async () => {
    const { page, context } = await openSession(live.browser, live.server.url);
    await page.goto('/sign-in');
    await settled(page);
    const fonts = await page.evaluate(() => [document.body, document.querySelector('h1'), document.querySelector('input')].map((element) => (element ? getComputedStyle(element).fontFamily : '')));
    for (const font of fonts) expect(font.toLowerCase()).toMatch(/^arial/);
    await context.close();
  });
});

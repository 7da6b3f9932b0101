// The head of cyber security runs an access review in a real browser, with the demo register: started
// from the "Leavers with enabled accounts" finding, saved as a draft and started; the demo's line
// managers hold no Bulwark accounts, so every item falls back to the starter, who decides them on their
// own page (the first revoked with a reason, the rest kept) after a colleague's decision in between is
// shown; the campaign then shows 100% decided, is closed, its evidence pack downloads as XLSX and PDF,
// and the revocation is an action. Each page is scanned with axe and photographed.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Review, ReviewAction, ReviewItem } from '../../src/contract/access-reviews.js';
import type { FindingsReport } from '../../src/contract/directory.js';
import { pdfText } from '../support/pdf-text.js';
import { callApi, expectAccessible, SCREENSHOT_DIR, expectCleanConsole, liveServerAndBrowser, openSession, screenshot, type Session, settled, signIn } from './support/browser.js';

const live = liveServerAndBrowser({}, { demoRegister: true });
let session: Session;
let page: Page;

beforeAll(async () => {
  session = await openSession(live.browser, live.server.url);
  page = session.page;
  page.setDefaultTimeout(15_000);
  await signIn(page, 'seclead@northshire-acute.example', live.server.demoPassword);
});

afterAll(async () => {
  await session?.context.close();
});

const NAME = 'Review of leavers with enabled accounts';

/** The UK day a number of days from now, as YYYY-MM-DD. */
function ukDayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
}

describe('an access review from a finding to its evidence', () => {
  it('is started from the finding, decided by its reviewer, closed, and its evidence and actions shown', async () => {
    await page.goto('/');
    await settled(page);
    const orgId = /\/orgs\/([^/]+)$/.exec(new URL(page.url()).pathname)![1]!;
    const api = <T,>(path: string) => callApi<T>(page, 'get', `/api/v1/orgs/${orgId}${path}`);
    const me = await callApi<{ user: { id: string } }>(page, 'get', '/api/v1/me');
    const findings = await api<FindingsReport>('/directory/findings');
    const leaverEnabled = findings.findings.find((finding) => finding.key === 'leaver-enabled')!;
    expect(leaverEnabled.count).toBeGreaterThanOrEqual(2);

    // From the finding to the form, its scope and name prefilled.
    await page.goto(`/orgs/${orgId}/directory/findings`);
    await settled(page);
    await page.getByRole('button', { name: `Start a review of “${leaverEnabled.title}”` }).click();
    await page.waitForURL(/\/reviews\/new\?finding=leaver-enabled$/);
    await settled(page);
    expect(await page.getByLabel('Accounts in a directory finding').inputValue()).toBe('leaver-enabled');
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe(NAME);
    await page.getByLabel('Due date').fill(ukDayFromNow(14));
    await expectAccessible(page, 'new-review');
    await screenshot(page, 'reviews-new');

    // Saved as a draft, then started.
    await page.getByRole('button', { name: 'Save as a draft' }).click();
    await page.getByRole('heading', { level: 1, name: 'Start the review' }).waitFor();
    expect(await page.locator('main dl').textContent()).toContain('among leavers with enabled accounts');
    await expectAccessible(page, 'start-review');
    await screenshot(page, 'reviews-start');
    await page.getByRole('button', { name: 'Start the review' }).click();
    await page.waitForURL(/\/reviews\/(?!new)[^/]+$/);
    await settled(page);
    const reviewId = /\/reviews\/([^/]+)$/.exec(new URL(page.url()).pathname)![1]!;
    const started = await api<Review>(`/reviews/${reviewId}`);
    expect(started.state).toBe('open');
    expect(started.figures.items).toBe(leaverEnabled.items.filter((item) => item.account).length);
    const items = (await api<{ items: ReviewItem[] }>(`/reviews/${reviewId}/items`)).items;
    // The demo's line managers hold no Bulwark accounts: every item falls back to the starter.
    expect(items.every((item) => item.reviewerVia === 'fallback' && item.reviewer.id === me.user.id)).toBe(true);
    expect(await page.getByRole('table', { name: `Accounts in “${NAME}”` }).locator('tbody tr').count()).toBe(items.length);
    expect(await page.locator('main').textContent()).toContain(`0% decided (0 of ${items.length})`);
    await expectAccessible(page, 'review-open');
    await screenshot(page, 'reviews-open');

    // The reviewer's own page: only this campaign's sections are decided here.
    await page.getByRole('link', { name: 'Decide the accounts you review' }).click();
    await page.waitForURL(/\/reviews\/mine$/);
    await settled(page);
    await expectAccessible(page, 'my-review-items');
    await screenshot(page, 'reviews-mine');
    const sectionOf = (accountName: string) =>
      page
        .locator('main section')
        .filter({ has: page.getByRole('link', { name: NAME, exact: true }) })
        .filter({ has: page.getByRole('heading', { name: accountName, exact: true }) });
    const [revoked, ...kept] = items;

    // A colleague keeps the first account in between: saving over it shows their decision first.
    await callApi(page, 'put', `/api/v1/orgs/${orgId}/reviews/${reviewId}/items/${revoked!.id}/decision`, { decision: 'keep', reason: 'Still on a bank contract', version: revoked!.version });
    const first = sectionOf(revoked!.account.name);
    await first.getByRole('radio', { name: 'Revoke', exact: true }).check();
    await first.getByLabel('Reason').fill('Left the trust; account no longer needed');
    await first.getByRole('button', { name: `Save the decision on ${revoked!.account.name}` }).click();
    await expect.poll(() => first.getByRole('status').first().textContent()).toContain('It now stands as keep (“Still on a bank contract”)');
    await expectAccessible(page, 'my-review-items-stale');
    await screenshot(page, 'reviews-mine-stale');
    await first.screenshot({ path: `${SCREENSHOT_DIR}/reviews-mine-stale-item.png` });
    await first.getByRole('button', { name: `Save the decision on ${revoked!.account.name}` }).click();
    await expect.poll(() => first.getByRole('status').last().textContent()).toContain(`Revoke saved for ${revoked!.account.name}.`);
    for (const item of kept) {
      const section = sectionOf(item.account.name);
      await section.getByRole('radio', { name: 'Keep', exact: true }).check();
      await section.getByLabel('Reason').fill('Returning as bank staff');
      await section.getByRole('button', { name: `Save the decision on ${item.account.name}` }).click();
      await expect.poll(() => section.getByRole('status').last().textContent()).toContain(`Keep saved for ${item.account.name}.`);
    }
    const decided = await api<Review>(`/reviews/${reviewId}`);
    expect(decided.figures).toMatchObject({ decided: items.length, outstanding: 0, percentDecided: 100, byDecision: { keep: items.length - 1, revoke: 1, change: 0 } });

    // The owner sees it all decided and closes it.
    await page.goto(`/orgs/${orgId}/reviews/${reviewId}`);
    await settled(page);
    expect(await page.locator('main').textContent()).toContain(`100% decided (${items.length} of ${items.length})`);
    await page.getByRole('button', { name: 'Close the review' }).click();
    await page.getByRole('button', { name: 'Close it now' }).click();
    await page.getByRole('heading', { name: 'Actions', exact: true }).waitFor();
    await settled(page);
    expect((await api<Review>(`/reviews/${reviewId}`)).state).toBe('closed');

    // The revocation is an action, owned by the starter, as the API has it.
    const actions = (await api<{ items: ReviewAction[] }>(`/reviews/actions?review=${reviewId}`)).items;
    expect(actions.map((action) => [action.account.name, action.decision, action.owner?.id])).toEqual([[revoked!.account.name, 'revoke', me.user.id]]);
    const actionRows = page.getByRole('table', { name: 'Revocations and changes to follow up' }).locator('tbody tr');
    expect(await actionRows.count()).toBe(1);
    expect(await actionRows.first().textContent()).toContain('Left the trust; account no longer needed');
    await expectAccessible(page, 'review-closed');
    await screenshot(page, 'reviews-closed');

    // The evidence pack from the page's own links.
    const xlsx = await page.request.get((await page.getByRole('link', { name: 'Download the evidence pack (XLSX)' }).getAttribute('href'))!);
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toContain('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect((await xlsx.body()).length).toBeGreaterThan(2_000);
    const pdf = await page.request.get((await page.getByRole('link', { name: 'Download the evidence pack (PDF)' }).getAttribute('href'))!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    const pdfBytes = await pdf.body();
    expect(pdfBytes.length).toBeGreaterThan(2_000);
    const text = (await pdfText(new Uint8Array(pdfBytes))).join('\n');
    expect(text).toContain(NAME);
    expect(text).toContain(revoked!.account.name);

    // The list shows it closed, all decided.
    await page.getByRole('link', { name: 'All access reviews' }).click();
    await page.waitForURL(/\/reviews$/);
    await settled(page);
    const row = page.getByRole('table', { name: 'Campaigns' }).locator('tbody tr').filter({ hasText: NAME });
    expect(await row.textContent()).toContain('Closed');
    expect(await row.textContent()).toContain(`100% (${items.length} of ${items.length})`);
    await expectAccessible(page, 'reviews');
    await screenshot(page, 'reviews-list');

    expectCleanConsole(session.console);
  });

  it('shows a member of staff who reviews nothing no campaign, and refuses them the set-up page', async () => {
    const staff = await openSession(live.browser, live.server.url);
    try {
      await signIn(staff.page, 'staff@northshire-acute.example', live.server.demoPassword);
      await staff.page.waitForURL(/\/orgs\/[^/]+$/);
      await settled(staff.page);
      await staff.page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Access reviews' }).click();
      await staff.page.waitForURL(/\/reviews$/);
      await settled(staff.page);
      expect(await staff.page.locator('main').textContent()).toContain('There are no access reviews you can see yet.');
      expect(await staff.page.getByRole('button', { name: 'Start a review' }).count()).toBe(0);
      await expectAccessible(staff.page, 'reviews-staff');
      await staff.page.goto(`${new URL(staff.page.url()).pathname}/new`);
      await settled(staff.page);
      expect(await staff.page.locator('main h1').textContent()).toBe('You cannot see this page');
      expectCleanConsole(staff.console);
    } finally {
      await staff.context.close();
    }
  });
});

// The organisation's people in a real browser, with the demo register, on one server for the file.
// The head of cyber security looks at the staff register from the menu, filtered to leavers, and one
// leaver's assignments; training compliance, whose chart and table show the same figures as the API,
// departments below target first; the directory findings, where the leavers with enabled accounts are
// listed with "Start a review"; and those accounts in the accounts list.
// Then runs an access review: started from the "Leavers with enabled accounts" finding, saved as a
// draft and started; the Imaging leaver's admin account goes to the Imaging manager, a demo line
// manager with an account, and the rest, whose managers have none, fall back to the starter, who
// decides them on their own page (the first revoked with a reason, the rest kept) after a colleague's
// decision in between is shown; the line manager signs in and sees only their own accounts, and
// revokes theirs; the campaign then shows 100% decided, is closed, its evidence pack downloads as XLSX
// and PDF, and the revocations are actions. A review by the Information Asset Owner of an asset chosen
// from the register is refused without the asset, then set up and started with every account going to
// that owner. Each test starts from its own page and makes its own campaign, so none relies on what
// another left behind. Each page is scanned with axe and photographed.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Review, ReviewAction, ReviewItem } from '../../src/contract/access-reviews.js';
import type { FindingsReport } from '../../src/contract/directory.js';
import type { StaffList } from '../../src/contract/staff.js';
import type { TrainingCompliance } from '../../src/contract/training.js';
import { demoLineManagerPeople } from '../../src/modules/demo/demo-line-managers.js';
import { pdfText } from '../support/pdf-text.js';
import { callApi, expectAccessible, SCREENSHOT_DIR, expectCleanConsole, liveServerAndBrowser, openSession, screenshot, type Session, settled, signedInSession, signIn } from './support/browser.js';

// The demo trust's register, staff, training records, directory exports and line managers' accounts.
const live = liveServerAndBrowser({}, { demoRegister: true });
let session: Session;
let page: Page;

beforeAll(async () => {
  session = await signedInSession(live, 'seclead@northshire-acute.example');
  page = session.page;
});

afterAll(async () => {
  await session?.context.close();
});

const percent = (value: number | null) => (value === null ? 'No one to count' : `${value.toLocaleString('en-GB', { maximumFractionDigits: 1 })}%`);
const cellTexts = (row: ReturnType<Page['locator']>) => row.locator('th, td').evaluateAll((cells) => cells.map((cell) => (cell.lastElementChild ?? cell).textContent?.trim() ?? ''));

describe('the people pages', () => {
  it('shows the staff register, training compliance and the directory findings as the API has them', async () => {
    await page.goto('/');
    await settled(page);
    const orgId = /\/orgs\/([^/]+)$/.exec(new URL(page.url()).pathname)![1]!;
    const api = <T,>(path: string) => callApi<T>(page, 'get', `/api/v1/orgs/${orgId}${path}`);

    // The register from the menu: the counts by status are the API's.
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Staff' }).click();
    await page.waitForURL(/\/staff$/);
    await settled(page);
    const register = await api<StaffList>('/staff');
    expect(register.counts.leaver).toBeGreaterThan(0);
    const leaversCard = page.getByRole('list', { name: /^The register by status/ }).getByRole('listitem').filter({ hasText: 'Leavers' });
    expect(await leaversCard.textContent()).toContain(String(register.counts.leaver));
    expect(await page.locator('main [role=status]').first().textContent()).toContain(`${register.total.toLocaleString('en-GB')} people in the register`);
    await expectAccessible(page, 'staff-register');
    await screenshot(page, 'people-staff-register');

    // Filtered to leavers: only leavers, as many as the count says (one page of them).
    await page.getByLabel('Status', { exact: true }).selectOption('leaver');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/status=leaver/);
    await settled(page);
    const rows = page.getByRole('table', { name: /^Staff of/ }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(Math.min(register.counts.leaver, 50));
    expect(await rows.filter({ hasNotText: 'Leaver' }).count()).toBe(0);
    await expectAccessible(page, 'staff-leavers');

    // One leaver's page: their name and every assignment, none current.
    const leavers = await api<StaffList>('/staff?status=leaver');
    const first = leavers.items[0]!;
    const firstName = `${first.knownAs?.trim() || first.firstName} ${first.lastName}`;
    await rows.first().getByRole('link').click();
    await page.waitForURL(new RegExp(`/staff/${first.employeeNumber}$`));
    await settled(page);
    expect(await page.locator('main h1').textContent()).toContain(firstName);
    const assignments = page.getByRole('table', { name: `Assignments of ${firstName}` }).locator('tbody tr');
    expect(await assignments.count()).toBeGreaterThan(0);
    // A leaver holds no current assignment: every tag in the table says so.
    expect(new Set(await assignments.locator('.nhsuk-tag').allTextContents())).toEqual(new Set(['Not current']));
    await expectAccessible(page, 'staff-person');
    await screenshot(page, 'people-staff-person');

    // Training compliance: a department below target first, and the table's figures the chart's and the API's.
    await page.getByRole('link', { name: 'Back to the staff register' }).click();
    await settled(page);
    await page.getByRole('link', { name: 'Training compliance' }).click();
    await page.waitForURL(/\/training$/);
    await settled(page);
    const compliance = await api<TrainingCompliance>('/training/compliance');
    expect(compliance.departments[0]!.belowTarget).toBe(true);
    const departmentRows = page.getByRole('table', { name: 'Training compliance by department' }).locator('tbody tr');
    expect(await departmentRows.count()).toBe(compliance.departments.length);
    const firstRow = await cellTexts(departmentRows.first());
    expect(firstRow).toEqual([
      compliance.departments[0]!.name,
      String(compliance.departments[0]!.compliant),
      String(compliance.departments[0]!.staff),
      percent(compliance.departments[0]!.percent),
      'Below target',
    ]);
    const chartName = (await page.getByRole('img', { name: /^Training compliance by department/ }).getAttribute('aria-label')) ?? '';
    const tableRows = await departmentRows.evaluateAll((trs) => trs.length);
    for (let index = 0; index < tableRows; index += 1) {
      const [name, compliant, staff, share, against] = await cellTexts(departmentRows.nth(index));
      expect(chartName).toContain(`${name}: ${share === 'No one to count' ? share : `${share} (${compliant} of ${staff})`}${against === 'Below target' ? ', below target' : ''}`);
    }
    // The first bar drawn is the first row's department, marked below target in words.
    expect(await page.locator('.app-training-chart text').nth(1).textContent()).toBe(`${compliance.departments[0]!.name} (below target)`);
    expect(await page.locator('main').textContent()).toContain(`${percent(compliance.organisation.percent)} of current staff in date`);
    await expectAccessible(page, 'training-compliance');
    await screenshot(page, 'people-training');
    await page.locator('.app-training-chart').screenshot({ path: `${SCREENSHOT_DIR}/people-training-chart.png` });

    // The completions by people the register does not hold, from their count.
    expect(compliance.completions.unmatched).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'See the completions not matched to staff' }).click();
    await page.waitForURL(/\/training\/unmatched$/);
    await settled(page);
    expect(await page.getByRole('table', { name: 'Completions not matched to staff' }).locator('tbody tr').count()).toBe(compliance.unmatched.length);
    await expectAccessible(page, 'training-unmatched');

    // The directory findings: the leavers with enabled accounts, each account listed, and a review to start.
    await page.getByRole('link', { name: 'Back to training compliance' }).click();
    await settled(page);
    await page.getByRole('link', { name: 'Directory findings' }).click();
    await page.waitForURL(/\/directory\/findings$/);
    await settled(page);
    const findings = await api<FindingsReport>('/directory/findings');
    const leaverEnabled = findings.findings.find((finding) => finding.key === 'leaver-enabled')!;
    expect(leaverEnabled.count).toBeGreaterThan(0);
    const section = page.getByRole('region', { name: `${leaverEnabled.title} (${leaverEnabled.count})` });
    const accountRows = section.getByRole('table').locator('tbody tr');
    expect(await accountRows.count()).toBe(leaverEnabled.items.length);
    for (const item of leaverEnabled.items) expect(await accountRows.filter({ hasText: item.account!.name }).count()).toBeGreaterThan(0);
    expect(await section.getByRole('button', { name: `Start a review of “${leaverEnabled.title}”` }).getAttribute('href')).toBe(`/orgs/${orgId}/reviews/new?finding=leaver-enabled`);
    // Most severe first, as the API orders them.
    const headings = await page.locator('main section h2').allTextContents();
    expect(headings.map((text) => text.replace(/ \(\d+\)$/, ''))).toEqual(findings.findings.map((finding) => finding.title));
    await expectAccessible(page, 'directory-findings');
    await screenshot(page, 'people-directory-findings');

    // Those accounts in the accounts list, by the finding in the address.
    await section.getByRole('link', { name: 'These accounts in the accounts list' }).click();
    await page.waitForURL(/\/directory\/accounts\?finding=leaver-enabled$/);
    await settled(page);
    expect(await page.getByLabel('Finding', { exact: true }).inputValue()).toBe('leaver-enabled');
    expect(await page.getByRole('table', { name: 'Directory accounts' }).locator('tbody tr').count()).toBe(leaverEnabled.count);
    await expectAccessible(page, 'directory-accounts');
    await screenshot(page, 'people-directory-accounts');

    expectCleanConsole(session.console);
  });
});

const NAME = 'Review of leavers with enabled accounts';
const imagingManager = demoLineManagerPeople().find((person) => person.department === 'Imaging')!;

/** The UK day a number of days from now, as YYYY-MM-DD. */
function ukDayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
}

describe('an access review from a finding to its evidence', () => {
  it('is started from the finding, decided by its reviewers, closed, and its evidence and actions shown', async () => {
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
    // The Imaging manager holds a Bulwark account: the Imaging leaver's admin account is theirs. The
    // other leavers' managers hold none, so those accounts fall back to the starter.
    const mine = items.filter((item) => item.reviewer.id === me.user.id);
    const managers = items.filter((item) => item.reviewer.id !== me.user.id);
    expect(managers.map((item) => [item.account.name.startsWith('adm-'), item.reviewer.name, item.reviewerVia])).toEqual([[true, imagingManager.name, 'line-manager']]);
    expect(mine.length).toBeGreaterThanOrEqual(2);
    expect(mine.every((item) => item.reviewerVia === 'fallback')).toBe(true);
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
    const [revoked, ...kept] = mine;

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
    expect((await api<Review>(`/reviews/${reviewId}`)).figures).toMatchObject({ decided: mine.length, outstanding: managers.length });

    // The line manager signs in and finds only their own accounts: none of the starter's is shown.
    const theirs = managers[0]!;
    const manager = await openSession(live.browser, live.server.url);
    try {
      const their = manager.page;
      their.setDefaultTimeout(15_000);
      await signIn(their, imagingManager.email, live.server.demoPassword);
      await their.waitForURL(/\/orgs\/[^/]+$/);
      await settled(their);
      await their.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Access reviews' }).click();
      await their.waitForURL(/\/reviews$/);
      await settled(their);
      expect(await their.getByRole('table', { name: 'Campaigns' }).locator('tbody tr').filter({ hasText: NAME }).count()).toBe(1);
      await their.getByRole('link', { name: 'Accounts for you to review' }).click();
      await their.waitForURL(/\/reviews\/mine$/);
      await settled(their);
      // Their account in this campaign (and, in the demo's own campaign, the same account): nothing else.
      expect(new Set(await their.locator('main section h2').allTextContents())).toEqual(new Set([theirs.account.name]));
      for (const other of mine) expect(await their.getByRole('heading', { name: other.account.name, exact: true }).count()).toBe(0);
      const section = their
        .locator('main section')
        .filter({ has: their.getByRole('link', { name: NAME, exact: true }) })
        .filter({ has: their.getByRole('heading', { name: theirs.account.name, exact: true }) });
      await section.getByRole('radio', { name: 'Revoke', exact: true }).check();
      await section.getByLabel('Reason').fill('Left the trust; admin rights no longer needed');
      await section.getByRole('button', { name: `Save the decision on ${theirs.account.name}` }).click();
      await expect.poll(() => section.getByRole('status').last().textContent()).toContain(`Revoke saved for ${theirs.account.name}.`);
      await expectAccessible(their, 'my-review-items-line-manager');
      await screenshot(their, 'reviews-mine-line-manager');
      // The campaign's page shows them their own account only.
      await section.getByRole('link', { name: NAME, exact: true }).click();
      await their.waitForURL(new RegExp(`/reviews/${reviewId}$`));
      await settled(their);
      expect(await their.getByRole('heading', { name: 'Your accounts in it' }).count()).toBe(1);
      const rows = their.getByRole('table', { name: `Accounts in “${NAME}”` }).locator('tbody tr');
      expect(await rows.count()).toBe(1);
      expect(await rows.first().textContent()).toContain(theirs.account.name);
      await expectAccessible(their, 'review-line-manager');
      expectCleanConsole(manager.console);
    } finally {
      await manager.context.close();
    }
    const decided = await api<Review>(`/reviews/${reviewId}`);
    expect(decided.figures).toMatchObject({ decided: items.length, outstanding: 0, percentDecided: 100, byDecision: { keep: kept.length, revoke: 2, change: 0 } });

    // The owner sees it all decided and closes it.
    await page.goto(`/orgs/${orgId}/reviews/${reviewId}`);
    await settled(page);
    expect(await page.locator('main').textContent()).toContain(`100% decided (${items.length} of ${items.length})`);
    await page.getByRole('button', { name: 'Close the review' }).click();
    await page.getByRole('button', { name: 'Close it now' }).click();
    await page.getByRole('heading', { name: 'Actions', exact: true }).waitFor();
    await settled(page);
    expect((await api<Review>(`/reviews/${reviewId}`)).state).toBe('closed');

    // Each revocation is an action, owned by the starter, as the API has it.
    const actions = (await api<{ items: ReviewAction[] }>(`/reviews/actions?review=${reviewId}`)).items;
    expect(actions.map((action) => [action.account.name, action.decision, action.owner?.id]).sort()).toEqual(
      [
        [revoked!.account.name, 'revoke', me.user.id],
        [theirs.account.name, 'revoke', me.user.id],
      ].sort(),
    );
    const actionRows = page.getByRole('table', { name: 'Revocations and changes to follow up' }).locator('tbody tr');
    expect(await actionRows.count()).toBe(2);
    expect(await actionRows.filter({ hasText: revoked!.account.name }).textContent()).toContain('Left the trust; account no longer needed');
    expect(await actionRows.filter({ hasText: theirs.account.name }).textContent()).toContain('Left the trust; admin rights no longer needed');
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

  it('is set up by the Information Asset Owner of an asset chosen from the register, and refused without one', async () => {
    await page.goto('/');
    await settled(page);
    const orgId = /\/orgs\/([^/]+)$/.exec(new URL(page.url()).pathname)![1]!;
    const api = <T,>(path: string) => callApi<T>(page, 'get', `/api/v1/orgs/${orgId}${path}`);
    const name = 'Emergency Department accounts, by the PAS owner';
    await page.goto(`/orgs/${orgId}/reviews/new`);
    await settled(page);
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Group (optional)').fill('Emergency Department');
    await page.getByRole('radio', { name: 'The Information Asset Owner of an asset' }).check();
    await page.getByLabel('Due date').fill(ukDayFromNow(21));

    // Without an asset: the problem beside the picker and, linked to it, in the summary; nothing saved.
    await page.getByRole('button', { name: 'Save as a draft' }).click();
    const problem = 'Choose the information asset these accounts give access to: its owner reviews them.';
    await expect.poll(() => page.locator('#review-asset-error').textContent()).toContain(problem);
    expect(await page.getByRole('alert').getByRole('link', { name: problem }).getAttribute('href')).toBe('#review-asset');
    expect((await api<{ items: Review[] }>('/reviews')).items.filter((review) => review.name === name)).toEqual([]);
    await expectAccessible(page, 'new-review-asset-missing');
    await screenshot(page, 'reviews-new-asset-missing');

    // The picker lists the register's assets with their owners; the one chosen names the reviewer.
    await page.getByLabel('Information asset', { exact: true }).selectOption({ label: 'Patient administration system (owner: Mark Donnelly)' });
    await expectAccessible(page, 'new-review-asset-chosen');
    await page.getByRole('button', { name: 'Save as a draft' }).click();
    await page.getByRole('heading', { level: 1, name: 'Start the review' }).waitFor();
    const who = 'The Information Asset Owner of “Patient administration system”: Mark Donnelly';
    expect(await page.locator('main dl').textContent()).toContain(who);
    expect(await page.locator('main dl').textContent()).toContain('in the group Emergency Department');
    await expectAccessible(page, 'start-review-asset');
    await page.getByRole('button', { name: 'Start the review' }).click();
    await page.waitForURL(/\/reviews\/(?!new)[^/]+$/);
    await settled(page);
    const reviewId = /\/reviews\/([^/]+)$/.exec(new URL(page.url()).pathname)![1]!;
    expect(await page.locator('main dl').first().textContent()).toContain(who);

    // Every account goes to the asset's owner, as the API has it.
    const started = await api<Review>(`/reviews/${reviewId}`);
    expect([started.state, started.reviewerRule, started.asset?.name, started.asset?.owner?.name]).toEqual(['open', 'information-asset-owner', 'Patient administration system', 'Mark Donnelly']);
    const items = (await api<{ items: ReviewItem[] }>(`/reviews/${reviewId}/items`)).items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => item.reviewerVia === 'information-asset-owner' && item.reviewer.name === 'Mark Donnelly')).toBe(true);
    expect(await page.getByRole('table', { name: `Accounts in “${name}”` }).locator('tbody tr').count()).toBe(items.length);
    await expectAccessible(page, 'review-asset-owner');
    await screenshot(page, 'reviews-asset-owner');
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

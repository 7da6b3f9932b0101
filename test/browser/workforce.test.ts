// The head of cyber security looks at the organisation's people in a real browser: the staff register
// from the menu, filtered to leavers, and one leaver's assignments; training compliance, whose chart
// and table show the same figures as the API, departments below target first; the directory findings,
// where the leavers with enabled accounts are listed with "Start a review"; and those accounts in the
// accounts list. Each page is scanned with axe and photographed.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FindingsReport } from '../../src/contract/directory.js';
import type { StaffList } from '../../src/contract/staff.js';
import type { TrainingCompliance } from '../../src/contract/training.js';
import { callApi, expectAccessible, SCREENSHOT_DIR, expectCleanConsole, liveServerAndBrowser, openSession, screenshot, type Session, settled, signIn } from './support/browser.js';

// The demo trust's staff register, training records and directory exports.
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

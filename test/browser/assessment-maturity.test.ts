// The maturity views in a real browser: the head of cyber's home page shows the DSPT assessment's
// progress, status and deadline and the outcome assigned to them; the heatmap, the comparison with the
// independent review, and the auditor's review page. Data is set up through the API; axe scans each page.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectCleanConsole, liveServerAndBrowser, openSession, screenshot, type Session, settled, signIn } from './support/browser.js';

const live = liveServerAndBrowser();
let lead: Session;
let auditor: Session;
let orgId: string;
let assessmentId: string;

const DAYS_LEFT = 120;

/** Today's date in the UK, as YYYY-MM-DD, moved by `days`. */
function ukDay(days = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const moved = new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000);
  return moved.toISOString().slice(0, 10);
}

const longDate = (day: string) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${day}T00:00:00Z`));

/** The few fields of the API's answers that this test reads. */
interface Answer {
  id: string;
  version: number;
  response: { version: number };
  assessment: { version: number };
}

/** Calls the API as the person signed in on this page, with their CSRF token. */
async function api(page: Page, method: 'GET' | 'POST' | 'PUT' | 'PATCH', path: string, body?: unknown): Promise<Answer> {
  const { csrfToken } = (await (await page.request.get('/api/v1/me')).json()) as { csrfToken: string };
  const response = await page.request.fetch(`/api/v1/orgs/${orgId}${path}`, { method, headers: { 'x-csrf-token': csrfToken }, ...(body === undefined ? {} : { data: body }) });
  expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
  return (await response.json()) as Answer;
}

async function answer(page: Page, ref: string, change: Record<string, unknown>) {
  const current = await api(page, 'GET', `/assessments/${assessmentId}/outcomes/${ref}`);
  return api(page, 'PATCH', `/assessments/${assessmentId}/outcomes/${ref}`, { version: current.response.version, ...change });
}

beforeAll(async () => {
  [lead, auditor] = await Promise.all([openSession(live.browser, live.server.url), openSession(live.browser, live.server.url)]);
  for (const session of [lead, auditor]) session.page.setDefaultTimeout(15_000);
  await signIn(lead.page, 'seclead@northshire-acute.example', live.server.demoPassword);
  await signIn(auditor.page, 'auditor@northshire-acute.example', live.server.demoPassword);
  const me = (await (await lead.page.request.get('/api/v1/me')).json()) as { user: { id: string }; organisations: Array<{ id: string; odsCode: string | null }> };
  orgId = me.organisations.find((o) => o.odsCode === 'RZZ')!.id;

  // The trust expects Achieved in A2.a, so answering Not achieved there puts it below the profile.
  const settings = await api(lead.page, 'GET', '/catalogues/dspt/2025-26/settings');
  await api(lead.page, 'PUT', '/catalogues/dspt/2025-26/settings', { version: settings.version, expected: { 'A2.a': 'achieved' } });
  assessmentId = (await api(lead.page, 'POST', '/assessments', { catalogue: 'dspt@2025-26', period: '2025-26', dueOn: ukDay(DAYS_LEFT) })).id;
  await answer(lead.page, 'A1.a', { level: 'achieved', ownerId: me.user.id, dueOn: ukDay(-3) });
  await answer(lead.page, 'A1.b', { level: 'achieved' });
  await answer(lead.page, 'A2.a', { level: 'not-achieved' });
  const workspace = await api(lead.page, 'GET', `/assessments/${assessmentId}`);
  await api(lead.page, 'POST', `/assessments/${assessmentId}/state`, { version: workspace.assessment.version, to: 'in-review' });
  // The reviewer saw no board minutes for A1.a, and agrees about A2.a.
  await api(auditor.page, 'PUT', `/assessments/${assessmentId}/review/outcomes/A1.a`, { level: 'not-achieved', note: 'No board minutes seen.' });
  await api(auditor.page, 'PUT', `/assessments/${assessmentId}/review/outcomes/A2.a`, { level: 'not-achieved' });
});

afterAll(async () => {
  await lead?.context.close();
  await auditor?.context.close();
});

describe('maturity views', () => {
  it('the home page shows the assessment’s progress, status and deadline, and the overdue outcome assigned to me', async () => {
    const { page } = lead;
    await page.goto(`/orgs/${orgId}`);
    await settled(page);
    const card = page.locator('.nhsuk-card', { has: page.getByRole('link', { name: 'DSPT 2025-26' }) });
    await card.waitFor();
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('3 of 47 outcomes answered');
    expect(await card.getByRole('progressbar', { name: '3 of 47 outcomes answered' }).count()).toBe(1);
    expect(text).toContain('provisional: 44 outcomes not answered yet; 1 outcome below the profile');
    expect(text).toContain(`${DAYS_LEFT} days left, due ${longDate(ukDay(DAYS_LEFT))}`);
    expect(text).toContain('1 outcome overdue');

    const myWork = page.getByRole('region', { name: 'My work' });
    const row = myWork.getByRole('row', { name: /A1\.a Board Direction/ });
    expect(await row.textContent()).toContain('Overdue by 3 days');
    expect(await row.getByRole('link', { name: 'A1.a Board Direction' }).getAttribute('href')).toBe(`/orgs/${orgId}/assessments/${assessmentId}/outcomes/A1.a`);
    await expectAccessible(page, 'home dashboard');
    await screenshot(page, 'assessment-dashboard');
    expectCleanConsole(lead.console);
  });

  it('the heatmap shows each outcome with its level and marks the one below the profile; the comparison names the reviewer’s lower level', async () => {
    const { page } = lead;
    await page.goto(`/orgs/${orgId}/assessments/${assessmentId}/heatmap`);
    await settled(page);
    expect(await page.title()).toBe('Heatmap: DSPT 2025-26 – Northshire Hospitals NHS Foundation Trust – Bulwark');
    expect(await page.getByRole('link', { name: 'A1.a: Achieved' }).getAttribute('href')).toBe(`/orgs/${orgId}/assessments/${assessmentId}/outcomes/A1.a`);
    expect(await page.getByRole('link', { name: /^A2\.a: Not achieved, below the profile by 2 levels$/ }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'A3.a: Not answered' }).count()).toBe(1);
    const table = page.getByRole('table', { name: 'Outcomes at each level, by principle' });
    // A1 Governance: three outcomes, two achieved, one not answered, none below.
    expect((await table.getByRole('row', { name: /^A1 Governance/ }).getByRole('cell').allTextContents()).map((c) => c.replace(/^\D+ /, '').trim())).toEqual(['3', '0', '0', '2', '1', '0']);
    expect(await table.getByRole('row', { name: /^A2 Risk Management/ }).getByRole('cell').last().textContent()).toContain('1');
    await expectAccessible(page, 'heatmap');
    await screenshot(page, 'assessment-heatmap');

    await page.getByRole('link', { name: 'Compare' }).click();
    await page.waitForURL(/\/compare\?against=previous$/);
    await settled(page);
    await page.getByRole('navigation', { name: 'Compare with' }).getByRole('link', { name: 'Independent review' }).click();
    await page.waitForURL(/\/compare\?against=review$/);
    await settled(page);
    expect(await page.locator('main h1').textContent()).toContain('Compared with the independent review');
    const a1a = page.getByRole('row', { name: /A1\.a Board Direction/ });
    expect(await a1a.textContent()).toContain('Reviewer rated lower');
    expect(await page.locator('.nhsuk-summary-list').textContent()).toMatch(/Reviewer rated lower\s*1 outcome/);
    await expectAccessible(page, 'comparison with the review');
    await screenshot(page, 'assessment-comparison');

    await page.getByRole('link', { name: 'Trend over the years' }).click();
    await page.waitForURL(/\/assessment-trend\/dspt$/);
    await settled(page);
    expect(await page.getByRole('img', { name: /2025-26: 0 of 47 outcomes meet the profile, 1 below, 44 not answered/ }).count()).toBe(1);
    expect(await page.getByRole('row', { name: /^2025-26/ }).textContent()).toContain('Standards Not Met');
    await expectAccessible(page, 'trend');
    await screenshot(page, 'assessment-trend');
    expectCleanConsole(lead.console);
  });

  it('the auditor saves their level for an outcome on the review page, and the organisation sees where it is lower', async () => {
    const { page } = auditor;
    await page.goto(`/orgs/${orgId}/assessments/${assessmentId}/review`);
    await settled(page);
    await page.getByRole('combobox', { name: 'Your level for A1.b' }).selectOption({ label: 'Not achieved' });
    await page.getByRole('textbox', { name: 'Note on A1.b' }).fill('Roles not written down.');
    await page.getByRole('button', { name: 'Save the level for A1.b' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved A1.b' }).count()).toBe(1);
    await expectAccessible(page, 'review as the auditor');
    await screenshot(page, 'assessment-review-auditor');
    await page.reload();
    await settled(page);
    expect(await page.getByRole('combobox', { name: 'Your level for A1.b' }).inputValue()).toBe('not-achieved');

    await page.getByLabel('Reviewer').fill('Northshire Audit');
    await page.getByLabel('Moderate assurance').check();
    await page.getByLabel('Summary').fill('Mostly sound; board oversight is thin.');
    await page.getByRole('button', { name: 'Save the opinion' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'The overall opinion has been saved.' }).count()).toBe(1);
    // Someone else saves the opinion meanwhile: saving again from this page is refused and explained.
    await api(auditor.page, 'PUT', `/assessments/${assessmentId}/review`, { version: 1, summary: 'Changed elsewhere.' });
    await page.getByLabel('Summary').fill('My second thoughts.');
    await page.getByRole('button', { name: 'Save the opinion' }).click();
    await expect.poll(() => page.locator('.nhsuk-error-summary').textContent()).toContain('Someone else changed the review');
    await page.getByRole('button', { name: 'Reload the review' }).click();
    await expect.poll(() => page.getByLabel('Summary').inputValue()).toBe('Changed elsewhere.');
    expectCleanConsole(auditor.console);

    await lead.page.goto(`/orgs/${orgId}/assessments/${assessmentId}/review`);
    await settled(lead.page);
    const row = lead.page.getByRole('row', { name: /A1\.b Roles and Responsibilities/ });
    expect(await row.textContent()).toContain('Reviewer rated lower');
    expect(await row.textContent()).toContain('Roles not written down.');
    await expectAccessible(lead.page, 'review as the organisation');
  });
});

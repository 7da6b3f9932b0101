// The incident metrics in a real browser, over the demo trust's two years of incidents and a few more
// recorded through the API (so the assertions do not hang on the demo's details): the headline table
// counts the incidents measured and says how many lacked a milestone, each published figure has its
// caveat beside it, a response target is saved, and a notification from the clock watch is listed and
// marked read. Each page is scanned with axe.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/modules/demo/service.js';
import { watchIncidentClocks } from '../../src/modules/incidents/service.js';
import { expectAccessible, expectCleanConsole, liveServerAndBrowser, openSession, screenshot, type Session, settled, signIn } from './support/browser.js';

const live = liveServerAndBrowser();
let session: Session;
let page: Page;
let orgPath: string;

const HOUR = 3_600_000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

/** Records an incident through the API as the signed-in person. */
async function record(body: Record<string, unknown>): Promise<void> {
  const { csrfToken } = (await (await page.request.get('/api/v1/me')).json()) as { csrfToken: string };
  const response = await page.request.post(`/api/v1${orgPath}/incidents`, { headers: { 'x-csrf-token': csrfToken }, data: { kind: 'cyber', severity: 'high', ...body } });
  expect(response.status(), await response.text()).toBe(201);
}

beforeAll(async () => {
  // The browser tests' server starts without the incident history; this adds it, as `bulwark demo` does.
  const demo = await loadDemo(live.server.app, new Date(), { assessments: false, incidents: true, alerts: false });
  expect(demo.incidentsCreated).toBeGreaterThan(0);
  session = await openSession(live.browser, live.server.url);
  page = session.page;
  page.setDefaultTimeout(15_000);
  await signIn(page, 'orgadmin@northshire-acute.example', live.server.demoPassword);
  await page.waitForURL(/\/orgs\/[^/]+$/);
  orgPath = new URL(page.url()).pathname;
  const me = (await (await page.request.get('/api/v1/me')).json()) as { user: { id: string } };

  // Three contained within days, one still uncontained (it lacks a contained time), and one
  // reportable breach this person owns whose ICO clock has passed 48 hours.
  await record({ title: 'Phishing email led to a mailbox compromise', milestones: { occurred: ago(60), detected: ago(50), acknowledged: ago(49), triaged: ago(45), contained: ago(30) } });
  await record({ title: 'Ransomware on a radiology workstation', severity: 'critical', milestones: { occurred: ago(200), detected: ago(150), acknowledged: ago(149.5), contained: ago(140) } });
  await record({ title: 'Unpatched VPN appliance exploited', detectionSource: 'internal-monitoring', milestones: { occurred: ago(500), detected: ago(400), contained: ago(300), recovered: ago(200) } });
  await record({ title: 'Suspicious sign-ins from abroad', severity: 'medium', milestones: { occurred: ago(10), detected: ago(8) } });
  await record({
    title: 'Clinic letters sent to the wrong patients',
    kind: 'data-breach',
    severity: 'medium',
    ownerId: me.user.id,
    breachLikelihood: 4,
    breachHarm: 3,
    milestones: { occurred: ago(55), detected: ago(50) },
  });
  // What the server's background watch does every few minutes.
  const watched = await watchIncidentClocks(live.server.app, new Date());
  expect(watched.created).toBeGreaterThan(0);
});

afterAll(async () => {
  await session?.context.close();
});

describe('incident metrics', () => {
  it('shows measured and uncounted incidents and the caveat beside each published figure, and saves a response target', async () => {
    await page.goto(`${orgPath}/incidents/metrics`);
    await settled(page);
    expect(await page.title()).toBe('Incident response metrics – Northshire Hospitals NHS Foundation Trust – Bulwark');

    const headline = page.getByRole('table', { name: 'Response times over the period' });
    const contain = headline.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Time to contain/ }) });
    const cells = await contain.getByRole('cell').allTextContents();
    expect(Number(cells[0]?.replace(/\D/g, ''))).toBeGreaterThanOrEqual(3);
    expect(cells[1]).toMatch(/\d+ incidents? lacked a detected or contained time and (is|are) not counted/);
    expect(cells[3]).toMatch(/\d+\.\d (hours|days)/);

    const published = page.getByRole('table', { name: 'Our figures beside published ones' });
    const ibm = published.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Mean time to contain a breach: 64 days \(mean\)/ }) });
    expect(await ibm.textContent()).toContain('IBM / Ponemon, Cost of a Data Breach, 2024');
    expect(await ibm.textContent()).toMatch(/the mean of \d+ incidents/);
    expect(await ibm.textContent()).toContain('an organisation\'s own containment time depends on what it records as contained');
    const context = page.getByRole('table', { name: 'Published figures with no comparable figure of ours' });
    expect(await context.textContent()).toContain('No comparable figure of ours');
    expect(await page.getByRole('img', { name: /^Median time for each interval\. Time to detect: / }).count()).toBe(1);
    await expectAccessible(page, 'incident-metrics');

    await page.getByRole('link', { name: /^Incident settings/ }).click();
    await page.waitForURL(/\/incidents\/settings$/);
    await settled(page);
    const containHigh = page.getByRole('group', { name: 'Time to contain, in hours' }).getByLabel('High');
    await containHigh.fill('a day');
    await page.getByRole('button', { name: 'Save the settings' }).click();
    await expect.poll(() => page.locator('.nhsuk-error-summary').textContent()).toContain('Enter the hours to contain a high-severity incident');
    expect(await page.title()).toMatch(/^Error: Incident settings/);
    await expectAccessible(page, 'incident-settings-error');

    await containHigh.fill('48');
    await page.getByRole('button', { name: 'Save the settings' }).click();
    await expect.poll(() => page.locator('.nhsuk-notification-banner--success').textContent()).toContain('The incident settings have been saved');
    await page.reload();
    await settled(page);
    expect(await page.getByRole('group', { name: 'Time to contain, in hours' }).getByLabel('High').inputValue()).toBe('48');
    expectCleanConsole(session.console);
  });

  it('lists a notification from the clock watch, counts it in the header, and marks it read', async () => {
    await page.goto(orgPath);
    await settled(page);
    const link = page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: /^Notifications, \d+ unread$/ });
    const unread = Number(/(\d+) unread/.exec((await link.textContent()) ?? '')?.[1]);
    expect(unread).toBeGreaterThan(0);
    await link.click();
    await page.waitForURL(/\/notifications$/);
    await settled(page);

    const table = page.getByRole('table', { name: 'Your notifications, newest first' });
    // The ICO clock's warning; the senior-management clock, long overdue, has its own.
    const row = table.getByRole('row').filter({ hasText: 'Clinic letters sent to the wrong patients' }).filter({ hasText: /to notify the ICO/ });
    expect(await row.textContent()).toContain('Unread');

    await row.getByRole('button', { name: /^Mark as read/ }).click();
    await expect.poll(() => row.textContent()).toContain('Read');
    expect(await row.textContent()).not.toContain('Unread');
    // The header's count follows: its accessible name says how many are left unread.
    const left = unread - 1 === 0 ? 'Notifications' : `Notifications, ${unread - 1} unread`;
    await expect.poll(() => page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: left, exact: true }).count()).toBe(1);
    // Read and unread side by side: the senior-management notice is still unread.
    await expectAccessible(page, 'notifications');
    await screenshot(page, 'notifications');
    expectCleanConsole(session.console);
  });
});

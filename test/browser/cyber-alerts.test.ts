// An alert's lifecycle in a real browser: the trust's administrator records an NHS cyber alert (refused
// first without a title), sees that it is likely to apply to the remote access gateway a scan found
// open to its CVE, confirms that it applies, acknowledges it, adds an update (refused once because a
// colleague added theirs first), marks it remediated and closes it. Each page is scanned with axe.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgId } from '../support/app.js';
import { nessusCsv, nessusRow } from '../fixtures/vulns/scanner-files.js';
import { callApi, expectAccessible, liveServerAndBrowser, screenshot, type Session, settled, signedInSession } from './support/browser.js';

const live = liveServerAndBrowser();
let session: Session;
let page: Page;
let assetId: string;

const UK = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
/** The UK date and time of an instant, as the form takes them. */
function ukWallTime(at: Date): { date: string; time: string } {
  const p = Object.fromEntries(UK.formatToParts(at).map((part) => [part.type, part.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

beforeAll(async () => {
  const acute = await orgId(live.server.app, 'RZZ');
  session = await signedInSession(live, 'orgadmin@northshire-acute.example');
  page = session.page;
  assetId = (await callApi(page, 'post', `/api/v1/orgs/${acute}/assets`, { name: 'Remote-Gw-01', type: 'system', criticality: 'high' })).id;
  const scan = nessusCsv([nessusRow('200001', 'remote-gw-01', { CVE: 'CVE-2024-10001', Risk: 'Critical', Name: 'Invented Gateway Secure remote code execution' })]);
  const { csrfToken } = (await (await page.request.get('/api/v1/me')).json()) as { csrfToken: string };
  const imported = await page.request.post(`/api/v1/orgs/${acute}/imports/vulns?file=scan.csv&preset=nessus&asOf=${encodeURIComponent(new Date(Date.now() - 2 * 86_400_000).toISOString())}`, {
    data: scan,
    headers: { 'x-csrf-token': csrfToken, 'content-type': 'text/csv' },
  });
  expect(imported.status(), await imported.text()).toBe(201);
});

afterAll(async () => {
  await session?.context.close();
});

const stepDone = (text: string) => page.getByRole('status').filter({ hasText: text }).waitFor();

describe('an NHS cyber alert’s lifecycle', () => {
  it('opens the register from the menu, empty at first', async () => {
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Cyber alerts' }).click();
    await settled(page);
    expect(await page.title()).toBe('Cyber alerts – Northshire Hospitals NHS Foundation Trust – Bulwark');
    expect(await page.getByText('No alerts have been recorded yet.').count()).toBe(1);
    await expectAccessible(page, 'cyber-alerts-empty');
  });

  it('refuses an alert without a title, naming the field, then records it', async () => {
    await page.getByRole('button', { name: 'Record an alert' }).click();
    await settled(page);
    const issued = ukWallTime(new Date(Date.now() - 3 * 3_600_000));
    await page.getByLabel('Reference').fill('CC-4571');
    await page.getByLabel('Critical').check();
    await page.getByLabel('Date', { exact: true }).fill(issued.date);
    await page.getByLabel('Time', { exact: true }).fill(issued.time);
    await page.getByLabel('CVEs').fill('CVE-2024-10001');
    await page.getByLabel('Products').fill('Invented Gateway Secure');
    await page.getByRole('button', { name: 'Record the alert' }).click();
    const summary = page.getByRole('alert');
    await summary.waitFor();
    expect(await summary.getByRole('link').allTextContents()).toEqual(['Enter the alert’s title']);
    expect(await page.locator('#alert-title-error').textContent()).toContain('Enter the alert’s title');
    expect(await page.title()).toMatch(/^Error: Record an alert/);
    await expectAccessible(page, 'cyber-alert-record-refused');
    await screenshot(page, 'cyber-alert-record-refused');

    await page.getByLabel('Title').fill('Invented Gateway Secure flaw exploited');
    await page.getByRole('button', { name: 'Record the alert' }).click();
    await page.getByRole('heading', { level: 1, name: /Invented Gateway Secure flaw exploited/ }).waitFor();
    await settled(page);
  });

  it('shows it likely to apply: the gateway open to its CVE, linked to its asset', async () => {
    expect(await page.getByText('Not confirmed; likely to apply (1 host in the findings)').count()).toBe(1);
    const hosts = page.getByRole('table', { name: /1 host on 1 information asset/ });
    expect(await hosts.getByRole('rowheader').allTextContents()).toEqual([expect.stringContaining('remote-gw-01')]);
    expect(await hosts.getByRole('link', { name: 'Remote-Gw-01' }).getAttribute('href')).toMatch(new RegExp(`/assets/${assetId}$`));
    await expectAccessible(page, 'cyber-alert-new');
    await screenshot(page, 'cyber-alert-new');
  });

  it('is confirmed to apply, acknowledged, updated, remediated and closed', async () => {
    await page.getByLabel('It applies').check();
    await page.getByLabel('Why (optional)').fill('The remote access gateway runs it.');
    await page.getByRole('button', { name: 'Confirm' }).click();
    await stepDone('Recorded whether the alert applies.');
    expect(await page.getByText(/Applies \(confirmed\)/).count()).toBe(1);

    await page.getByRole('button', { name: 'Record the acknowledgement' }).click();
    await stepDone('Recorded the acknowledgement.');
    expect(await page.getByRole('listitem').filter({ hasText: /^Acknowledged$/ }).count()).toBe(1);

    // A colleague adds an update after the page was read: this update is refused, with theirs shown.
    const alertPath = `/api/v1${new URL(page.url()).pathname}`;
    const held = await callApi(page, 'get', alertPath);
    await callApi(page, 'post', `${alertPath}/updates`, { version: held.version, text: 'Supplier says a fixed release is out.' });
    await page.getByLabel('Update', { exact: true }).fill('Patch applied to the gateway; awaiting a rescan.');
    await page.getByRole('button', { name: 'Add the update' }).click();
    await page.getByRole('alert').filter({ hasText: 'Someone else changed this alert' }).waitFor();
    await page.getByRole('cell', { name: 'Supplier says a fixed release is out.' }).waitFor();
    await expectAccessible(page, 'cyber-alert-stale');
    await page.getByRole('button', { name: 'Add the update' }).click();
    await stepDone('Added the update.');
    expect(await page.getByRole('cell', { name: 'Patch applied to the gateway; awaiting a rescan.' }).count()).toBe(1);
    expect(await page.getByRole('alert').count()).toBe(0);
    await expectAccessible(page, 'cyber-alert-acknowledged');

    await page.getByRole('button', { name: 'Mark remediated' }).click();
    await stepDone('Marked the alert remediated.');
    await page.getByLabel('Reason for closing').fill('The rescan shows the gateway fixed.');
    await page.getByRole('button', { name: 'Close the alert' }).click();
    await stepDone('Closed the alert.');
    expect(await page.getByRole('listitem').filter({ hasText: /^Closed$/ }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Add the update' }).count()).toBe(0);
    await expectAccessible(page, 'cyber-alert-closed');
    await screenshot(page, 'cyber-alert-closed');
  });

  it('lists it closed in the register, with nothing overdue', async () => {
    await page.getByRole('link', { name: 'Cyber alerts', exact: true }).first().click();
    await settled(page);
    const table = page.getByRole('table', { name: /Alerts: 1/ });
    expect(await table.getByRole('rowheader').allTextContents()).toEqual([expect.stringContaining('CC-4571')]);
    expect(await table.getByText('Closed').count()).toBe(1);
    await expectAccessible(page, 'cyber-alerts');
    await screenshot(page, 'cyber-alerts');
  });
});

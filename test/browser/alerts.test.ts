// The head of cyber security brings the alert history in a real browser: a Microsoft Sentinel export
// with one unreadable time is refused whole, the row named; importing the valid rows, once
// confirmed, gives the counts and the rejected row as a file to download. The report for the
// period then shows the noisy rule's figures and a finding, which becomes an action that is then
// started from the actions list. Each state is scanned with axe.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectCleanConsole, liveServerAndBrowser, screenshot, type Session, settled, signedInSession } from './support/browser.js';

const live = liveServerAndBrowser();
let session: Session;
let page: Page;

beforeAll(async () => {
  session = await signedInSession(live, 'seclead@northshire-acute.example');
  page = session.page;
});

afterAll(async () => {
  await session?.context.close();
});

const RULE = 'Impossible travel to a clinical workstation';
const HEADINGS =
  'TenantId,TimeGenerated [UTC],IncidentNumber,IncidentName,Title,Severity,Status,Classification,ClassificationReason,Owner,CreatedTime [UTC],FirstModifiedTime [UTC],LastModifiedTime [UTC],ClosedTime [UTC],ProviderName,AlertIds';
const TENANT = '5d1f6f3e-0000-4000-8000-000000000001';

/** One closed Sentinel incident, in January 2025: long before the demo Trust's own alert history. */
function incident(number: number, title: string, classification: string, created: string, triaged: string, closed: string): string {
  const name = `a1b2c3d4-0000-4000-8000-${String(number).padStart(12, '0')}`;
  return [TENANT, closed, number, name, title, 'Medium', 'Closed', classification, 'InaccurateData', 'amira.khan@northshire-acute.example', created, triaged, closed, closed, 'Azure Sentinel', `"[""${number}""]"`].join(',');
}

const at = (day: number, time: string) => `2025-01-${String(day).padStart(2, '0')}T${time}:00.0000000Z`;

// As Excel saves "CSV UTF-8": a BOM and CRLF. Five sign-in alerts closed as false positives, one
// true positive, and one row whose creation time cannot be read.
const ROWS = [
  incident(101, RULE, 'FalsePositive', at(6, '09:00'), at(6, '09:20'), at(6, '10:00')),
  incident(102, RULE, 'FalsePositive', at(7, '09:00'), at(7, '09:05'), at(7, '09:30')),
  incident(103, RULE, 'FalsePositive', 'yesterday afternoon', at(7, '10:00'), at(7, '11:00')),
  incident(104, RULE, 'FalsePositive', at(8, '09:00'), at(8, '11:00'), at(8, '12:00')),
  incident(105, RULE, 'FalsePositive', at(9, '09:00'), at(9, '09:10'), at(9, '09:20')),
  incident(106, RULE, 'FalsePositive', at(10, '09:00'), at(10, '09:15'), at(10, '09:45')),
  incident(107, 'Encoded PowerShell command', 'TruePositive', at(10, '13:00'), at(10, '13:30'), at(10, '18:00')),
];
const FILE = { name: 'sentinel-incidents.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${HEADINGS}\r\n${ROWS.join('\r\n')}\r\n`, 'utf8') };

describe('alert triage', () => {
  it('imports a Sentinel export, keeping the valid rows once confirmed, and makes the noisy rule’s finding an action', async () => {
    await page.goto('/');
    await settled(page);
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Alert triage' }).click();
    await settled(page);
    expect(await page.title()).toBe('Alert triage – Northshire Hospitals NHS Foundation Trust – Bulwark');
    const orgId = /\/orgs\/([^/]+)\/alerts$/.exec(new URL(page.url()).pathname)![1]!;

    // The file with its bad row: refused whole, the row named.
    await page.getByRole('link', { name: /^Import alerts from Sentinel/ }).click();
    await page.waitForURL(/\/alerts\/import$/);
    await settled(page);
    await expectAccessible(page, 'alerts-import');
    await page.getByLabel('Microsoft Sentinel or Defender incident export (CSV)').check();
    await page.getByLabel('The file', { exact: true }).setInputFiles(FILE);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await expect.poll(() => summary.textContent()).toContain('Nothing was imported');
    expect(await summary.textContent()).toContain('Row 4');
    expect(await summary.textContent()).toContain('yesterday afternoon');
    expect(await page.title()).toMatch(/^Error: Import alerts/);
    const named = page.getByRole('table', { name: /^Rows with problems/ });
    expect(await named.getByRole('row').count()).toBe(2);
    await expectAccessible(page, 'alerts-import-refused');
    await screenshot(page, 'alerts-import-refused');

    // Keeping the valid rows needs the confirmation first.
    const keep = page.getByRole('button', { name: 'Import the 6 valid rows' });
    await keep.click();
    await expect.poll(() => page.getByText('Confirm that the rows with problems are to be left out').count()).toBeGreaterThan(0);
    await page.getByLabel('Import the 6 valid rows of sentinel-incidents.csv, leaving out the rows with problems').check();
    await keep.click();
    await page.locator('.nhsuk-notification-banner--success').waitFor();
    const counts = page.locator('.nhsuk-summary-list');
    expect(await counts.textContent()).toContain('Imported6 alerts');
    expect(await counts.textContent()).toContain('Rejected1');
    const download = page.getByRole('link', { name: 'Download the 1 rejected row (CSV)' });
    const href = (await download.getAttribute('href'))!;
    expect(href).toMatch(new RegExp(`^/api/v1/orgs/${orgId}/imports/[^/]+/rejects$`));
    const rejects = await page.request.get(href);
    expect(rejects.status()).toBe(200);
    expect(await rejects.text()).toContain('yesterday afternoon');
    await expectAccessible(page, 'alerts-import-done');
    await screenshot(page, 'alerts-import-done');

    // The report for January 2025: the rule's figures and its finding.
    await page.goto(`/orgs/${orgId}/alerts?from=2025-01-01&to=2025-01-31`);
    await settled(page);
    await expect.poll(() => page.getByRole('status').filter({ hasText: '6 alerts created from 1 January 2025 to 31 January 2025' }).count()).toBe(1);
    const ruleRow = page.getByRole('table', { name: 'Detection rules over the period' }).getByRole('row').filter({ hasText: RULE });
    // Five of the six alerts, all five false positives.
    expect(await ruleRow.textContent()).toMatch(/Alerts\s*5\s*83% of all/);
    expect(await ruleRow.textContent()).toMatch(/False positive\s*100%/);
    const findings = page.getByRole('region', { name: 'Findings' });
    expect(await findings.textContent()).toContain(RULE);
    await expectAccessible(page, 'alerts-report');
    await screenshot(page, 'alerts-report');

    // The finding becomes an action, owned by the head of cyber security, due at the end of the month.
    await findings.getByRole('button', { name: new RegExp(`^Make this an action\\W+${RULE}$`) }).click();
    await findings.getByLabel('Owner (optional)').selectOption({ index: 1 });
    await findings.getByLabel('Due by (optional)').fill('2025-02-28');
    await expectAccessible(page, 'alerts-report-making-action');
    await findings.getByRole('button', { name: 'Make the action' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'is now an action' }).count()).toBe(1);
    await findings.getByRole('link', { name: new RegExp(`^See the action made from this finding\\W+${RULE}$`) }).click();
    await page.waitForURL(/\/alerts\/actions/);
    await settled(page);

    // In the actions list, and started from there.
    const row = page.getByRole('table', { name: 'Actions from alert triage' }).getByRole('row').filter({ hasText: RULE });
    expect(await row.textContent()).toContain('28 February 2025');
    expect(await row.textContent()).toContain('Open');
    await expectAccessible(page, 'alerts-actions');
    await row.getByRole('button', { name: /^Start/ }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Now in progress: ' }).count()).toBe(1);
    expect(await row.textContent()).toContain('In progress');
    await expectAccessible(page, 'alerts-actions-started');
    await screenshot(page, 'alerts-actions');
    expectCleanConsole(session.console);
  });

  it('refuses triage targets saved over a colleague’s change, shows theirs beside them, and saves on the second go', async () => {
    await page.goto('/');
    await settled(page);
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Alert triage' }).click();
    await settled(page);
    await page.getByRole('link', { name: 'Triage targets for each severity' }).click();
    await page.waitForURL(/\/alerts\/settings$/);
    await settled(page);
    expect(await page.title()).toBe('Triage targets – Northshire Hospitals NHS Foundation Trust – Bulwark');
    await expectAccessible(page, 'alerts-settings');

    // A colleague saves a new high-severity target while the form is open.
    const settingsPath = `${new URL(page.url()).pathname.replace(/^\/orgs/, '/api/v1/orgs').replace(/\/alerts\/settings$/, '')}/alert-settings`;
    const { csrfToken } = (await (await page.request.get('/api/v1/me')).json()) as { csrfToken: string };
    const read = (await (await page.request.get(settingsPath)).json()) as { targets: Record<string, number>; version: number };
    const theirs = await page.request.put(settingsPath, { headers: { 'x-csrf-token': csrfToken }, data: { targets: { ...read.targets, high: 45 }, version: read.version } });
    expect(theirs.status()).toBe(200);

    await page.getByLabel('High', { exact: true }).fill('20');
    await page.getByRole('button', { name: 'Save the targets' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await expect.poll(() => summary.textContent()).toContain('Someone else changed the triage targets');
    const differ = page.getByRole('table', { name: 'Targets that differ between their save and your form' });
    expect(await differ.getByRole('row').filter({ hasText: 'High' }).textContent()).toMatch(/45 min.*20 min/);
    expect(await page.title()).toMatch(/^Error: Triage targets/);
    await expectAccessible(page, 'alerts-settings-stale');
    await screenshot(page, 'alerts-settings-stale');

    // Saving again, knowingly, replaces theirs.
    await page.getByRole('button', { name: 'Save the targets' }).click();
    await page.locator('.nhsuk-notification-banner--success').waitFor();
    expect(((await (await page.request.get(settingsPath)).json()) as { targets: Record<string, number> }).targets.high).toBe(20);
    expectCleanConsole(session.console);
  });
});

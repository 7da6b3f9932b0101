// The security lead runs an incident in a real browser: records it (when it occurred is an estimate,
// it was detected this morning), watches the ICO clock run on its page, records each milestone to
// closed through the form (one out of order is refused and named), corrects a milestone and sees the
// history kept, records the ICO notification and sees the clock stop in time, and finds the incident
// counted in the metrics. Each state is scanned with axe.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instantToLondonWallTime } from '../../src/web/features/incidents/components/wall-time.js';
import { expectAccessible, expectCleanConsole, liveServerAndBrowser, screenshot, type Session, settled, signedInSession } from './support/browser.js';

const live = liveServerAndBrowser();
let session: Session;
let page: Page;

const HOUR = 3_600_000;
const TITLE = 'Ransomware on the radiology file server';

beforeAll(async () => {
  session = await signedInSession(live, 'seclead@northshire-acute.example');
  page = session.page;
});

afterAll(async () => {
  await session?.context.close();
});

/** Types an instant into a date-and-time group as the UK wall clock showed it. */
async function fillWhen(group: Locator, at: number): Promise<void> {
  const wall = instantToLondonWallTime(new Date(at));
  await group.getByLabel('Date', { exact: true }).fill(wall.date);
  await group.getByLabel('Time', { exact: true }).fill(wall.time);
}

const timelineForm = () => page.getByRole('form', { name: 'Record on the timeline' });

async function recordMilestone(label: string, at: number): Promise<void> {
  const form = timelineForm();
  await form.getByLabel('What to record').selectOption({ label });
  await fillWhen(form.getByRole('group', { name: /When did it happen/ }), at);
  await form.getByRole('button', { name: 'Record', exact: true }).click();
  await expect.poll(() => page.getByRole('status').filter({ hasText: `${label} has been recorded` }).count()).toBe(1);
}

const icoClock = () => page.getByRole('table', { name: 'Notification clocks' }).getByRole('row').filter({ hasText: 'Tell the ICO' });

describe('incidents', () => {
  it('records an incident, runs its timeline to closed, corrects a milestone and notifies the ICO in time', async () => {
    // Detected ten hours ago; it probably began the evening before.
    const detected = Date.now() - 10 * HOUR;
    const occurred = detected - 14 * HOUR;

    await page.goto('/');
    await settled(page);
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Incidents' }).click();
    await settled(page);
    expect(await page.title()).toBe('Incidents – Northshire Hospitals NHS Foundation Trust – Bulwark');
    const orgId = /\/orgs\/([^/]+)\/incidents$/.exec(new URL(page.url()).pathname)![1]!;
    const counted = async () =>
      (await page.evaluate(async (path) => (await fetch(path, { credentials: 'same-origin' })).json() as Promise<{ incidents: number }>, `/api/v1/orgs/${orgId}/incident-metrics`)).incidents;
    const countedBefore = await counted();
    expect(await page.getByRole('link', { name: 'Download as CSV' }).getAttribute('href')).toBe(`/api/v1/orgs/${orgId}/incidents/export?format=csv`);
    await expectAccessible(page, 'incidents-register');

    // Recording: nothing filled in is refused, each problem beside its field.
    await page.getByRole('button', { name: 'Record an incident' }).click();
    await page.waitForURL(/\/incidents\/new$/);
    await settled(page);
    await page.getByRole('button', { name: 'Record the incident' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await expect.poll(() => summary.textContent()).toContain('Choose the kind of incident');
    expect(await summary.textContent()).toContain('Enter a title');
    expect(await page.title()).toMatch(/^Error: Record an incident/);
    await expectAccessible(page, 'incident-new-refused');

    await page.getByLabel('Title').fill(TITLE);
    await page.getByLabel('Cyber incident').check();
    await page.getByLabel('High', { exact: true }).check();
    await page.getByLabel(/^Availability/).check();
    const occurredGroup = page.getByRole('group', { name: /When did it occur/ });
    await fillWhen(occurredGroup, occurred);
    await occurredGroup.getByLabel('This is an estimate').check();
    await fillWhen(page.getByRole('group', { name: /When was it detected/ }), detected);
    await page.getByRole('group', { name: /^Likelihood/ }).getByLabel('3: Likely').check();
    await page.getByRole('group', { name: /^Severity of the harm/ }).getByLabel('3: Adverse').check();
    await page.getByLabel('Number of records affected (optional)').fill('12,400');
    await page.getByRole('button', { name: 'Record the incident' }).click();

    // Its page: the ICO clock is running from detection, and it must be reported.
    await page.locator('.nhsuk-notification-banner--success').waitFor();
    await settled(page);
    expect(await page.locator('h1').textContent()).toContain(TITLE);
    expect(await page.title()).toMatch(new RegExp(`${TITLE} – Northshire Hospitals NHS Foundation Trust – Bulwark$`));
    expect(await page.locator('main dl').first().textContent()).toContain('(estimate)');
    expect(await icoClock().textContent()).toMatch(/6[12] h( \d+ min)? left/);
    expect(await page.getByRole('region', { name: 'Reporting to the ICO' }).textContent()).toContain('report to the ICO within 72 hours');
    await expectAccessible(page, 'incident-page');
    await screenshot(page, 'incident-page');

    await recordMilestone('Acknowledged', detected + HOUR);
    await recordMilestone('Triaged', detected + 2 * HOUR);

    // Contained before it was even detected: refused, and said so beside the time.
    const form = timelineForm();
    await form.getByLabel('What to record').selectOption({ label: 'Contained' });
    await fillWhen(form.getByRole('group', { name: /When did it happen/ }), detected - HOUR);
    await form.getByRole('button', { name: 'Record', exact: true }).click();
    await expect.poll(() => form.locator('.nhsuk-error-summary').textContent()).toContain('Contained cannot be before detected');
    expect(await form.getByRole('group', { name: /When did it happen/ }).textContent()).toContain('cannot be before detected');
    await expectAccessible(page, 'incident-milestone-out-of-order');

    await recordMilestone('Contained', detected + 3 * HOUR);
    await recordMilestone('Recovered', detected + 6 * HOUR);

    // Acknowledged earlier than first written down: the old time stays, struck through, with the reason.
    const timeline = page.getByRole('table', { name: /^Timeline/ });
    await timeline.getByRole('button', { name: /^Correct acknowledged/ }).click();
    const correction = page.getByRole('form', { name: /^Correct “Acknowledged”/ });
    await fillWhen(correction.getByRole('group', { name: /When did it happen/ }), detected + 30 * 60_000);
    await correction.getByLabel('Reason for the correction').fill('The on-call analyst answered the alert earlier than first logged');
    await correction.getByRole('button', { name: 'Save the correction' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Acknowledged has been corrected' }).count()).toBe(1);
    expect(await timeline.locator('del').first().textContent()).toBe(`${formatUk(detected + HOUR)}`);
    expect(await timeline.textContent()).toContain('Corrected: The on-call analyst answered the alert earlier than first logged');
    expect(await timeline.getByRole('row').filter({ hasText: 'Acknowledged' }).count()).toBe(2);

    // The ICO is told now, well inside 72 hours: the clock stops, in time.
    const notification = page.getByRole('form', { name: 'Record a notification' });
    await notification.getByLabel('Who was told').selectOption({ label: 'Information Commissioner’s Office' });
    await notification.getByLabel('Their reference (optional)').fill('ICO-00123456');
    await notification.getByRole('button', { name: 'Record the notification' }).click();
    await expect.poll(() => icoClock().textContent()).toContain('Notified in time');
    expect(await page.getByRole('table', { name: 'Notifications made' }).textContent()).toContain('ICO-00123456');

    await recordMilestone('Closed', Date.now() - 60_000);
    expect(await page.locator('main dl').first().textContent()).toContain('Closed');
    // Closed, with the corrected entry struck through and the ICO clock stopped in time.
    await expectAccessible(page, 'incident-closed');
    await screenshot(page, 'incident-closed');

    // The register finds it among the closed; the metrics count it.
    await page.getByRole('link', { name: 'Back to the incidents' }).click();
    await settled(page);
    await page.getByLabel('Status').selectOption({ label: 'Closed' });
    await page.getByLabel('Words').fill('radiology');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/status=closed/);
    await settled(page);
    const row = page.getByRole('table', { name: /^Incidents in/ }).getByRole('row').filter({ hasText: TITLE });
    expect(await row.textContent()).toContain('Notified in time');

    expect(await counted()).toBe(countedBefore + 1);
    expectCleanConsole(session.console);
  });

  it('shows the open incidents on a board by status', async () => {
    await page.goto('/');
    await page.waitForURL(/\/orgs\/[^/]+$/);
    const orgId = /\/orgs\/([^/]+)$/.exec(new URL(page.url()).pathname)![1]!;
    await page.goto(`/orgs/${orgId}/incidents/board`);
    await settled(page);
    expect(await page.title()).toBe('Incident board – Northshire Hospitals NHS Foundation Trust – Bulwark');
    const columns = page.getByRole('list', { name: 'Open incidents by status' }).getByRole('region');
    expect(await columns.count()).toBe(5);
    expect(await page.getByRole('link', { name: 'See the closed incidents in the register' }).getAttribute('href')).toBe(`/orgs/${orgId}/incidents?status=closed`);
    await expectAccessible(page, 'incidents-board');
    await screenshot(page, 'incidents-board');
    expectCleanConsole(session.console);
  });
});

/** As the pages show a time: "3 March 2026 at 14:05", UK time. */
function formatUk(at: number): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).formatToParts(new Date(at));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('day')} ${get('month')} ${get('year')} at ${get('hour')}:${get('minute')}`;
}

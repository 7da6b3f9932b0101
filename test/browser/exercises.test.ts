// The head of cyber security exercises the incident response plan in a real browser: plans an
// exercise from the ransomware scenario (a plan sent without a title or format is refused and named),
// starts the clock, releases an inject, records two decision points reached, logs an observation,
// stops the clock, records a finding with its bottleneck and an action, and finds the action on the
// exercise actions page. Each state is scanned with axe.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectCleanConsole, liveServerAndBrowser, openSession, screenshot, type Session, settled, signedInSession, signIn } from './support/browser.js';

const live = liveServerAndBrowser();
let session: Session;
let page: Page;
/** The exercise the journey planned, for the phone-sized look at it. */
let exerciseUrl = '';

const TITLE = 'Winter ransomware tabletop';
const FINDING = 'The SIRO could not be reached out of hours';
const ACTION = 'Publish an out-of-hours rota for the SIRO and deputies';

beforeAll(async () => {
  session = await signedInSession(live, 'seclead@northshire-acute.example');
  page = session.page;
});

afterAll(async () => {
  await session?.context.close();
});

/** Waits for the page to say, in a status region, that something was done. */
async function said(words: string | RegExp): Promise<void> {
  await expect.poll(() => page.getByRole('status').filter({ hasText: words }).count()).toBeGreaterThan(0);
}

describe('exercises', () => {
  it('plans an exercise from the ransomware scenario, runs its clock, records a finding and finds its action', async () => {
    await page.goto('/');
    await settled(page);
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Exercises' }).click();
    await settled(page);
    expect(await page.title()).toBe('Exercises – Northshire Hospitals NHS Foundation Trust – Bulwark');
    await expectAccessible(page, 'exercises-list');

    // Planning: nothing chosen or filled in is refused, each problem named.
    await page.getByRole('button', { name: 'Plan an exercise' }).click();
    await page.waitForURL(/\/exercises\/new$/);
    await settled(page);
    await page.getByRole('button', { name: 'Plan the exercise' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await expect.poll(() => summary.textContent()).toContain('Enter a title for the exercise');
    expect(await summary.textContent()).toContain('Choose how the exercise is run');
    expect(await page.title()).toMatch(/^Error: Plan an exercise/);
    await expectAccessible(page, 'exercise-plan-refused');
    await screenshot(page, 'exercise-plan-refused');

    // The ransomware scenario fills the plan: its decision points come with their targets.
    await page.getByRole('button', { name: /^Plan from this scenario: Ransomware/ }).click();
    const decisions = page.getByRole('group', { name: 'Decision points' });
    expect(await decisions.getByLabel(/^Target in minutes/).count()).toBeGreaterThanOrEqual(2);
    expect(await decisions.getByLabel(/^Target in minutes/).first().inputValue()).toMatch(/^\d+$/);
    await page.getByLabel('Title', { exact: true }).fill(TITLE);
    await page.getByLabel('Tabletop discussion').check();
    await page.getByRole('group', { name: /^Participants/ }).getByLabel(/^Name/).first().fill('Tom Whitfield');
    await expectAccessible(page, 'exercise-plan');
    await screenshot(page, 'exercise-plan');
    await page.getByRole('button', { name: 'Plan the exercise' }).click();

    // Its page: planned, the clock not started.
    await page.locator('.nhsuk-notification-banner--success').waitFor();
    await settled(page);
    expect(await page.locator('h1').textContent()).toContain(TITLE);
    const exerciseId = /\/exercises\/([^/]+)$/.exec(new URL(page.url()).pathname)![1]!;
    exerciseUrl = new URL(page.url()).pathname;
    const timer = page.getByRole('timer');
    expect(await timer.getAttribute('aria-live')).toBe('off');
    expect(await timer.textContent()).toContain('00:00');
    await expectAccessible(page, 'exercise-planned');

    await page.getByRole('button', { name: 'Start the clock' }).click();
    await said('The clock has started.');
    // It ticks from the start, on the server's time.
    await expect.poll(() => timer.textContent(), { timeout: 5_000 }).toMatch(/00:0[1-9]/);

    const injects = page.getByRole('table', { name: /^Injects/ });
    await injects.getByRole('button', { name: /^Release/ }).first().click();
    await said(/The inject for minute \d+ has been released\./);

    const points = page.getByRole('table', { name: 'Decision points and their targets' });
    const reachButtons = points.getByRole('button', { name: /^Reached now/ });
    const pointsBefore = await reachButtons.count();
    for (const _ of [1, 2]) {
      const name = (await reachButtons.first().textContent()) ?? '';
      await reachButtons.first().click();
      await said(`“${/“(.+)”/.exec(name)?.[1] ?? name}” is recorded as reached.`);
    }
    expect(await reachButtons.count()).toBe(pointsBefore - 2);
    expect(await points.getByText('Met', { exact: true }).count()).toBe(2);

    await page.getByLabel('What did you observe?').fill('The on-call manager could not find the SIRO’s deputy’s number.');
    await page.getByRole('button', { name: 'Log the observation' }).click();
    await said(/Your observation is logged at minute \d+\./);
    expect(await page.getByRole('table', { name: /^Observations/ }).textContent()).toContain('could not find the SIRO’s deputy’s number');
    await expectAccessible(page, 'exercise-running');
    await screenshot(page, 'exercise-running');

    await page.getByRole('button', { name: 'Stop the clock' }).click();
    await said('The clock has stopped.');
    expect(await page.locator('main dl').first().textContent()).toContain('Completed');
    // The points never reached are missed once the clock has stopped.
    expect(await points.getByText('Missed', { exact: true }).count()).toBe(pointsBefore - 2);

    // A finding with its bottleneck, about a decision point, leading to an action.
    const finding = page.getByRole('form', { name: 'Record a finding' });
    await finding.getByLabel('What was found').fill(FINDING);
    await finding.getByLabel('Bottleneck').selectOption({ label: 'Escalation' });
    await finding.getByLabel('High', { exact: true }).check();
    await finding.getByLabel('Decision point it concerns (optional)').selectOption({ index: 1 });
    await finding.getByLabel(/^What is to be done/).fill(ACTION);
    await finding.getByLabel(/^Owner/).selectOption({ label: 'Tom Whitfield (you)' });
    await finding.getByLabel(/^Due by/).fill('2027-03-31');
    await finding.getByRole('button', { name: 'Record the finding' }).click();
    await said(`The finding “${FINDING}” has been recorded.`);
    const findingActions = page.getByRole('table', { name: `Actions for “${FINDING}”` });
    expect(await findingActions.textContent()).toContain(ACTION);
    await findingActions.getByRole('button', { name: `Start “${ACTION}”` }).click();
    await said(`“${ACTION}” is in progress.`);
    expect(await findingActions.textContent()).toContain('In progress');
    await expectAccessible(page, 'exercise-completed');
    await screenshot(page, 'exercise-completed');

    // The action is on the improvement plan, under its bottleneck.
    await page.getByRole('link', { name: 'Back to the exercises' }).click();
    await settled(page);
    expect(await page.getByRole('region', { name: /^Completed \(\d+\)$/ }).textContent()).toContain(TITLE);
    await screenshot(page, 'exercises-list');
    await page.getByRole('link', { name: 'Exercise actions' }).click();
    await settled(page);
    const escalation = page.getByRole('region', { name: /^Escalation \(\d+\)$/ });
    const row = escalation.getByRole('row').filter({ hasText: ACTION });
    expect(await row.textContent()).toContain('In progress');
    expect(await row.textContent()).toContain('Tom Whitfield');
    await expectAccessible(page, 'exercise-actions');
    await screenshot(page, 'exercise-actions');

    await page.getByRole('link', { name: 'Back to the exercises' }).click();
    await settled(page);
    await page.getByRole('link', { name: 'Exercises compared over time' }).click();
    await settled(page);
    const compared = page.getByRole('table', { name: /^Findings by bottleneck/ }).getByRole('row').filter({ has: page.locator(`a[href$="/exercises/${exerciseId}"]`) });
    expect(await compared.textContent()).toContain('Escalation 1');
    await expectAccessible(page, 'exercise-comparison');
    await screenshot(page, 'exercise-comparison');
    expectCleanConsole(session.console);
  });

  it('shows the completed exercise on a phone-sized screen, its tables stacked', async () => {
    expect(exerciseUrl).not.toBe('');
    const phone = await openSession(live.browser, live.server.url, { width: 375, height: 667 });
    phone.page.setDefaultTimeout(15_000);
    await signIn(phone.page, 'seclead@northshire-acute.example', live.server.demoPassword);
    await phone.page.goto(exerciseUrl);
    await settled(phone.page);
    expect(await phone.page.getByRole('timer').textContent()).toMatch(/\d\d:\d\d/);
    await expectAccessible(phone.page, 'exercise-phone');
    await screenshot(phone.page, 'exercise-phone');
    expectCleanConsole(phone.console);
    await phone.context.close();
  });
});

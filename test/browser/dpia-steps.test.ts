// A DPIA's steps in a real browser, by the people who take them: an IG lead (through the API) records
// a maternity system and starts a DPIA whose screening says one is required; in the browser they write
// two risks (one high before its measures and low after, each score shown as it is chosen), are told
// what a risk lacks, tick the asset the DPIA covers, and are told politely that
// the DPO gives the advice. The DPO is refused advice on an incomplete assessment in the API's words,
// sees the IG lead's change made in between, and gives the advice; the SIRO reads it above the form,
// is told what an approval with conditions needs, and signs off with conditions. Each state is scanned.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, expectAccessible, expectCleanConsole, liveServerAndBrowser, openSession, screenshot, type Session, settled, signIn } from './support/browser.js';

const live = liveServerAndBrowser();
const sessions: Session[] = [];

const ASSET = 'Maternity record system';
const TITLE = 'Remote monitoring of pregnant women';
const HIGH_RISK = 'Readings seen by staff outside the maternity team';
const OTHER_RISK = 'Readings lost when the app is removed from a phone';
const ADVICE = 'Go ahead once access is limited to the maternity team and audited monthly.';
const CONDITIONS = 'Audit access monthly for the first six months.';

async function signedIn(email: string): Promise<Page> {
  const session = await openSession(live.browser, live.server.url);
  sessions.push(session);
  session.page.setDefaultTimeout(15_000);
  await signIn(session.page, email, live.server.demoPassword);
  return session.page;
}

afterAll(async () => {
  for (const session of sessions) await session.context.close();
});

interface Dpia {
  id: string;
  version: number;
  state: string;
  assets: Array<{ id: string }>;
  risks: Array<{ description: string; score: string; residualScore: string }>;
  dpoAdvice: { advice: string; onEarlierVersion: boolean } | null;
  signOff: { outcome: string; conditions: string | null } | null;
  reviewOn: string | null;
}

const summary = (page: Page) => page.locator('.nhsuk-error-summary');
const risk = (page: Page, n: number) => page.getByRole('group', { name: `Risk ${n}`, exact: true });

/** Today plus a year, as the date box takes it. */
function aYearOn(): string {
  const day = new Date();
  day.setUTCFullYear(day.getUTCFullYear() + 1);
  return day.toISOString().slice(0, 10);
}

let keeper: Page;

beforeAll(async () => {
  keeper = await signedIn('iglead@northshire-acute.example');
});

describe('a DPIA’s steps', () => {
  it('takes a DPIA from its risks to a sign-off with conditions, each step by whom it belongs to', async () => {
    await keeper.goto('/');
    await settled(keeper);
    const orgId = /\/orgs\/([^/]+)$/.exec(new URL(keeper.url()).pathname)![1]!;
    const apiBase = `/api/v1/orgs/${orgId}`;
    const asset = await callApi(keeper, 'post', `${apiBase}/assets`, { name: ASSET, type: 'system', criticality: 'high', patientData: true });
    const started = await callApi(keeper, 'post', `${apiBase}/dpias`, { title: TITLE });
    await callApi(keeper, 'put', `${apiBase}/dpias/${started.id}/screening`, { answers: { 'special-category-at-scale': true, 'new-technology': true }, version: started.version });
    const dpiaApi = `${apiBase}/dpias/${started.id}`;
    const step = (name: string) => `/orgs/${orgId}/dpias/${started.id}/${name}`;

    // Two risks, each score shown as its likelihood and severity are chosen.
    await keeper.goto(step('risks'));
    await settled(keeper);
    expect(await keeper.locator('main h1').textContent()).toContain('Risks to people');
    await keeper.getByRole('button', { name: 'Add a risk' }).click();
    await keeper.getByRole('button', { name: 'Add a risk' }).click();
    const first = risk(keeper, 1);
    await first.getByLabel('Description of risk 1').fill(HIGH_RISK);
    await first.getByLabel('Likelihood before the measures of risk 1').selectOption('probable');
    expect(await first.getByRole('status').first().textContent()).toContain('choose the likelihood and the severity');
    await first.getByLabel('Severity before the measures of risk 1').selectOption('severe');
    expect(await first.getByRole('status').first().textContent()).toBe('Score before the measures of risk 1: High');
    await first.getByLabel('Measures (optional) of risk 1').fill('Access limited to the maternity team; access audited monthly.');
    await first.getByLabel('Likelihood after the measures of risk 1').selectOption('remote');
    await first.getByLabel('Severity after the measures of risk 1').selectOption('significant');
    expect(await first.getByRole('status').nth(1).textContent()).toBe('Score after the measures of risk 1: Low');
    const second = risk(keeper, 2);
    await second.getByLabel('Description of risk 2').fill(OTHER_RISK);
    await second.getByLabel('Likelihood before the measures of risk 2').selectOption('possible');
    await second.getByLabel('Likelihood after the measures of risk 2').selectOption('remote');
    await second.getByLabel('Severity after the measures of risk 2').selectOption('minimal');
    await keeper.getByRole('button', { name: 'Save the risks' }).click();
    // What risk 2 lacks is named in the summary, linked to its box, and beside the box.
    await expect.poll(() => summary(keeper).textContent()).toContain('Choose how severe risk 2 would be before the measures');
    expect(await summary(keeper).getByRole('link', { name: 'Choose how severe risk 2 would be before the measures' }).getAttribute('href')).toBe('#dpia-risks-2-severity');
    expect(await keeper.locator('#dpia-risks-2-severity-error').textContent()).toContain('Choose how severe risk 2');
    expect(await keeper.title()).toMatch(/^Error: Risks to people/);
    await expectAccessible(keeper, 'dpia-risks-refused');
    await second.getByLabel('Severity before the measures of risk 2').selectOption('significant');
    expect(await second.getByRole('status').first().textContent()).toBe('Score before the measures of risk 2: Medium');
    await expectAccessible(keeper, 'dpia-risks');
    await screenshot(keeper, 'dpia-risks');
    await keeper.getByRole('button', { name: 'Save the risks' }).click();
    await keeper.waitForURL((url) => url.pathname === `/orgs/${orgId}/dpias/${started.id}`);
    const withRisks = await callApi<Dpia>(keeper, 'get', dpiaApi);
    expect(withRisks.risks.map((r) => [r.description, r.score, r.residualScore])).toEqual([
      [HIGH_RISK, 'high', 'low'],
      [OTHER_RISK, 'medium', 'low'],
    ]);

    // Reading them again: the risks held, in their places.
    await keeper.goto(step('risks'));
    await settled(keeper);
    expect(await risk(keeper, 2).getByLabel('Description of risk 2').inputValue()).toBe(OTHER_RISK);

    // The asset it covers, ticked among the organisation's live ones.
    await keeper.goto(step('links'));
    await settled(keeper);
    const assets = keeper.getByRole('group', { name: 'Information assets' });
    const ticked = assets.getByLabel(ASSET, { exact: true });
    expect(await ticked.isChecked()).toBe(false);
    expect(await keeper.getByRole('group', { name: 'Data flows' }).count()).toBe(1);
    await ticked.check();
    await expectAccessible(keeper, 'dpia-links');
    await keeper.getByRole('button', { name: 'Save what it covers' }).click();
    await keeper.waitForURL((url) => url.pathname === `/orgs/${orgId}/dpias/${started.id}`);
    expect((await callApi<Dpia>(keeper, 'get', dpiaApi)).assets.map((a) => a.id)).toEqual([asset.id]);

    // The IG lead may read the advice page, and is told who gives the advice.
    await keeper.goto(step('advice'));
    await settled(keeper);
    expect(await keeper.locator('main').textContent()).toContain('Only the organisation’s Data Protection Officer gives the DPO’s advice on a DPIA.');
    expect(await keeper.locator('main').textContent()).toContain('The DPO has not given advice on this DPIA yet.');
    expect(await keeper.locator('main form').count()).toBe(0);
    await expectAccessible(keeper, 'dpia-advice-not-dpo');
    expectCleanConsole(sessions[0]!.console);

    // The DPO is refused advice on an incomplete assessment, in the API's words.
    const dpo = await signedIn('dpo@northshire-acute.example');
    await dpo.goto(step('advice'));
    await settled(dpo);
    await dpo.getByLabel('The DPO’s advice').fill(ADVICE);
    await dpo.getByRole('button', { name: 'Give the advice' }).click();
    await expect.poll(() => summary(dpo).textContent()).toContain('The assessment is not complete: it still needs why the processing is necessary and proportionate, whom it consulted.');
    await expectAccessible(dpo, 'dpia-advice-refused');

    // The IG lead completes the assessment meanwhile: the DPO's next try shows what changed.
    const necessity = 'Women with high blood pressure are seen sooner without travelling in.';
    await callApi(keeper, 'patch', dpiaApi, { necessity, consultation: 'The maternity voices partnership and the midwives.', version: withRisks.version + 1 });
    await dpo.getByRole('button', { name: 'Give the advice' }).click();
    await expect.poll(() => summary(dpo).textContent()).toContain('Someone else changed this DPIA');
    expect(await dpo.getByRole('table', { name: /^What .* changed since you opened this form$/ }).textContent()).toContain(necessity);
    expect(await dpo.getByLabel('The DPO’s advice').inputValue()).toBe(ADVICE);
    await expectAccessible(dpo, 'dpia-advice-stale');
    await dpo.getByRole('button', { name: 'Give the advice' }).click();
    await dpo.waitForURL((url) => url.pathname === `/orgs/${orgId}/dpias/${started.id}`);
    const advised = await callApi<Dpia>(dpo, 'get', dpiaApi);
    expect(advised.dpoAdvice).toMatchObject({ advice: ADVICE, onEarlierVersion: false });
    expect(advised.state).toBe('awaiting-sign-off');
    expectCleanConsole(sessions[1]!.console);

    // The SIRO signs off with conditions, reading the advice first; what the approval needs is named.
    const siro = await signedIn('siro@northshire-acute.example');
    await siro.goto(step('sign-off'));
    await settled(siro);
    const advice = siro.getByRole('region', { name: 'The DPO’s advice being signed off' });
    expect(await advice.textContent()).toContain(ADVICE);
    expect(await advice.textContent()).toContain('The assessment as it now stands');
    await siro.getByLabel('Approved with conditions').check();
    await siro.getByRole('button', { name: 'Sign off the DPIA' }).click();
    await expect.poll(() => summary(siro).textContent()).toContain('Say what the conditions of the approval are');
    expect(await summary(siro).textContent()).toContain('Give the date the DPIA is next to be reviewed');
    await expectAccessible(siro, 'dpia-sign-off-refused');
    await siro.getByLabel('Conditions', { exact: true }).fill(CONDITIONS);
    const reviewOn = aYearOn();
    await siro.getByLabel('Review date').fill(reviewOn);
    await siro.getByRole('button', { name: 'Sign off the DPIA' }).click();
    await siro.waitForURL((url) => url.pathname === `/orgs/${orgId}/dpias/${started.id}`);
    const signedOff = await callApi<Dpia>(siro, 'get', dpiaApi);
    expect(signedOff.signOff).toMatchObject({ outcome: 'approved-with-conditions', conditions: CONDITIONS });
    expect(signedOff.reviewOn).toBe(reviewOn);
    expect(signedOff.state).toBe('signed-off');
    expectCleanConsole(sessions[2]!.console);
  });
});

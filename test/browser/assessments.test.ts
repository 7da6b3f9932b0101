// The head of cyber works through a DSPT assessment in a real browser: starts it, answers an outcome
// with a narrative and a PDF of evidence, is refused a submission while outcomes are unanswered, and
// submits once they are. Also: two tabs saving one outcome, where the second is shown both answers
// and keeps what was typed. Each state is scanned with axe and photographed.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectCleanConsole, liveServerAndBrowser, openSession, screenshot, type Session, settled, signIn } from './support/browser.js';

const live = liveServerAndBrowser();
let session: Session;
let page: Page;
let orgId: string;
let csrfToken: string;

/** A small PDF that is a real one: header, catalogue, one empty page, cross-reference table, trailer. */
function minimalPdf(): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>'];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** The parts of the API's answers this test reads. */
interface Answer {
  id: string;
  responses: Array<{ ref: string; level: string | null; levels: string[]; version: number }>;
  response: { level: string | null; narrative: string | null };
}

/** The API as the signed-in browser, with its session cookie and CSRF token. */
async function api(method: 'GET' | 'POST' | 'PATCH', path: string, data?: unknown): Promise<{ status: number; body: Answer }> {
  const response = await page.request.fetch(path, { method, headers: { 'x-csrf-token': csrfToken }, ...(data === undefined ? {} : { data }) });
  return { status: response.status(), body: (await response.json()) as Answer };
}

/** Answers every outcome still without a level at the top of its ladder. */
async function answerTheRest(assessmentId: string): Promise<number> {
  const base = `/api/v1/orgs/${orgId}/assessments/${assessmentId}`;
  const workspace = await api('GET', base);
  let answered = 0;
  for (const response of workspace.body.responses) {
    if (response.level !== null) continue;
    const saved = await api('PATCH', `${base}/outcomes/${response.ref}`, { version: response.version, level: response.levels.at(-1) });
    expect(saved.status, `${response.ref}: ${JSON.stringify(saved.body)}`).toBe(200);
    answered++;
  }
  return answered;
}

const row = (p: Page, ref: string) => p.getByRole('row').filter({ has: p.getByRole('rowheader', { name: ref, exact: true }) });

beforeAll(async () => {
  session = await openSession(live.browser, live.server.url);
  page = session.page;
  page.setDefaultTimeout(15_000);
  await signIn(page, 'seclead@northshire-acute.example', live.server.demoPassword);
  const me = (await (await page.request.get('/api/v1/me')).json()) as { csrfToken: string; organisations: Array<{ id: string; odsCode: string | null }> };
  csrfToken = me.csrfToken;
  orgId = me.organisations.find((organisation) => organisation.odsCode === 'RZZ')!.id;
});

afterAll(async () => {
  await session?.context.close();
});

describe('working through an assessment', () => {
  it('two tabs save one outcome: the second is shown both answers, keeps its typing, and can build on theirs', async () => {
    const started = await api('POST', `/api/v1/orgs/${orgId}/assessments`, { catalogue: 'caf@3.2', period: '2025-26 rehearsal' });
    expect(started.status).toBe(201);
    const url = `/orgs/${orgId}/assessments/${started.body.id}/outcomes/B4.d`;
    await page.goto(url);
    await settled(page);
    const other = await session.context.newPage();
    await other.goto(url);
    await settled(other);

    await other.getByLabel('Narrative').fill('Servers patched within 14 days.');
    await other.getByRole('radio', { name: 'Partially achieved' }).check();
    await other.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => other.getByText('B4.d has been saved').count()).toBe(1);
    await other.close();

    await page.getByRole('radio', { name: 'Achieved', exact: true }).check();
    await page.getByLabel('Narrative').fill('Every system patched within 7 days.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await expect.poll(() => summary.textContent()).toContain('Someone else saved this outcome first');
    expect(await summary.textContent()).toMatch(/Tom Whitfield changed B4\.d at .*Your change was not saved/);
    const comparison = page.getByRole('table', { name: 'Tom Whitfield’s saved answer beside yours' });
    expect(await comparison.getByRole('row').filter({ hasText: 'Narrative' }).textContent()).toMatch(/Servers patched within 14 days\..*Every system patched within 7 days\./);
    expect(await comparison.getByRole('row').filter({ hasText: 'Level' }).textContent()).toMatch(/Partially achieved.*Achieved/);
    // Nothing typed is lost.
    expect(await page.getByLabel('Narrative').inputValue()).toBe('Every system patched within 7 days.');
    expect(await page.title()).toMatch(/^Error: B4\.d Vulnerability Management/);
    await expectAccessible(page, 'outcome-conflict');
    await screenshot(page, 'outcome-conflict');

    await page.getByRole('button', { name: 'Load their answer and keep my changes' }).click();
    expect(await page.getByLabel('Narrative').inputValue()).toBe('Every system patched within 7 days.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByText('B4.d has been saved').count()).toBe(1);
    const stored = await api('GET', `/api/v1/orgs/${orgId}/assessments/${started.body.id}/outcomes/B4.d`);
    expect(stored.body.response).toMatchObject({ level: 'achieved', narrative: 'Every system patched within 7 days.' });
    expectCleanConsole(session.console);
  });

  it('the head of cyber starts DSPT 2025-26, answers A1.a with a PDF of evidence, and submits once every outcome is answered', async () => {
    await page.goto(`/orgs/${orgId}`);
    await settled(page);
    await page.getByRole('link', { name: 'Assessments', exact: true }).click();
    await page.waitForURL(/\/assessments$/);
    await settled(page);
    expect(await page.title()).toBe('Assessments – Northshire Hospitals NHS Foundation Trust – Bulwark');
    await expectAccessible(page, 'assessments');

    await page.getByRole('button', { name: 'Start an assessment' }).click();
    await settled(page);
    await page.getByLabel('Framework').selectOption({ label: 'DSPT 2025-26' });
    await page.getByLabel('Period').fill('2025-26');
    await page.getByLabel('Title (optional)').fill('DSPT 2025-26');
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await page.waitForURL((url) => /\/assessments\/(?!new$)[^/]+$/.test(url.pathname));
    await settled(page);
    const workspaceUrl = page.url();
    const assessmentId = workspaceUrl.split('/').pop()!;
    expect(await page.locator('main h1').textContent()).toContain('DSPT 2025-26');
    expect(await page.locator('main').textContent()).toContain('0 of 47 answered');
    await expectAccessible(page, 'assessment-workspace');
    await screenshot(page, 'assessment-workspace');

    // A GET form: the filter is in the address.
    await page.getByLabel('Against the profile').selectOption({ label: 'Unanswered' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/standing=unanswered/);
    expect(await page.getByRole('status').filter({ hasText: 'match these filters' }).textContent()).toContain('47 outcomes of 47');

    await row(page, 'A1.a').getByRole('link', { name: 'A1.a' }).click();
    await page.waitForURL(/\/outcomes\/A1\.a$/);
    await settled(page);
    expect(await page.title()).toBe('A1.a Board Direction – DSPT 2025-26 – Northshire Hospitals NHS Foundation Trust – Bulwark');

    // Not applicable needs its reason: the API's 422 is shown beside the field.
    await page.getByRole('radio', { name: 'Not applicable' }).check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('.nhsuk-error-summary').waitFor();
    expect(await page.getByLabel('Why it does not apply').getAttribute('aria-describedby')).toContain('not-applicable-reason-error');
    await expectAccessible(page, 'outcome-422');
    await screenshot(page, 'outcome-422');

    await page.getByRole('radio', { name: 'Achieved', exact: true }).check();
    await page.getByLabel('Narrative').fill('The board approved the security strategy in March; minutes attached.');
    // Evidence: a new PDF into the library, linked to A1.a.
    await page.getByLabel('File', { exact: true }).setInputFiles({ name: 'board-minutes.pdf', mimeType: 'application/pdf', buffer: minimalPdf() });
    await page.getByLabel('Title', { exact: true }).fill('Board minutes, March');
    await page.getByRole('button', { name: 'Upload and link' }).click();
    const evidence = page.getByRole('table', { name: 'Evidence for A1.a' });
    await expect.poll(() => evidence.getByRole('rowheader').allTextContents()).toEqual([expect.stringContaining('Board minutes, March')]);
    expect(await evidence.getByRole('link', { name: 'Board minutes, March' }).getAttribute('href')).toMatch(/\/evidence\/[^/]+\/versions\/1\/file$/);
    // The typed answer survived the upload.
    expect(await page.getByLabel('Narrative').inputValue()).toContain('minutes attached');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByText('A1.a has been saved').count()).toBe(1);
    await expectAccessible(page, 'outcome');
    await screenshot(page, 'outcome');

    await page.getByRole('link', { name: 'Back to DSPT 2025-26' }).click();
    await page.waitForURL(workspaceUrl);
    await settled(page);
    const a1a = row(page, 'A1.a');
    expect(await a1a.getByRole('cell').nth(1).textContent()).toContain('Achieved');
    // Columns after the row header: title, level, expected, standing, owner, due, review state, evidence.
    expect(await a1a.getByRole('cell').nth(7).textContent()).toContain('1');
    expect(await page.locator('main').textContent()).toContain('1 of 47 answered');

    // Submitting with 46 outcomes unanswered is refused, naming them.
    await page.getByRole('button', { name: 'Send for review' }).click();
    await page.getByRole('button', { name: 'Submit' }).waitFor();
    await page.getByRole('button', { name: 'Submit' }).click();
    const refusal = page.locator('.nhsuk-error-summary');
    await expect.poll(() => refusal.textContent()).toContain('The assessment cannot be submitted yet');
    expect(await refusal.getByRole('link', { name: 'A1.b has no level yet' }).getAttribute('href')).toBe('#outcome-A1.b');
    await expectAccessible(page, 'assessment-submit-refused');
    await screenshot(page, 'assessment-submit-refused');

    expect(await answerTheRest(assessmentId)).toBe(46);
    await page.reload();
    await settled(page);
    await page.getByRole('button', { name: 'Submit' }).click();
    const summaryValue = (key: string) => page.locator('dt').filter({ hasText: new RegExp(`^${key}$`) }).locator('xpath=following-sibling::dd[1]').textContent();
    await expect.poll(() => summaryValue('State')).toBe('Submitted');
    const status = await summaryValue('Status');
    expect(status).toMatch(/^Standards Met(?! \(provisional\))/);
    expect(await page.locator('main').textContent()).toContain('47 of 47 answered');
    // The workspace was scanned twice already; the submitted state only photographed.
    await screenshot(page, 'assessment-submitted');
    expectCleanConsole(session.console);
    // A long journey with six axe scans, two of a 47-row workspace, on a shared machine.
  }, 360_000);
});

describe('live evidence', () => {
  it('an asset added to the register shows on CAF A3.a as live evidence, with the list behind it', async () => {
    const register = `/api/v1/orgs/${orgId}/assets`;
    for (const asset of [
      { name: 'Electronic patient record', type: 'system', criticality: 'critical', ownerName: 'Chief clinical information officer', patientData: true, encryptionAtRest: 'yes' },
      { name: 'Theatre scheduling', type: 'application', criticality: 'high' },
    ]) {
      expect((await api('POST', register, asset)).status).toBe(201);
    }
    const started = await api('POST', `/api/v1/orgs/${orgId}/assessments`, { catalogue: 'caf@4.0', period: '2026-27' });
    expect(started.status).toBe(201);
    await page.goto(`/orgs/${orgId}/assessments/${started.body.id}/outcomes/A3.a`);
    await settled(page);

    await page.getByRole('heading', { name: 'Live evidence' }).waitFor();
    const figures = page.getByRole('table', { name: 'Live evidence for A3.a' });
    const figure = (label: string) => figures.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label }) });
    expect(await figure('Live information assets in the register').getByRole('cell').first().textContent()).toContain('2');
    const owners = figure('Information assets with an Information Asset Owner');
    expect(await owners.getByRole('cell').first().textContent()).toMatch(/1 of 2 \(50%\).*Needs attention/);
    expect(await owners.getByRole('link', { name: /View the list/ }).getAttribute('href')).toBe(`/orgs/${orgId}/assets`);
    expect(await page.locator('main').textContent()).toContain('These figures come from Bulwark’s registers as of');
    await expectAccessible(page, 'outcome-live-evidence');
    await screenshot(page, 'outcome-live-evidence');

    // The workspace marks the outcomes that have figures.
    await page.getByRole('link', { name: /^Back to / }).click();
    await settled(page);
    expect(await row(page, 'A3.a').getByRole('cell').first().textContent()).toContain('5 live figures');
    expect(await row(page, 'B4.d').getByRole('cell').first().textContent()).not.toContain('live figure');
    await screenshot(page, 'assessment-workspace-live-figures');
    expectCleanConsole(session.console);
  });
});

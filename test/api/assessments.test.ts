// Assessments through the API on a real database: starting one, answering, conflicts, the profile and
// status, submission and its lock, answer once across frameworks, the independent review, and the
// walls between organisations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentSummary, OutcomeDetail, ResponseView, Workspace } from '../../src/contract/assessments.js';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';

let t: TestApp;
let acute: string;
let mentalHealth: string;
let lead: Client;
let igLead: Client;
let staff: Client;
let auditor: Client;
let icsLead: Client;
let mhAdmin: Client;
let dspt: AssessmentSummary;

const base = (org: string) => `/api/v1/orgs/${org}/assessments`;
const outcomeUrl = (id: string, ref: string, org = acute) => `${base(org)}/${id}/outcomes/${ref}`;

async function workspace(client: Client, id: string, org = acute): Promise<Workspace> {
  const res = await client.get(`${base(org)}/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Workspace>();
}
const responseOf = (w: Workspace, ref: string) => w.responses.find((r) => r.ref === ref)!;

async function answer(client: Client, id: string, ref: string, change: Record<string, unknown>): Promise<ResponseView> {
  const current = await client.get(outcomeUrl(id, ref));
  expect(current.statusCode, current.body).toBe(200);
  const res = await client.patch(outcomeUrl(id, ref), { version: current.json<OutcomeDetail>().response.version, ...change });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<ResponseView>();
}

beforeAll(async () => {
  t = await createTestApp();
  [acute, mentalHealth] = await Promise.all([orgId(t.app, 'RZZ'), orgId(t.app, 'RZY')]);
  [lead, igLead, staff, auditor, icsLead, mhAdmin] = await Promise.all([
    signIn(t.server, 'seclead@northshire-acute.example'),
    signIn(t.server, 'iglead@northshire-acute.example'),
    signIn(t.server, 'staff@northshire-acute.example'),
    signIn(t.server, 'auditor@northshire-acute.example'),
    signIn(t.server, 'icslead@northshire-ics.example'),
    signIn(t.server, 'orgadmin@northshire-mh.example'),
  ]);
  // The trust's own expected levels for DSPT 2025-26: Achieved for A1.a, Partially achieved for B2.a.
  const settings = await igLead.put(`/api/v1/orgs/${acute}/catalogues/dspt/2025-26/settings`, { version: 0, expected: { 'A1.a': 'achieved', 'B2.a': 'partially-achieved', 'E1.a': 'not-applicable' } });
  expect(settings.statusCode, settings.body).toBe(200);
});
afterAll(() => t.close());

describe('starting an assessment', () => {
  it('the head of cyber starts DSPT 2025-26: 47 outcomes to answer, none yet, due 30 June', async () => {
    const res = await lead.post(base(acute), { catalogue: 'dspt@2025-26', period: '2025-26', dueOn: '2026-06-30' });
    expect(res.statusCode, res.body).toBe(201);
    dspt = res.json<AssessmentSummary>();
    expect(dspt).toMatchObject({ title: 'DSPT 2025-26', state: 'draft', style: 'outcome', profile: 'organisation', dueOn: '2026-06-30', statusRule: { met: 'standards-met', below: 'standards-not-met' } });
    expect(dspt.progress).toMatchObject({ outcomes: 47, answered: 0, agreed: 0 });
    expect(dspt.status).toMatchObject({ state: 'incomplete', unanswered: 47, provisional: true });
  });

  it('two people starting the same period at once get one assessment and one clear refusal', async () => {
    const both = await Promise.all([0, 1].map(() => lead.post(base(acute), { catalogue: 'caf@4.0', period: '2026-27' })));
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(both.find((r) => r.statusCode === 409)!.json<{ detail: string }>().detail).toContain('already has an assessment of caf@4.0 for 2026-27');
  });

  it('refuses a scope the catalogue does not have, naming each field', async () => {
    const res = await lead.post(base(acute), { catalogue: 'cis-controls@8.1', period: '2025', implementationGroups: ['ig9'], profile: 'nhs', statusRule: { met: 'x', below: 'y' } });
    expect(res.statusCode).toBe(422);
    expect(res.json<{ errors: Array<{ field: string }> }>().errors.map((e) => e.field)).toEqual(['implementationGroups', 'profile', 'statusRule.met', 'statusRule.below']);
  });

  it('staff, auditors and other trusts may not start one', async () => {
    for (const client of [staff, auditor]) expect((await client.post(base(acute), { catalogue: 'dspt@2025-26', period: 'x' })).statusCode).toBe(403);
    // An organisation they cannot see is one they are not told exists.
    expect((await mhAdmin.post(base(acute), { catalogue: 'dspt@2025-26', period: 'x' })).statusCode).toBe(404);
  });
});

describe('answering outcomes', () => {
  it('a lead records a level, narrative, owner and due date; the outcome is in progress', async () => {
    const r = await answer(lead, dspt.id, 'A1.b', { level: 'achieved', narrative: 'Roles agreed by the board in March.', ownerId: igLead.userId, dueOn: '2026-05-01' });
    expect(r).toMatchObject({ level: 'achieved', chosenLevel: 'achieved', narrative: 'Roles agreed by the board in March.', owner: { id: igLead.userId, name: 'Grace Mensah' }, dueOn: '2026-05-01', reviewState: 'in-progress', standing: 'no-target' });
  });

  it('refuses a level the outcome does not have, and not applicable without a reason; nothing changes', async () => {
    const before = (await lead.get(outcomeUrl(dspt.id, 'A1.a'))).json<OutcomeDetail>().response;
    const bad = await lead.patch(outcomeUrl(dspt.id, 'A1.a'), { version: before.version, level: 'partially-achieved' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json<{ errors: Array<{ field: string; message: string }> }>().errors[0]).toMatchObject({ field: 'level' });
    const na = await lead.patch(outcomeUrl(dspt.id, 'A1.a'), { version: before.version, level: 'not-applicable' });
    expect(na.json<{ errors: Array<{ field: string }> }>().errors.map((e) => e.field)).toEqual(['notApplicableReason']);
    const after = (await lead.get(outcomeUrl(dspt.id, 'A1.a'))).json<OutcomeDetail>().response;
    expect(after).toMatchObject({ version: before.version, level: null });
  });

  it('staff may answer only what is assigned to them, and may not mark it agreed', async () => {
    const v = (await lead.get(outcomeUrl(dspt.id, 'B6.b'))).json<OutcomeDetail>().response.version;
    expect((await staff.patch(outcomeUrl(dspt.id, 'B6.b'), { version: v, narrative: 'x' })).statusCode).toBe(403);
    await answer(lead, dspt.id, 'B6.b', { ownerId: staff.userId });
    const mine = await answer(staff, dspt.id, 'B6.b', { level: 'partially-achieved', narrative: 'Training at 91%.' });
    expect(mine.owner?.id).toBe(staff.userId);
    const agree = await staff.patch(outcomeUrl(dspt.id, 'B6.b'), { version: mine.version, reviewState: 'agreed' });
    expect(agree.statusCode).toBe(403);
    const work = await staff.get(`/api/v1/orgs/${acute}/my-work?asOf=2026-12-05`);
    expect(work.json<{ items: Array<{ ref: string }> }>().items.map((i) => i.ref)).toEqual(['B6.b']);
  });

  it('two people saving the same outcome at once: one is saved, the other gets 409 with the current answer and who changed it', async () => {
    const v = (await lead.get(outcomeUrl(dspt.id, 'C1.a'))).json<OutcomeDetail>().response.version;
    const [a, b] = await Promise.all([
      lead.patch(outcomeUrl(dspt.id, 'C1.a'), { version: v, level: 'achieved', narrative: 'SIEM covers every site.' }),
      igLead.patch(outcomeUrl(dspt.id, 'C1.a'), { version: v, level: 'not-achieved', narrative: 'Two sites have no logging.' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const won = a.statusCode === 200 ? a : b;
    const lost = a.statusCode === 200 ? b : a;
    const problem = lost.json<{ type: string; detail: string; current: ResponseView; changedBy: string }>();
    expect(problem.type).toContain('stale-change');
    expect(problem.current).toEqual(won.json<ResponseView>());
    expect(problem.changedBy).toBe(won === a ? 'Tom Whitfield' : 'Grace Mensah');
    expect(problem.detail).toContain('Your change was not saved');
    const stored = (await lead.get(outcomeUrl(dspt.id, 'C1.a'))).json<OutcomeDetail>().response;
    expect(stored.narrative).toBe(won.json<ResponseView>().narrative);
    expect(stored.version).toBe(v + 1);
  });
});

describe('status against the profile', () => {
  it('an outcome below its expected level shows by how much; the status is provisional until all are answered', async () => {
    const r = await answer(lead, dspt.id, 'A1.a', { level: 'not-achieved' });
    expect(r).toMatchObject({ expected: 'achieved', standing: 'below', rungsBelow: 1 });
    const w = await workspace(lead, dspt.id);
    expect(w.assessment.status).toMatchObject({ state: 'below', labelId: 'standards-not-met', label: 'Standards Not Met', provisional: true, below: 1 });
  });

  it('submission is refused while outcomes have no level, naming them', async () => {
    const w = await workspace(lead, dspt.id);
    const toReview = await lead.post(`${base(acute)}/${dspt.id}/state`, { version: w.assessment.version, to: 'in-review' });
    expect(toReview.statusCode, toReview.body).toBe(200);
    const submit = await lead.post(`${base(acute)}/${dspt.id}/state`, { version: toReview.json<AssessmentSummary>().version, to: 'submitted' });
    expect(submit.statusCode).toBe(422);
    expect(submit.json<{ errors: unknown[] }>().errors.length).toBe(47 - 4);
  });

  it('with every outcome at its profile the status is Standards Met; submitting locks the answers', async () => {
    await answer(lead, dspt.id, 'A1.a', { level: 'achieved' });
    const w = await workspace(lead, dspt.id);
    for (const r of w.responses.filter((x) => x.level === null || x.ref === 'C1.a')) {
      const level = r.ref === 'E1.a' ? 'not-applicable' : r.levels.at(-1);
      await answer(lead, dspt.id, r.ref, { level, ...(level === 'not-applicable' ? { notApplicableReason: 'No patient-facing services.' } : {}) });
    }
    const done = await workspace(lead, dspt.id);
    expect(done.assessment.status).toMatchObject({ state: 'met', label: 'Standards Met', provisional: false, unanswered: 0, below: 0 });
    const submit = await lead.post(`${base(acute)}/${dspt.id}/state`, { version: done.assessment.version, to: 'submitted' });
    expect(submit.statusCode, submit.body).toBe(200);
    expect(submit.json<AssessmentSummary>()).toMatchObject({ state: 'submitted' });
    const locked = await lead.patch(outcomeUrl(dspt.id, 'A1.a'), { version: responseOf(done, 'A1.a').version, level: 'not-achieved' });
    expect(locked.statusCode).toBe(409);
    expect(locked.json<{ detail: string }>().detail).toContain('submitted');
  });
});

describe('the independent review', () => {
  it('the auditor records their own levels and opinion; the workspace shows where they disagree', async () => {
    const w = await workspace(auditor, dspt.id);
    expect(w.can).toMatchObject({ review: true, respond: false, manage: false });
    expect((await auditor.put(`${base(acute)}/${dspt.id}/review/outcomes/A1.a`, { level: 'not-achieved', note: 'No board minutes seen.' })).statusCode).toBe(200);
    expect((await auditor.put(`${base(acute)}/${dspt.id}/review/outcomes/A1.b`, { level: 'achieved' })).statusCode).toBe(200);
    const opinion = await auditor.put(`${base(acute)}/${dspt.id}/review`, { version: 0, reviewer: 'Northshire Audit', opinion: 'moderate', summary: 'Mostly sound.' });
    expect(opinion.statusCode, opinion.body).toBe(200);
    const after = await workspace(lead, dspt.id);
    expect(responseOf(after, 'A1.a')).toMatchObject({ review: { level: 'not-achieved', note: 'No board minutes seen.' }, divergence: 'review-lower' });
    expect(responseOf(after, 'A1.b').divergence).toBe('agrees');
    expect(after.divergence).toMatchObject({ agrees: 1, 'review-lower': 1, 'not-reviewed': 45 });
    expect(after.review).toMatchObject({ opinion: 'moderate', version: 1 });
    const cmp = await lead.get(`${base(acute)}/${dspt.id}/comparison?against=review`);
    expect(cmp.json<{ summary: Record<string, number> }>().summary).toMatchObject({ up: 1, same: 1, new: 45 });
    // 'up': the self-assessment is above the reviewer's level.
    expect(cmp.json<{ rows: Array<{ ref: string; change: string; otherLevel: string }> }>().rows.find((r) => r.ref === 'A1.a')).toMatchObject({ change: 'up', otherLevel: 'not-achieved' });
  });

  it('only an auditor records the review', async () => {
    expect((await lead.put(`${base(acute)}/${dspt.id}/review/outcomes/A1.a`, { level: 'achieved' })).statusCode).toBe(403);
  });
});

describe('answer once', () => {
  it('a CAF 3.2 answer appears as a suggestion on the DSPT outcome it maps to, and accepting it takes one step', async () => {
    const caf = (await lead.post(base(acute), { catalogue: 'caf@3.2', period: '2026-27' })).json<AssessmentSummary>();
    const next = (await lead.post(base(acute), { catalogue: 'dspt@2025-26', period: '2026-27 rehearsal' })).json<AssessmentSummary>();
    await answer(lead, caf.id, 'B4.d', { level: 'partially-achieved', narrative: 'Patching within 14 days on servers.' });
    const outcome = (await lead.get(outcomeUrl(next.id, 'B4.d'))).json<OutcomeDetail>();
    const suggestion = outcome.suggestions.find((s) => s.assessmentId === caf.id)!;
    expect(suggestion).toMatchObject({ catalogue: 'caf@3.2', sourceRef: 'B4.d', relation: 'equal', level: 'partially-achieved', qualifier: 'same' });
    const accepted = await lead.post(`${outcomeUrl(next.id, 'B4.d')}/accept-suggestion`, { version: outcome.response.version, fromAssessment: caf.id, sourceRef: 'B4.d' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json<ResponseView>()).toMatchObject({ level: 'partially-achieved', narrative: 'Patching within 14 days on servers.', origin: 'suggestion:caf@3.2:B4.d:equal' });
  });
});

describe('between organisations', () => {
  it('another trust’s administrator cannot read, answer or list this trust’s assessments', async () => {
    expect((await mhAdmin.get(`${base(acute)}/${dspt.id}`)).statusCode).toBe(404);
    expect((await mhAdmin.get(base(acute))).statusCode).toBe(404);
    // Nor reach it through their own organisation's address.
    expect((await mhAdmin.get(`${base(mentalHealth)}/${dspt.id}`)).statusCode).toBe(404);
    expect((await mhAdmin.patch(outcomeUrl(dspt.id, 'A1.a', mentalHealth), { version: 1, level: 'achieved' })).statusCode).toBe(404);
  });

  it('the ICS lead oversees: reads the trust’s assessments but answers nothing', async () => {
    expect((await icsLead.get(base(acute))).statusCode).toBe(200);
    expect((await icsLead.patch(outcomeUrl(dspt.id, 'A1.a'), { version: 1, level: 'achieved' })).statusCode).toBe(403);
  });
});

describe('bringing last year’s answers from a spreadsheet', () => {
  const upload = (client: Client, body: string, query: Record<string, string>) =>
    client.request('POST', `/api/v1/orgs/${acute}/imports/assessment-answers?${new URLSearchParams({ file: 'dspt-2024-25.csv', ...query })}`, body, { 'content-type': 'text/csv' });
  // As a trust's own tracker exports it: a BOM, CRLF line ends, labels rather than ids, a quoted comma, trailing spaces.
  const good = [
    '\uFEFFOutcome,Level,Narrative,Owner email,Reason not applicable',
    'A1.a,Achieved,"Board minutes, March 2025",iglead@northshire-acute.example,',
    'A2.a,Partially achieved ,Risk register reviewed quarterly,,',
    'E1.a,N/A,,,No patient-facing services',
  ];
  let target: AssessmentSummary;

  beforeAll(async () => {
    target = (await lead.post(base(acute), { catalogue: 'dspt@2024-25', period: '2024-25' })).json<AssessmentSummary>();
  });

  it('one bad row refuses the whole file, naming the row, column, value and why; nothing changes', async () => {
    const file = [...good, 'Z9.z,Achieved,,,', 'B2.a,Mostly,,,', 'B3.a,Achieved,,nobody@elsewhere.example,'].join('\r\n');
    const res = await upload(lead, file, { target: target.id });
    expect(res.statusCode).toBe(422);
    const errors = res.json<{ errors: Array<{ row: number; column: string; value: string; message: string }> }>().errors;
    expect(errors.map((e) => [e.row, e.column, e.value])).toEqual([
      [5, 'Outcome', 'Z9.z'],
      [6, 'Level', 'mostly'],
      [7, 'Owner email', 'nobody@elsewhere.example'],
    ]);
    expect((await workspace(lead, target.id)).assessment.progress.answered).toBe(0);
  });

  it('a good file fills the answers, owners and reasons; the same file again changes nothing', async () => {
    const res = await upload(lead, good.join('\r\n'), { target: target.id });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json(), res.body).toMatchObject({ status: 'applied', updated: 3, rejected: 0 });
    const w = await workspace(lead, target.id);
    expect(responseOf(w, 'A1.a')).toMatchObject({ level: 'achieved', narrative: 'Board minutes, March 2025', owner: { name: 'Grace Mensah' }, origin: 'import' });
    expect(responseOf(w, 'A2.a').level).toBe('partially-achieved');
    expect(responseOf(w, 'E1.a')).toMatchObject({ level: 'not-applicable', notApplicableReason: 'No patient-facing services' });
    const again = await upload(lead, good.join('\r\n'), { target: target.id });
    expect(again.json()).toMatchObject({ status: 'repeat' });
  });

  it('names the assessment it needs, and refuses one that is not open or not this trust’s', async () => {
    expect((await upload(lead, good.join('\n'), {})).json<{ errors: Array<{ field: string }> }>().errors[0]!.field).toBe('target');
    expect((await upload(lead, good.join('\n'), { target: dspt.id })).statusCode).toBe(409);
    expect((await upload(lead, good.join('\n'), { target: 'no-such-assessment' })).statusCode).toBe(404);
    expect((await upload(staff, good.join('\n'), { target: target.id })).statusCode).toBe(403);
  });
});

describe('evidence and exports', () => {
  const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
  let lastYear: AssessmentSummary;
  let evidenceId: string;

  beforeAll(async () => {
    const list = (await lead.get(base(acute))).json<{ assessments: AssessmentSummary[] }>().assessments;
    lastYear = list.find((a) => a.period === '2024-25')!;
    const added = await lead.request('POST', `/api/v1/orgs/${acute}/evidence?${new URLSearchParams({ fileName: 'board-minutes.pdf', title: 'Board minutes, March 2025', expiresOn: '2026-03-31' })}`, PDF, { 'content-type': 'application/octet-stream' });
    expect(added.statusCode, added.body).toBe(201);
    evidenceId = added.json<{ id: string }>().id;
  });

  it('one evidence item supports outcomes in more than one assessment, and shows its expiry', async () => {
    const linked = await lead.post(`${outcomeUrl(lastYear.id, 'A1.a')}/evidence`, { evidenceId });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json<ResponseView>().evidence).toEqual([expect.objectContaining({ id: evidenceId, title: 'Board minutes, March 2025', fileName: 'board-minutes.pdf', expiresOn: '2026-03-31' })]);
    const caf = (await lead.get(base(acute))).json<{ assessments: AssessmentSummary[] }>().assessments.find((a) => a.catalogue.ref === 'caf@3.2')!;
    expect((await lead.post(`${outcomeUrl(caf.id, 'A1.a')}/evidence`, { evidenceId })).statusCode).toBe(200);
    const uses = await lead.get(`/api/v1/orgs/${acute}/evidence/${evidenceId}/uses`);
    expect(uses.json<{ uses: Array<{ assessmentId: string; ref: string }> }>().uses.map((u) => u.assessmentId).sort()).toEqual([lastYear.id, caf.id].sort());
    // As of a day after it expired, the workspace says so.
    const later = (await lead.get(`${base(acute)}/${lastYear.id}?asOf=2026-04-01`)).json<Workspace>();
    expect(responseOf(later, 'A1.a').evidence[0]!.state).toBe('expired');
  });

  it('refuses evidence that is not in this organisation’s library', async () => {
    const res = await lead.post(`${outcomeUrl(lastYear.id, 'A1.b')}/evidence`, { evidenceId: '00000000-0000-4000-8000-000000000000' });
    expect(res.statusCode).toBe(422);
  });

  it('exports the workbook, CSV and PDF, each reopened with its contents; formula-like text stays text', async () => {
    await answer(lead, lastYear.id, 'A3.a', { level: 'achieved', narrative: '=HYPERLINK("http://evil.example","click")' });
    const xlsx = await lead.get(`${base(acute)}/${lastYear.id}/export?format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toBe('attachment; filename="DSPT-2024-25.xlsx"');
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Outcomes')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(['Outcome', 'Title', 'Level', 'Expected level', 'Against the profile', 'Narrative', 'Reason not applicable or override', 'Owner', 'Due date', 'Review state', 'Evidence', 'Independent review level']);
    const rowOf = (ref: string) => (sheet.getRows(2, sheet.rowCount - 1) ?? []).find((r) => r.getCell(1).value === ref)!;
    expect(rowOf('A1.a').getCell(3).value).toBe('Achieved');
    expect(rowOf('A1.a').getCell(8).value).toBe('Grace Mensah');
    expect(rowOf('A1.a').getCell(11).text).toContain('Board minutes, March 2025 (board-minutes.pdf, version 1)');
    expect(rowOf('A3.a').getCell(6).value).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(sheet.rowCount).toBe(48);
    const summary = book.getWorksheet('Summary')!;
    expect((summary.getRows(1, summary.rowCount) ?? []).map((r) => r.getCell(1).value)).toContain('Status');

    const csv = await lead.get(`${base(acute)}/${lastYear.id}/export?format=csv`);
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = csv.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Outcome,Title,Level,Expected level,Against the profile,Narrative,Reason not applicable or override,Owner,Due date,Review state,Evidence,Independent review level');
    expect(lines.find((l) => l.startsWith('A3.a,'))).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);

    const { pdfText } = await import('../support/pdf-text.js');
    const pdf = await lead.get(`${base(acute)}/${dspt.id}/export?format=pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = (await pdfText(new Uint8Array(pdf.rawPayload))).join('\n');
    expect(text).toContain('DSPT 2025-26');
    expect(text).toContain('Standards Met');
    expect(text).toContain('Independent review');
    expect(text).toContain('Moderate assurance');
    expect(text).toMatch(/A1\.a\s+Achieved\s+Not achieved\s+No board minutes seen\./);
    expect(text).toMatch(/Page 1 of \d/);
  });

  it('the command line lists and exports too (same service)', async () => {
    const { exportAssessment, listAssessments } = await import('../../src/modules/assessments/service.js');
    const listed = await listAssessments(t.app.db, acute, new Date());
    expect(listed.find((a) => a.id === dspt.id)).toMatchObject({ state: 'submitted', status: { label: 'Standards Met' } });
    const file = await exportAssessment(t.app.db, acute, dspt.id, 'csv', new Date(), t.app.identity);
    expect(file.bytes.toString('utf8').split('\r\n').length).toBe(1 + 47 + 1);
  });
});

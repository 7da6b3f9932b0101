// A CAF 4.0 assessment answered indicator by indicator, on a real database: the statements imported
// from a file in WebCAF's full v4.0 shape, the level the CAF rule gives, and a person's override of it.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../src/contract/catalogues.js';
import type { AssessmentSummary, OutcomeDetail, ResponseView } from '../../src/contract/assessments.js';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/catalogue-import/webcaf-v4.0-full-shape.yaml');

type Level = 'not-achieved' | 'partially-achieved' | 'achieved';
type Answer = 'yes' | 'no' | 'not-applicable';

let t: TestApp;
let acute: string;
let sysadmin: Client;
let lead: Client;
let otherTrust: Client;
let report: ImportReport;
let caf: AssessmentSummary;

const outcomeUrl = (ref: string, org = acute) => `/api/v1/orgs/${org}/assessments/${caf.id}/outcomes/${ref}`;

async function detail(ref: string): Promise<OutcomeDetail> {
  const res = await lead.get(outcomeUrl(ref));
  expect(res.statusCode, res.body).toBe(200);
  return res.json<OutcomeDetail>();
}

/** Saves a change to an outcome at its current version, returning the answer as it is sent back. */
async function change(ref: string, body: Record<string, unknown>) {
  return lead.patch(outcomeUrl(ref), { version: (await detail(ref)).response.version, ...body });
}

async function saved(ref: string, body: Record<string, unknown>): Promise<ResponseView> {
  const res = await change(ref, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<ResponseView>();
}

/**
 * Answers for every indicator of an outcome: one answer for each level's indicators, then answers
 * for single indicators by their position in that level (0 first), or undefined to leave one out.
 */
function answersFor(indicators: OutcomeDetail['indicators'], byLevel: Record<Level, Answer>, except: Array<[Level, number, Answer | undefined]> = []) {
  const answers: Record<string, Answer> = {};
  const seen: Record<Level, number> = { 'not-achieved': 0, 'partially-achieved': 0, achieved: 0 };
  for (const indicator of indicators) {
    const position = seen[indicator.level]++;
    const special = except.find(([level, at]) => level === indicator.level && at === position);
    const answer = special ? special[2] : byLevel[indicator.level];
    if (answer !== undefined) answers[indicator.ref] = answer;
  }
  return answers;
}

beforeAll(async () => {
  t = await createTestApp();
  acute = await orgId(t.app, 'RZZ');
  [sysadmin, lead, otherTrust] = await Promise.all([
    signIn(t.server, 'admin@northshire-ics.example'),
    signIn(t.server, 'seclead@northshire-acute.example'),
    signIn(t.server, 'orgadmin@northshire-mh.example'),
  ]);
  const imported = await sysadmin.request('POST', '/api/v1/catalogues/imports?file=cyber-assessment-framework-v4.0.yaml&format=webcaf&catalogue=caf%404.0', fs.readFileSync(FIXTURE), {
    'content-type': 'application/octet-stream',
  });
  expect(imported.statusCode, imported.body).toBe(201);
  report = imported.json<ImportReport>();
  const started = await lead.post(`/api/v1/orgs/${acute}/assessments`, { catalogue: 'caf@4.0', period: '2026-27' });
  expect(started.statusCode, started.body).toBe(201);
  caf = started.json<AssessmentSummary>();
});
afterAll(() => t.close());

describe('the indicators of good practice, imported from a file in WebCAF’s v4.0 shape', () => {
  it('the importer stores 555 statements under the 41 outcomes of CAF 4.0', () => {
    expect(report).toMatchObject({
      format: 'webcaf',
      indicators: { catalogue: 'caf@4.0', outcomes: 41, added: 555, byLevel: { 'not-achieved': 183, 'partially-achieved': 148, achieved: 224 } },
    });
  });

  it('the importer names what is irregular in the file, as it does for WebCAF’s own', () => {
    const notices = report.notices.map((n) => n.replace(/ \(line \d+\)/g, ''));
    expect(notices).toEqual(
      expect.arrayContaining([
        "B2.b.PA.3 is the NCSC index of 2 statements in the file: B2.b.7 and B2.b.8. All are kept, under the file's own ids.",
        "D2.b.A.5 is the NCSC index of 2 statements in the file: D2.b.9 and D2.b.10. All are kept, under the file's own ids.",
        'B3.a.9 has no ncsc-index; it is kept as B3.a.9, without one.',
        'A4.a: the file has 9 achieved indicators; caf@4.0 records 10.',
        'B1.b: the file has 5 not achieved indicators; caf@4.0 records 6.',
      ]),
    );
    expect(notices).toHaveLength(5);
  });

  it('an outcome lists its indicators by level, each with its statement, none answered yet', async () => {
    const b4d = await detail('B4.d');
    const byLevel = (level: Level) => b4d.indicators.filter((i) => i.level === level).map((i) => i.ref);
    expect(b4d.indicators.map((i) => i.level)).toEqual([...Array<Level>(5).fill('not-achieved'), ...Array<Level>(5).fill('partially-achieved'), ...Array<Level>(4).fill('achieved')]);
    expect(byLevel('not-achieved')).toEqual(['B4.d.1', 'B4.d.2', 'B4.d.3', 'B4.d.4', 'B4.d.5']);
    expect(byLevel('achieved')).toEqual(['B4.d.11', 'B4.d.12', 'B4.d.13', 'B4.d.14']);
    expect(b4d.indicators[2]).toEqual({ ref: 'B4.d.3', level: 'not-achieved', title: 'Not achieved indicator B4.d.NA.3', statement: 'Test statement NA3 for B4.d.', answer: null });
    expect(b4d.indicatorVerdict).toMatchObject({ level: null, answered: 0, unanswered: 14 });
    expect(b4d.response).toMatchObject({ level: null, derivedLevel: null, chosenLevel: null, overridden: false });
  });

  it('a statement the file gives no index is listed and answered like any other', async () => {
    const b3a = await detail('B3.a');
    expect(b3a.indicators.find((i) => i.ref === 'B3.a.9')).toMatchObject({ level: 'partially-achieved', title: 'Partially achieved indicator', statement: 'Test statement PA5 for B3.a, which the file gives no index.' });
    expect(b3a.indicators.find((i) => i.ref === 'B3.a.10')?.title).toBe('Partially achieved indicator B3.a.PA.5');
  });
});

describe('the level the CAF rule gives from the answers', () => {
  it.each<[string, string, Level | null, Record<Level, Answer>, Array<[Level, number, Answer | undefined]>]>([
    ['one not-achieved indicator true outweighs every other', 'B4.d', 'not-achieved', { 'not-achieved': 'no', 'partially-achieved': 'yes', achieved: 'yes' }, [['not-achieved', 3, 'yes']]],
    ['every achieved indicator true, the others not', 'B2.b', 'achieved', { 'not-achieved': 'no', 'partially-achieved': 'no', achieved: 'yes' }, []],
    ['every achieved indicator true or not applicable', 'D2.b', 'achieved', { 'not-achieved': 'no', 'partially-achieved': 'no', achieved: 'yes' }, [['achieved', 5, 'not-applicable']]],
    ['every partially-achieved indicator true, no not-achieved one, one achieved missing', 'C1.c', 'partially-achieved', { 'not-achieved': 'no', 'partially-achieved': 'yes', achieved: 'yes' }, [['achieved', 8, 'no']]],
    ['every partially-achieved indicator true, including the one without an index', 'B3.a', 'partially-achieved', { 'not-achieved': 'no', 'partially-achieved': 'yes', achieved: 'no' }, []],
    ['one partially-achieved indicator not true, and not every achieved one', 'B4.b', 'not-achieved', { 'not-achieved': 'no', 'partially-achieved': 'yes', achieved: 'no' }, [['partially-achieved', 0, 'no']]],
    ['one indicator not yet answered, none not achieved true', 'C1.a', null, { 'not-achieved': 'no', 'partially-achieved': 'yes', achieved: 'yes' }, [['achieved', 8, undefined]]],
    ['one unanswered, but a not-achieved indicator already true', 'C1.b', 'not-achieved', { 'not-achieved': 'no', 'partially-achieved': 'yes', achieved: 'yes' }, [['not-achieved', 0, 'yes'], ['achieved', 0, undefined]]],
    ['a two-level outcome with some achieved indicators true is not achieved, never partially', 'A1.a', 'not-achieved', { 'not-achieved': 'no', 'partially-achieved': 'yes', achieved: 'yes' }, [['achieved', 0, 'no']]],
    ['a two-level outcome with every achieved indicator true', 'A1.b', 'achieved', { 'not-achieved': 'no', 'partially-achieved': 'yes', achieved: 'yes' }, []],
  ])('%s: %s → %s', async (_, ref, expected, byLevel, except) => {
    const before = await detail(ref);
    const answers = answersFor(before.indicators, byLevel, except);
    const response = await saved(ref, { indicatorAnswers: answers });
    expect(response).toMatchObject({ level: expected, derivedLevel: expected, chosenLevel: null, overridden: false, indicatorAnswers: answers });
    const after = await detail(ref);
    expect(after.indicatorVerdict).toMatchObject({ level: expected, answered: Object.keys(answers).length, unanswered: before.indicators.length - Object.keys(answers).length });
    expect(Object.fromEntries(after.indicators.filter((i) => i.answer !== null).map((i) => [i.ref, i.answer]))).toEqual(answers);
  });

  it('a two-level outcome refuses Partially achieved chosen by hand', async () => {
    const res = await change('A1.a', { level: 'partially-achieved', overrideReason: 'Some of it is in place.' });
    expect(res.statusCode).toBe(422);
    expect(res.json<{ errors: Array<{ field: string }> }>().errors.map((e) => e.field)).toEqual(['level']);
  });

  it('an answer taken back leaves the outcome without a level until it is given again', async () => {
    const b2b = await detail('B2.b');
    const last = b2b.indicators.at(-1)!.ref;
    expect((await saved('B2.b', { indicatorAnswers: { [last]: null } })).level).toBeNull();
    expect((await saved('B2.b', { indicatorAnswers: { [last]: 'yes' } })).level).toBe('achieved');
  });

  it('an answer for a statement of another outcome is refused, naming it', async () => {
    const res = await change('B2.b', { indicatorAnswers: { 'B4.d.1': 'yes' } });
    expect(res.statusCode).toBe(422);
    expect(res.json<{ errors: Array<{ field: string; message: string }> }>().errors).toEqual([{ field: 'indicatorAnswers.B4.d.1', message: 'is not an indicator of B2.b' }]);
  });
});

describe('overriding the level the indicators give', () => {
  // B2.b's indicators give Achieved (every achieved indicator true, the others not).
  it('choosing another level without a justification is refused, naming overrideReason, and nothing changes', async () => {
    const before = await detail('B2.b');
    expect(before.response).toMatchObject({ level: 'achieved', derivedLevel: 'achieved' });
    const res = await change('B2.b', { level: 'partially-achieved' });
    expect(res.statusCode).toBe(422);
    const errors = res.json<{ errors: Array<{ field: string; message: string }> }>().errors;
    expect(errors.map((e) => e.field)).toEqual(['overrideReason']);
    expect(errors[0]!.message).toContain('the indicators imply achieved');
    expect((await detail('B2.b')).response).toEqual(before.response);
  });

  it('choosing the level the indicators give needs no justification and is no override', async () => {
    expect(await saved('B2.b', { level: 'achieved' })).toMatchObject({ level: 'achieved', chosenLevel: 'achieved', derivedLevel: 'achieved', overridden: false, overrideReason: null });
    await saved('B2.b', { level: null });
  });

  it('with a justification the chosen level counts, the derived level is kept beside it, and the justification is returned', async () => {
    const reason = 'Two device types are still enrolled by hand; the board accepts Partially achieved until they are automated.';
    const response = await saved('B2.b', { level: 'partially-achieved', overrideReason: reason });
    expect(response).toMatchObject({ level: 'partially-achieved', chosenLevel: 'partially-achieved', derivedLevel: 'achieved', overridden: true, overrideReason: reason });
    expect((await detail('B2.b')).response).toMatchObject({ level: 'partially-achieved', derivedLevel: 'achieved', overridden: true, overrideReason: reason });
  });

  it('clearing the chosen level goes back to the level the indicators give', async () => {
    const response = await saved('B2.b', { level: null });
    expect(response).toMatchObject({ level: 'achieved', chosenLevel: null, derivedLevel: 'achieved', overridden: false });
  });

  it('a changed answer that makes the derived level differ from one chosen earlier needs a justification too', async () => {
    await saved('B5.a', { level: 'achieved' });
    const b5a = await detail('B5.a');
    const res = await change('B5.a', { indicatorAnswers: answersFor(b5a.indicators, { 'not-achieved': 'yes', 'partially-achieved': 'no', achieved: 'no' }) });
    expect(res.statusCode).toBe(422);
    expect(res.json<{ errors: Array<{ field: string }> }>().errors.map((e) => e.field)).toEqual(['overrideReason']);
  });
});

describe('another Trust', () => {
  it('cannot read or answer this Trust’s indicators', async () => {
    const read = await otherTrust.get(outcomeUrl('B4.d'));
    expect(read.statusCode).toBe(404);
    const answer = await otherTrust.patch(outcomeUrl('B4.d'), { version: 0, indicatorAnswers: { 'B4.d.1': 'yes' } });
    expect(answer.statusCode).toBe(404);
    expect((await detail('B4.d')).indicators[0]!.answer).toBe('no');
  });
});

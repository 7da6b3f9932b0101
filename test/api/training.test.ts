// Training compliance over HTTP, on a real database (SQLite or PostgreSQL): an e-learning export with
// the warts of real ones read through the OLM mapping against a staff register, with answers known
// exactly for any day; a malformed file changing nothing; skip-invalid keeping the good rows; the same
// file twice changing nothing; courses and settings changed against the version read; the figures as
// live evidence; and who may read and change it, in this organisation and another.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutcomeDetail } from '../../src/contract/assessments.js';
import type { ImportRunView as Run } from '../../src/contract/imports.js';
import type { DepartmentCompliance, TrainingCompliance, TrainingCourse, TrainingSettings } from '../../src/contract/training.js';
import { esrExtract } from '../fixtures/staff/esr-extracts.js';
import { AS_OF, COMPLETIONS, FILE_ROWS, IMPOSSIBLE_DATE_ROW, olmExport, TRAINING_STAFF } from '../fixtures/training/elearning-exports.js';
import { countCompletions } from '../../src/modules/training/service.js';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';

let t: TestApp;
let acute: string;
let mentalHealth: string;
let iglead: Client;

const training = (path: string, org = acute) => `/api/v1/orgs/${org}/training/${path}`;

async function ok<T>(res: { statusCode: number; body: string; json: <J>() => J }, status = 200): Promise<T> {
  expect(res.statusCode, res.body).toBe(status);
  return res.json<T>();
}

function upload(client: Client, org: string, body: Buffer, query: Record<string, string>) {
  const params = new URLSearchParams({ file: 'olm-competences.csv', mapping: 'olm', ...query });
  return client.request('POST', `/api/v1/orgs/${org}/imports/training?${params}`, body, { 'content-type': 'application/octet-stream' });
}

const report = async (asOf: string, client = iglead) => ok<TrainingCompliance>(await client.get(training(`compliance?asOf=${asOf}`)));
const counts = (run: Run) => ({ status: run.status, rowsRead: run.rowsRead, inserted: run.inserted, updated: run.updated, unchanged: run.unchanged, rejected: run.rejected });
const held = (org = acute) => countCompletions(t.app.db, org);
const lines = (items: TrainingCompliance['departments']) => items.map((l) => [l.name, l.compliant, l.staff, l.percent, l.belowTarget]);

beforeAll(async () => {
  t = await createTestApp();
  acute = await orgId(t.app, 'RZZ');
  mentalHealth = await orgId(t.app, 'RZY');
  iglead = await signIn(t.server, 'iglead@northshire-acute.example');
  const staff = await iglead.request('POST', `/api/v1/orgs/${acute}/imports/staff?file=esr.csv&mapping=esr&asOf=${AS_OF}`, esrExtract(TRAINING_STAFF), { 'content-type': 'application/octet-stream' });
  expect(staff.statusCode, staff.body).toBe(201);
});
afterAll(() => t.close());

describe('importing an e-learning export', () => {
  it('a file with an impossible date changes nothing and names the row, column, value and why', async () => {
    const res = await upload(iglead, acute, olmExport([...FILE_ROWS, IMPOSSIBLE_DATE_ROW]), { asOf: AS_OF });
    expect(res.statusCode, res.body).toBe(422);
    const refusal = res.json<{ errors: Array<{ row: number; column: string; value: string; message: string }> }>();
    expect(refusal.errors.map(({ row, column, value, message }) => ({ row, column, value, message }))).toEqual([
      { row: FILE_ROWS.length + 2, column: 'Achievement Date', value: '31/02/2026', message: '31/02/2026 is not a date: February 2026 has 28 days' },
    ]);
    expect(await held()).toBe(0);
  });

  it('skip-invalid keeps the good rows, collapses the exact duplicate and counts it', async () => {
    const res = await upload(iglead, acute, olmExport([...FILE_ROWS, IMPOSSIBLE_DATE_ROW]), { asOf: AS_OF, skipInvalid: 'true' });
    expect(res.statusCode, res.body).toBe(201);
    expect(counts(res.json<Run>())).toEqual({ status: 'applied', rowsRead: FILE_ROWS.length + 1, inserted: COMPLETIONS.length, updated: 0, unchanged: 1, rejected: 1 });
    expect(await held()).toBe(COMPLETIONS.length);
  });

  it('the same file again changes nothing', async () => {
    const before = await report(AS_OF);
    const res = await upload(iglead, acute, olmExport([...FILE_ROWS, IMPOSSIBLE_DATE_ROW]), { asOf: AS_OF, skipInvalid: 'true' });
    expect(res.json<Run>().status).toBe('repeat');
    expect(await held()).toBe(COMPLETIONS.length);
    expect(await report(AS_OF)).toEqual(before);
  });

  it('the same completions in another file (reordered, one’s hours changed) update only what changed', async () => {
    const changed = COMPLETIONS.map((r) => (r[2] === 'Cyber Security CPD' && r[3] === '10/10/2025' ? ([r[0], r[1], r[2], r[3], r[4], '8'] as const) : r)).reverse();
    const res = await upload(iglead, acute, olmExport(changed), { asOf: AS_OF });
    expect(counts(res.json<Run>())).toEqual({ status: 'applied', rowsRead: COMPLETIONS.length, inserted: 0, updated: 1, unchanged: COMPLETIONS.length - 1, rejected: 0 });
    expect(await held()).toBe(COMPLETIONS.length);
  });
});

describe('compliance on a day', () => {
  it('as of the extract’s day: the organisation, departments and staff groups, below target first', async () => {
    const r = await report(AS_OF);
    expect({ day: r.day, target: r.targetPercent, awareness: r.awarenessCourses }).toEqual({ day: AS_OF, target: 95, awareness: ['data-security-awareness'] });
    // Eleven current staff past induction; Nia (expired by the file's date), Pia (never) and Tom (expired) are not in date.
    expect(r.organisation).toEqual({ name: 'Organisation', compliant: 8, staff: 11, percent: 72.7, belowTarget: true });
    expect(lines(r.departments)).toEqual([
      ['Ward 7', 3, 5, 60, true],
      ['Theatres', 2, 3, 66.7, true],
      ['Digital', 3, 3, 100, false],
    ]);
    expect(lines(r.staffGroups)).toEqual([
      ['Allied Health Professionals', 1, 2, 50, true],
      ['Nursing and Midwifery Registered', 2, 4, 50, true],
      ['Additional Clinical Services', 2, 2, 100, false],
      ['Administrative and Clerical', 3, 3, 100, false],
    ]);
  });

  it('new starters apart, with and without induction; induction on time over the year', async () => {
    const r = await report(AS_OF);
    expect(r.newStarters.people.map((p) => [p.employeeNumber, p.startedOn, p.inductionDueBy, p.inductionCompletedOn])).toEqual([
      ['30000030', '2026-03-16', '2026-04-12', '2026-03-18'],
      ['30000031', '2026-03-20', '2026-04-16', null],
    ]);
    expect([r.newStarters.total, r.newStarters.inductionDone, r.newStarters.inductionNotDone]).toEqual([2, 1, 1]);
    expect({ ...r.inductionOnTime, late: r.inductionOnTime.late.map((p) => [p.name, p.inductionDueBy, p.inductionCompletedOn]) }).toEqual({
      from: '2025-04-01',
      to: AS_OF,
      onTime: 1,
      due: 2,
      percent: 50,
      late: [['Yan Hu', '2025-12-28', '2026-01-15']],
    });
  });

  it('overdue staff by line manager, named from the register', async () => {
    const r = await report(AS_OF);
    expect(r.overdue.total).toBe(3);
    expect(r.overdue.byLineManager.map((g) => [g.lineManager, g.lineManagerName, g.people.map((p) => [p.name, p.state, p.lastCompletedOn, p.expiresOn])])).toEqual([
      [
        '30000001',
        'Mary Moss',
        [
          ['Nia Ward', 'expired', '2025-03-15', '2026-03-15'],
          ['Pia Rose', 'never', null, null],
        ],
      ],
      ['30000021', 'Uma Cole', [['Tom Bale', 'expired', '2025-03-01', '2026-03-01']]],
    ]);
    const overdue = await ok<{ total: number; byLineManager: unknown[] }>(await iglead.get(training(`overdue?asOf=${AS_OF}`)));
    expect(overdue.byLineManager).toEqual(r.overdue.byLineManager);
  });

  it('agency and locum completions are unmatched and in no denominator; unconfigured courses are ignored', async () => {
    const r = await report(AS_OF);
    expect(r.unmatched.map((u) => [u.employeeNumber, u.name, u.courseName, u.completedOn, u.expiresOn])).toEqual([
      [null, 'Bola Adebayo (Agency)', 'Data Security Awareness - Level 1', '2026-02-01', '2027-02-01'],
      ['99999999', 'Dr Kim Locum', 'Data Security Awareness - Level 1', '2026-01-15', '2027-01-15'],
    ]);
    expect(r.completions).toEqual({
      held: 24,
      matched: 20,
      unmatched: 2,
      ignored: 2,
      ignoredCourses: [
        { courseName: 'Fire Safety, Level 2', completions: 1 },
        { courseName: 'Moving and Handling', completions: 1 },
      ],
    });
    const list = await ok<{ items: unknown[] }>(await iglead.get(training(`unmatched?asOf=${AS_OF}`)));
    expect(list.items).toEqual(r.unmatched);
  });

  it('the same report for another day gives that day’s figures', async () => {
    // 4 April: Omar's (to 1 April) and Quinn's (3 April, read day first) have expired too.
    const april = await report('2026-04-04');
    expect(april.organisation).toMatchObject({ compliant: 6, staff: 11, percent: 54.5 });
    expect(lines(april.departments)).toEqual([
      ['Ward 7', 2, 5, 40, true],
      ['Digital', 2, 3, 66.7, true],
      ['Theatres', 2, 3, 66.7, true],
    ]);
    expect(april.overdue.total).toBe(5);
    // 31 December 2025: Zac's last day, so still counted; Yan's awareness was still to come.
    const december = await report('2025-12-31');
    expect(december.organisation).toMatchObject({ compliant: 9, staff: 12, percent: 75 });
    expect(december.newStarters.total).toBe(0);
    // Nine of the completions were done after that day: they had not happened yet.
    expect(december.completions.held).toBe(15);
  });

  it('one department: not in date first, and its new starters', async () => {
    const ward = await ok<DepartmentCompliance>(await iglead.get(training(`departments/${encodeURIComponent('ward 7')}?asOf=${AS_OF}`)));
    expect(ward.line).toEqual({ name: 'Ward 7', compliant: 3, staff: 5, percent: 60, belowTarget: true });
    expect(ward.people.map((p) => [p.name, p.state])).toEqual([
      ['Nia Ward', 'expired'],
      ['Pia Rose', 'never'],
      ['Mary Moss', 'in-date'],
      ['Omar Shah', 'in-date'],
      ['Yan Hu', 'in-date'],
    ]);
    expect(ward.newStarters.map((p) => p.name)).toEqual(['Vic Dunn']);
  });

  it('reads dates day first and course names past their spaces and commas', async () => {
    const digital = await ok<DepartmentCompliance>(await iglead.get(training(`departments/Digital?asOf=${AS_OF}`)));
    expect(digital.people.map((p) => [p.name, p.state, p.lastCompletedOn, p.expiresOn])).toEqual([
      // 03/04/2025 is 3 April, in date to 3 April 2026 (the national competence's name, bars and all).
      ['Quinn Hale', 'in-date', '2025-04-03', '2026-04-03'],
      ['Ravi Nair', 'in-date', '2025-09-20', '2026-09-20'],
      // "Data Security Awareness, Level 1", quoted in the file.
      ['Sara Lee', 'in-date', '2025-11-30', '2026-11-30'],
    ]);
    const ward = await ok<DepartmentCompliance>(await iglead.get(training(`departments/Ward%207?asOf=${AS_OF}`)));
    // " Data Security Awareness Level 1 ", spaces and all.
    expect(ward.people.find((p) => p.name === 'Omar Shah')).toMatchObject({ lastCompletedOn: '2025-04-01', expiresOn: '2026-04-01' });
  });
});

describe('settings', () => {
  it('ours until saved; security staff and CPD hours change the CPD figures; a stale save is refused with the current values', async () => {
    const ours = await ok<TrainingSettings>(await iglead.get(training('settings')));
    expect(ours).toEqual({ targetPercent: 95, inductionDays: 28, securityStaff: { departments: [], staffGroups: [], employeeNumbers: [] }, cpdHoursPerYear: 20, version: 0 });
    expect((await report(AS_OF)).cpd.people).toEqual([]);

    const saved = await ok<TrainingSettings>(await iglead.put(training('settings'), { ...ours, securityStaff: { departments: [], staffGroups: [], employeeNumbers: ['30000010', '30000011'] }, cpdHoursPerYear: 10 }));
    expect(saved.version).toBe(1);
    const cpd = (await report(AS_OF)).cpd;
    expect({ from: cpd.from, to: cpd.to, expected: cpd.hoursExpected, meeting: cpd.meetingExpected, people: cpd.people.map((p) => [p.name, p.hours, p.meetsExpected]) }).toEqual({
      from: '2025-04-01',
      to: AS_OF,
      expected: 10,
      meeting: 1,
      people: [
        ['Ravi Nair', 3.5, false],
        // 8 hours (as the second file has it) and 4; the 6 from February 2025 is more than a year before.
        ['Quinn Hale', 12, true],
      ],
    });

    const stale = await iglead.put(training('settings'), { ...ours, targetPercent: 90 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ current: TrainingSettings }>().current.version).toBe(1);
  });

  it('a lower target moves departments above it', async () => {
    const current = await ok<TrainingSettings>(await iglead.get(training('settings')));
    await ok(await iglead.put(training('settings'), { ...current, targetPercent: 60 }));
    const r = await report(AS_OF);
    expect(lines(r.departments)).toEqual([
      ['Digital', 3, 3, 100, false],
      ['Theatres', 2, 3, 66.7, false],
      ['Ward 7', 3, 5, 60, false],
    ]);
    const latest = await ok<TrainingSettings>(await iglead.get(training('settings')));
    await ok(await iglead.put(training('settings'), { ...latest, targetPercent: 95 }));
  });
});

describe('courses', () => {
  let courses: TrainingCourse[];

  it('ours to start with', async () => {
    courses = (await ok<{ items: TrainingCourse[] }>(await iglead.get(training('courses')))).items;
    expect(courses.map((c) => [c.code, c.kind, c.validityMonths, c.counts, c.version])).toEqual([
      ['cyber-cpd', 'cpd', null, true, 1],
      ['data-security-awareness', 'awareness', 12, true, 1],
      ['induction', 'induction', null, true, 1],
    ]);
  });

  it('a course added counts its completions: they are no longer ignored', async () => {
    const fire = await ok<TrainingCourse>(await iglead.post(training('courses'), { code: 'fire-safety', name: 'Fire Safety', kind: 'other', validityMonths: 24, counts: true, knownAs: ['Fire Safety, Level 2'] }), 201);
    expect(fire.version).toBe(1);
    expect((await report(AS_OF)).completions.ignoredCourses).toEqual([{ courseName: 'Moving and Handling', completions: 1 }]);
    const taken = await iglead.post(training('courses'), { code: 'fire-safety', name: 'Fire again', kind: 'other', validityMonths: null, counts: true });
    expect(taken.statusCode).toBe(422);
    expect((await iglead.delete(training(`courses/${fire.id}?version=1`))).statusCode).toBe(204);
    expect((await report(AS_OF)).completions.ignored).toBe(2);
  });

  it('two people editing the same course: the second is refused (409) with the first one’s change', async () => {
    const awareness = courses.find((c) => c.code === 'data-security-awareness')!;
    const { id, version, updatedAt: _u, ...body } = awareness;
    const first = await ok<TrainingCourse>(await iglead.put(training(`courses/${id}`), { ...body, version, validityMonths: 24 }));
    expect(first.version).toBe(2);
    const seclead = await signIn(t.server, 'seclead@northshire-acute.example');
    const second = await seclead.put(training(`courses/${id}`), { ...body, version, validityMonths: 6 });
    expect(second.statusCode).toBe(409);
    expect(second.json<{ current: TrainingCourse }>().current.validityMonths).toBe(24);
    // With two years' validity Tom (1 March 2025) is in date on 31 March 2026; Nia's file date still decides hers.
    expect((await report(AS_OF)).organisation.compliant).toBe(9);
    await ok(await iglead.put(training(`courses/${id}`), { ...body, version: 2, validityMonths: 12 }));
    expect((await report(AS_OF)).organisation.compliant).toBe(8);
    expect((await iglead.delete(training(`courses/${id}?version=1`))).statusCode).toBe(409);
  });
});

describe('live evidence', () => {
  it('awareness in date and induction on time on CAF B6.b, for the day asked', async () => {
    const caf = await ok<{ id: string }>(await iglead.post(`/api/v1/orgs/${acute}/assessments`, { catalogue: 'caf@4.0', period: '2026-27' }), 201);
    const detail = await ok<OutcomeDetail>(await iglead.get(`/api/v1/orgs/${acute}/assessments/${caf.id}/outcomes/B6.b?asOf=${AS_OF}`));
    expect(detail.liveEvidence.map((f) => [f.key, f.text, f.state, f.source, f.link])).toEqual([
      ['awareness-training-in-date', '8 of 11 (73%)', 'attention', 'Training compliance', `/orgs/${acute}/training`],
      ['induction-on-time', '1 of 2 (50%)', 'attention', 'Training compliance', `/orgs/${acute}/training`],
    ]);
    const staff = await signIn(t.server, 'staff@northshire-acute.example');
    expect((await ok<OutcomeDetail>(await staff.get(`/api/v1/orgs/${acute}/assessments/${caf.id}/outcomes/B6.b?asOf=${AS_OF}`))).liveEvidence).toEqual([]);
  });
});

describe('who may read and change it', () => {
  const paths = ['compliance', 'departments/Digital', 'overdue', 'unmatched', 'courses', 'settings'];

  it('the DPO, SIRO, auditor and head of cyber security read it; a line manager and a member of staff do not', async () => {
    for (const email of ['dpo@northshire-acute.example', 'siro@northshire-acute.example', 'auditor@northshire-acute.example', 'seclead@northshire-acute.example']) {
      const client = await signIn(t.server, email);
      for (const path of paths) expect((await client.get(training(path))).statusCode, `${email} ${path}`).toBe(200);
    }
    for (const email of ['manager@northshire-acute.example', 'staff@northshire-acute.example']) {
      const client = await signIn(t.server, email);
      for (const path of paths) expect((await client.get(training(path))).statusCode, `${email} ${path}`).toBe(403);
    }
  });

  it('an auditor may read but neither change courses or settings nor import', async () => {
    const auditor = await signIn(t.server, 'auditor@northshire-acute.example');
    const settings = await ok<TrainingSettings>(await auditor.get(training('settings')));
    expect((await auditor.put(training('settings'), settings)).statusCode).toBe(403);
    expect((await auditor.post(training('courses'), { code: 'x', name: 'X', kind: 'other', validityMonths: null, counts: false })).statusCode).toBe(403);
    expect((await upload(auditor, acute, olmExport(COMPLETIONS), { asOf: AS_OF })).statusCode).toBe(403);
  });

  it('another organisation’s administrator can neither read nor change this one’s: it looks as if it does not exist', async () => {
    const mhAdmin = await signIn(t.server, 'orgadmin@northshire-mh.example');
    for (const path of paths) {
      const res = await mhAdmin.get(training(path));
      expect(res.statusCode, path).toBe(404);
      expect(res.json<{ detail: string }>().detail).toMatch(/no organisation with that id, or you do not have access/);
    }
    const settings = await ok<TrainingSettings>(await iglead.get(training('settings')));
    expect((await mhAdmin.put(training('settings'), settings)).statusCode).toBe(404);
    expect((await upload(mhAdmin, acute, olmExport(COMPLETIONS), { asOf: AS_OF })).statusCode).toBe(404);
    expect(await held()).toBe(COMPLETIONS.length);
    // Their own report counts nothing of this one's.
    const theirs = await ok<TrainingCompliance>(await mhAdmin.get(training('compliance', mentalHealth)));
    expect([theirs.organisation.staff, theirs.completions.held]).toEqual([0, 0]);
    expect(await held(mentalHealth)).toBe(0);
  });
});

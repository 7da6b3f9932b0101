// The staff register from ESR extracts, over HTTP, on a real database (SQLite or PostgreSQL): an
// extract with the warts of real ones read through the ESR mapping, with answers known exactly for
// any day; a malformed file changing nothing; skip-invalid keeping the good rows; the same file twice
// changing nothing; the next month's extract giving its joiners, movers and leavers; and who may read
// the register, in this organisation and another.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportRunView as Run } from '../../src/contract/imports.js';
import type { StaffChanges, StaffDetail, StaffList } from '../../src/contract/staff.js';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';
import { AS_OF, esrExtract, FIRST_COUNTS, FIRST_EXTRACT, FIRST_FILE_ROWS, IMPOSSIBLE_DATE_ROW, SECOND_AS_OF, SECOND_EXTRACT } from '../fixtures/staff/esr-extracts.js';

let t: TestApp;
let acute: string;
let mentalHealth: string;
let iglead: Client;

beforeAll(async () => {
  t = await createTestApp();
  acute = await orgId(t.app, 'RZZ');
  mentalHealth = await orgId(t.app, 'RZY');
  iglead = await signIn(t.server, 'iglead@northshire-acute.example');
});
afterAll(() => t.close());

interface Refusal {
  detail: string;
  errors: Array<{ row: number; column: string; value: string; message: string }>;
}

function upload(client: Client, org: string, body: Buffer, query: Record<string, string>) {
  const params = new URLSearchParams({ file: 'esr-staff-in-post.csv', mapping: 'esr', ...query });
  return client.request('POST', `/api/v1/orgs/${org}/imports/staff?${params}`, body, { 'content-type': 'application/octet-stream' });
}

async function list(client: Client, org: string, query = ''): Promise<StaffList> {
  const res = await client.get(`/api/v1/orgs/${org}/staff?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<StaffList>();
}

const counts = (run: Run) => ({ status: run.status, rowsRead: run.rowsRead, inserted: run.inserted, updated: run.updated, unchanged: run.unchanged, rejected: run.rejected });
const held = async () => (await t.app.db.selectFrom('staff_assignments').select('assignment_number').where('org_id', '=', acute).execute()).length;

describe('importing an ESR extract', () => {
  it('a file with an impossible date changes nothing and names the row, column, value and why', async () => {
    const res = await upload(iglead, acute, esrExtract([...FIRST_FILE_ROWS, IMPOSSIBLE_DATE_ROW]), { asOf: AS_OF });
    expect(res.statusCode, res.body).toBe(422);
    const refusal = res.json<Refusal>();
    expect(refusal.errors.map(({ row, column, value, message }) => ({ row, column, value, message }))).toEqual([
      { row: 13, column: 'Assignment Start Date', value: '31/02/2025', message: '31/02/2025 is not a date: February 2025 has 28 days' },
    ]);
    expect(await held()).toBe(0);
  });

  it('two different rows for one assignment number are a problem, not a duplicate', async () => {
    const changed = { ...FIRST_EXTRACT[0]!, position: 'Nurse, Band 6' };
    const res = await upload(iglead, acute, esrExtract([...FIRST_EXTRACT, changed]), { asOf: AS_OF });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json<Refusal>().errors.map(({ row, column, message }) => ({ row, column, message }))).toEqual([
      { row: 12, column: 'Assignment Number', message: 'repeats row 2: each row needs its own Assignment Number' },
    ]);
    expect(await held()).toBe(0);
  });

  it('skip-invalid keeps the good rows, collapses the exact duplicate and counts it', async () => {
    const res = await upload(iglead, acute, esrExtract([...FIRST_FILE_ROWS, IMPOSSIBLE_DATE_ROW]), { asOf: AS_OF, skipInvalid: 'true' });
    expect(res.statusCode, res.body).toBe(201);
    expect(counts(res.json<Run>())).toEqual({ status: 'applied', rowsRead: 12, inserted: 10, updated: 0, unchanged: 1, rejected: 1 });
    expect(await held()).toBe(10);
  });

  it('the same file again changes nothing and records no changes', async () => {
    const before = await iglead.get(`/api/v1/orgs/${acute}/staff/changes`);
    const res = await upload(iglead, acute, esrExtract([...FIRST_FILE_ROWS, IMPOSSIBLE_DATE_ROW]), { asOf: AS_OF, skipInvalid: 'true' });
    expect(res.json<Run>().status).toBe('repeat');
    const after = await iglead.get(`/api/v1/orgs/${acute}/staff/changes`);
    expect(after.json()).toEqual(before.json());
    expect(after.json<StaffChanges>().imports).toHaveLength(1);
  });
});

describe('the register on a day', () => {
  it('as of the extract’s day: current, leavers, future and new starters exactly', async () => {
    const register = await list(iglead, acute, `asOf=${AS_OF}&pageSize=500`);
    expect(register.day).toBe(AS_OF);
    expect(register.counts).toEqual(FIRST_COUNTS);
    const status = Object.fromEntries(register.items.map((p) => [p.employeeNumber, `${p.status}${p.newStarter ? ' new' : ''}`]));
    expect(status).toEqual({
      '10000001': 'current',
      '10000002': 'current',
      '10000003': 'current',
      '10000004': 'future',
      '10000005': 'current',
      '10000006': 'leaver',
      '10000007': 'current new',
      '10000008': 'current new',
    });
  });

  it('the same list for another day gives that day’s figures', async () => {
    expect((await list(iglead, acute, 'asOf=2026-04-01')).counts).toEqual({ current: 5, leaver: 2, future: 1, new: 1, total: 8 });
    expect((await list(iglead, acute, 'asOf=2026-05-01')).counts).toEqual({ current: 6, leaver: 2, future: 0, new: 1, total: 8 });
    expect((await list(iglead, acute, 'asOf=2026-02-01')).counts).toEqual({ current: 4, leaver: 1, future: 3, new: 0, total: 8 });
  });

  it('filters by status, department, staff group (ESR’s truncated words, kept) and words', async () => {
    const names = (l: StaffList) => l.items.map((p) => p.employeeNumber);
    expect(names(await list(iglead, acute, `asOf=${AS_OF}&status=new`))).toEqual(['10000007', '10000008']);
    expect(names(await list(iglead, acute, `asOf=${AS_OF}&status=leaver`))).toEqual(['10000006']);
    expect(names(await list(iglead, acute, `asOf=${AS_OF}&department=Staff%20Bank`))).toEqual(['10000003']);
    expect(names(await list(iglead, acute, `asOf=${AS_OF}&staffGroup=${encodeURIComponent('Additional Professional Scientific and Technic')}`))).toEqual(['10000004']);
    expect(names(await list(iglead, acute, `asOf=${AS_OF}&q=geo`))).toEqual(['10000007']);
    const paged = await list(iglead, acute, `asOf=${AS_OF}&pageSize=3&page=2`);
    expect({ total: paged.total, items: names(paged) }).toEqual({ total: 8, items: ['10000005', '10000007', '10000008'] });
  });

  it('one person with every assignment: a bank post outliving the substantive one keeps her current, and says where she works', async () => {
    const res = await iglead.get(`/api/v1/orgs/${acute}/staff/10000003?asOf=${AS_OF}`);
    expect(res.statusCode, res.body).toBe(200);
    const chloe = res.json<StaffDetail>();
    expect({ status: chloe.status, department: chloe.department, attributed: chloe.attributedAssignment }).toEqual({ status: 'current', department: 'Staff Bank', attributed: '10000003-2' });
    expect(chloe.assignments.map((a) => [a.assignmentNumber, a.category, a.current, a.endDate])).toEqual([
      ['10000003', 'Fixed Term Temp', false, '2026-02-28'],
      ['10000003-2', 'Bank', true, null],
    ]);
    const before = (await iglead.get(`/api/v1/orgs/${acute}/staff/10000003?asOf=2026-02-01`)).json<StaffDetail>();
    expect(before.department).toBe('Ward 9');
  });

  it('keeps quoted commas, the verbatim staff group trimmed of its spaces, and day-first dates', async () => {
    const alice = (await iglead.get(`/api/v1/orgs/${acute}/staff/10000001?asOf=${AS_OF}`)).json<StaffDetail>();
    expect(alice.position).toBe('Nurse, Band 5');
    const dev = (await iglead.get(`/api/v1/orgs/${acute}/staff/10000004?asOf=${AS_OF}`)).json<StaffDetail>();
    expect(dev.staffGroup).toBe('Additional Professional Scientific and Technic');
    const hana = (await iglead.get(`/api/v1/orgs/${acute}/staff/10000008?asOf=${AS_OF}`)).json<StaffDetail>();
    expect(hana.assignments[0]!.startDate).toBe('2026-03-04');
    expect(hana.assignments[0]!.fte).toBe(0.8);
  });

  it('gives each person’s line manager: the supervisor ESR names on the assignment that says where they work', async () => {
    const register = await list(iglead, acute, `asOf=${AS_OF}&pageSize=500`);
    const managers = Object.fromEntries(register.items.filter((p) => p.lineManager !== null).map((p) => [p.employeeNumber, p.lineManager]));
    expect(managers).toEqual({ '10000002': '10000001', '10000007': '10000099' });
    const ben = (await iglead.get(`/api/v1/orgs/${acute}/staff/10000002?asOf=${AS_OF}`)).json<StaffDetail>();
    expect(ben.assignments.map((a) => [a.assignmentNumber, a.supervisorEmployeeNumber])).toEqual([
      ['10000002', '10000001'],
      ['10000002-2', null],
    ]);
  });

  it('someone not in the register is not found', async () => {
    expect((await iglead.get(`/api/v1/orgs/${acute}/staff/99999999`)).statusCode).toBe(404);
  });
});

describe('joiners, movers and leavers', () => {
  it('the first import: everyone joined', async () => {
    const changes = (await iglead.get(`/api/v1/orgs/${acute}/staff/changes`)).json<StaffChanges>();
    expect(changes.counts).toEqual({ joined: 8, moved: 0, left: 0 });
  });

  it('the next month’s extract: one joiner, one mover, and the leaver whose last day was the last import’s day', async () => {
    const first = (await iglead.get(`/api/v1/orgs/${acute}/staff/changes`)).json<StaffChanges>().imports[0]!.runId;
    const res = await upload(iglead, acute, esrExtract(SECOND_EXTRACT), { asOf: SECOND_AS_OF });
    expect(counts(res.json<Run>())).toEqual({ status: 'applied', rowsRead: 11, inserted: 1, updated: 1, unchanged: 9, rejected: 0 });
    const changes = (await iglead.get(`/api/v1/orgs/${acute}/staff/changes`)).json<StaffChanges>();
    expect(changes.counts).toEqual({ joined: 1, moved: 1, left: 1 });
    expect(changes.items.map((c) => [c.employeeNumber, c.name, c.change, c.before?.department ?? null, c.after.department, c.after.status])).toEqual([
      ['10000002', 'Ben Brown', 'moved', 'Imaging', 'Interventional Radiology', 'current'],
      ['10000005', 'Erin Evans', 'left', 'Theatres', 'Theatres', 'leaver'],
      ['10000010', 'Ivy Jones', 'joined', null, 'Ward 7', 'current'],
    ]);
    const since = (await iglead.get(`/api/v1/orgs/${acute}/staff/changes?since=${first}`)).json<StaffChanges>();
    expect(since.counts).toEqual({ joined: 1, moved: 1, left: 1 });
    const sinceDate = (await iglead.get(`/api/v1/orgs/${acute}/staff/changes?since=2000-01-01`)).json<StaffChanges>();
    expect(sinceDate.counts).toEqual({ joined: 9, moved: 1, left: 1 });
    expect((await iglead.get(`/api/v1/orgs/${acute}/staff/changes?since=no-such-import`)).statusCode).toBe(404);
  });
});

describe('an extract without some of ESR’s columns', () => {
  it('changes what it carries and keeps what is held for the columns it leaves out: line managers, emails, end dates, known-as names', async () => {
    const narrow = [
      'Employee Number,Assignment Number,First Name,Last Name,Department,Assignment Start Date',
      '10000001,10000001,Alice,Ahmed,Ward 8,01/04/2015',
      '10000002,10000002,Ben,Brown,Interventional Radiology,01/09/2018',
      '10000005,10000005,Erin,Evans,Theatres,01/01/2020',
      '10000007,10000007,George,Green,Digital,16/03/2026',
    ].join('\r\n');
    const res = await upload(iglead, acute, Buffer.from(narrow), { asOf: SECOND_AS_OF, mapping: 'esr' });
    expect(counts(res.json<Run>())).toEqual({ status: 'applied', rowsRead: 4, inserted: 0, updated: 1, unchanged: 3, rejected: 0 });
    const person = async (n: string) => (await iglead.get(`/api/v1/orgs/${acute}/staff/${n}?asOf=${SECOND_AS_OF}`)).json<StaffDetail>();
    const [alice, ben, erin, geo] = await Promise.all(['10000001', '10000002', '10000005', '10000007'].map(person));
    expect([alice!.department, alice!.email]).toEqual(['Ward 8', 'alice.ahmed@nhs.net']);
    expect(ben!.assignments.find((a) => a.assignmentNumber === '10000002')).toMatchObject({ supervisorEmployeeNumber: '10000001', primary: true, fte: 0.6 });
    expect([erin!.status, erin!.assignments[0]!.endDate]).toEqual(['leaver', '2026-03-31']);
    expect([geo!.knownAs, geo!.email, geo!.lineManager]).toEqual(['Geo', 'geo.green@nhs.net', '10000099']);
  });
});

describe('the ESR mapping by name', () => {
  it('a mapping the organisation saved as “esr” is read rather than the built-in one', async () => {
    const mhAdmin = await signIn(t.server, 'orgadmin@northshire-mh.example');
    const saved = await mhAdmin.put(`/api/v1/orgs/${mentalHealth}/import-mappings/staff/esr`, {
      mapping: { department: { column: 'Org L3' }, division: { column: 'Org L4' }, startDate: { column: 'Assignment Start Date', format: 'DD/MM/YYYY' }, endDate: { column: 'Projected Assignment End Date', format: 'DD/MM/YYYY' } },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const res = await upload(mhAdmin, mentalHealth, esrExtract(FIRST_EXTRACT.slice(0, 1)), { asOf: AS_OF });
    expect(res.statusCode, res.body).toBe(201);
    const alice = (await mhAdmin.get(`/api/v1/orgs/${mentalHealth}/staff/10000001`)).json<StaffDetail>();
    expect([alice.department, alice.division]).toEqual(['Medicine', 'Ward 7']);
  });
});

describe('who may read and import the register', () => {
  it('the DPO, SIRO and auditor read it; a line manager and a member of staff do not', async () => {
    for (const email of ['dpo@northshire-acute.example', 'siro@northshire-acute.example', 'auditor@northshire-acute.example', 'seclead@northshire-acute.example']) {
      const client = await signIn(t.server, email);
      expect((await client.get(`/api/v1/orgs/${acute}/staff`)).statusCode, email).toBe(200);
    }
    for (const email of ['manager@northshire-acute.example', 'staff@northshire-acute.example']) {
      const client = await signIn(t.server, email);
      expect((await client.get(`/api/v1/orgs/${acute}/staff`)).statusCode, email).toBe(403);
      expect((await client.get(`/api/v1/orgs/${acute}/staff/10000001`)).statusCode, email).toBe(403);
      expect((await client.get(`/api/v1/orgs/${acute}/staff/changes`)).statusCode, email).toBe(403);
    }
  });

  it('another organisation’s administrator can neither read nor import this one’s register: it looks as if it does not exist', async () => {
    const mhAdmin = await signIn(t.server, 'orgadmin@northshire-mh.example');
    for (const path of ['staff', 'staff/10000001', 'staff/changes']) {
      const res = await mhAdmin.get(`/api/v1/orgs/${acute}/${path}`);
      expect(res.statusCode, path).toBe(404);
      expect(res.json<{ detail: string }>().detail).toMatch(/no organisation with that id, or you do not have access/);
    }
    expect((await upload(mhAdmin, acute, esrExtract(FIRST_EXTRACT), { asOf: AS_OF })).statusCode).toBe(404);
    expect(await held()).toBe(11);
    // Their own register holds only the one person they imported: nothing of this one leaks into it.
    expect((await list(mhAdmin, mentalHealth)).items.map((p) => p.employeeNumber)).toEqual(['10000001']);
  });

  it('an auditor may read the register but not import it', async () => {
    const auditor = await signIn(t.server, 'auditor@northshire-acute.example');
    expect((await upload(auditor, acute, esrExtract(FIRST_EXTRACT), { asOf: AS_OF })).statusCode).toBe(403);
  });
});

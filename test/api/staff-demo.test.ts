// The demo trust's staff register, as someone trying Bulwark sees it: about 200 made-up people from
// two ESR extracts a month apart, brought in through the import pipeline, with a few of each case the
// register shows (new and future starters, leavers, one leaving today, bank posts outliving
// substantive ones) and joiners, movers and leavers between the extracts; loaded once however often
// the loader runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffChanges, StaffDetail, StaffList } from '../../src/contract/staff.js';
import { DEMO_STAFF, loadDemoStaff } from '../../src/modules/demo/demo-staff.js';
import { findByIdOrOdsCode } from '../../src/modules/organisations/service.js';
import { ukDateOf } from '../../src/platform/as-of.js';
import { type Client, createTestApp, orgId, signIn, type TestApp } from '../support/app.js';

let t: TestApp;
let acute: string;
let iglead: Client;
const now = new Date();

async function read<T>(url: string): Promise<T> {
  const res = await iglead.get(url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<T>();
}

beforeAll(async () => {
  t = await createTestApp();
  acute = await orgId(t.app, 'RZZ');
  iglead = await signIn(t.server, 'iglead@northshire-acute.example');
  const ctx = { db: t.app.db, actor: { userId: null, label: 'demo-loader' }, now };
  expect(await loadDemoStaff(ctx, (await findByIdOrOdsCode(t.app.db, 'RZZ'))!)).toBe(DEMO_STAFF);
});
afterAll(() => t.close());

describe('the demo trust’s staff register', () => {
  it('holds 200 people with a few of each case', async () => {
    const register = await read<StaffList>(`/api/v1/orgs/${acute}/staff?asOf=${now.toISOString()}`);
    expect(register.counts).toEqual({ current: 185, leaver: 10, future: 5, new: 13, total: DEMO_STAFF });
  });

  it('two people’s last day is today: current now, leavers tomorrow', async () => {
    const today = ukDateOf(now);
    const leaving = await read<StaffDetail>(`/api/v1/orgs/${acute}/staff/20000024?asOf=${today}`);
    expect([leaving.status, leaving.assignments[0]!.endDate]).toEqual(['current', today]);
    const tomorrow = ukDateOf(new Date(now.getTime() + 86_400_000));
    expect((await read<StaffDetail>(`/api/v1/orgs/${acute}/staff/20000024?asOf=${tomorrow}`)).status).toBe('leaver');
  });

  it('someone whose bank post outlived their substantive one is current, on the bank', async () => {
    const person = await read<StaffDetail>(`/api/v1/orgs/${acute}/staff/20000036?asOf=${now.toISOString()}`);
    expect([person.status, person.department, person.assignments.map((a) => [a.category, a.current])]).toEqual(['current', 'Staff Bank', [[expect.any(String), false], ['Bank', true]]]);
  });

  it('the second extract’s joiners, movers and leavers', async () => {
    const changes = await read<StaffChanges>(`/api/v1/orgs/${acute}/staff/changes`);
    expect(changes.imports).toHaveLength(1);
    // Joined: five new since the first extract and two future starters not yet on it; moved: five; left: one.
    expect(changes.counts).toEqual({ joined: 7, moved: 5, left: 1 });
  });

  it('loading again adds nobody', async () => {
    expect(await loadDemoStaff({ db: t.app.db, actor: { userId: null, label: 'demo-loader' }, now }, (await findByIdOrOdsCode(t.app.db, 'RZZ'))!)).toBe(0);
  });
});

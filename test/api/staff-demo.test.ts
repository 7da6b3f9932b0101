// The demo trust's staff register, as someone trying Bulwark sees it: about 200 made-up people from
// two ESR extracts a month apart, brought in through the import pipeline, with a few of each case the
// register shows (new and future starters, leavers, one leaving today, bank posts outliving
// substantive ones) and joiners, movers and leavers between the extracts; loaded once however often
// the loader runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffChanges, StaffDetail, StaffList } from '../../src/contract/staff.js';
import { DEMO_STAFF, loadDemoStaff } from '../../src/modules/demo/demo-staff.js';
import { ukDateOf } from '../../src/platform/as-of.js';
import { type DemoTrust, openDemoTrust } from '../support/demo-trust.js';

let demo: DemoTrust;
let acute: string;
const now = new Date();
const read = <T>(url: string) => demo.read<T>(url);

beforeAll(async () => {
  demo = await openDemoTrust(now);
  acute = demo.trust.id;
  expect(await loadDemoStaff(demo.loader, demo.trust)).toBe(DEMO_STAFF);
});
afterAll(() => demo.t.close());

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
    expect(await loadDemoStaff(demo.loader, demo.trust)).toBe(0);
  });
});
